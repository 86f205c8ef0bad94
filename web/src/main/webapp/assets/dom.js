// Builds elements with text only (never innerHTML), so user data is always shown as text.
import { t } from "./i18n.js";
import { Problem } from "./api.js";

export function el(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (name.startsWith("on")) element.addEventListener(name.slice(2), value);
    else if (value !== undefined && value !== null && value !== false) element.setAttribute(name, value === true ? "" : value);
  }
  return fill(element, ...children);
}

/**
 * Replaces what an element holds, as el() fills a new one: arrays flattened, null and undefined left
 * out (the DOM's own replaceChildren would show them as the text "null").
 */
export function fill(element, ...children) {
  element.replaceChildren(...children.flat()
    .filter((child) => child !== null && child !== undefined)
    .map((child) => (child instanceof Node ? child : String(child))));
  return element;
}

/**
 * Shows a problem detail's field errors under their own inputs (by name): the message inside the
 * field's label, the input marked invalid and described by it, the first such input focused;
 * errors of no input on the form join the message above it.
 */
export function showProblem(form, problem, messageElement) {
  clearProblems(form);
  const unplaced = [];
  let first = null;
  for (const error of problem.errors ?? []) {
    const input = form.querySelector(`[name="${error.field}"]`);
    if (!input) {
      unplaced.push(`${error.field}: ${error.message}`);
      continue;
    }
    const id = `error-${error.field}-${Math.random().toString(36).slice(2, 8)}`;
    const note = el("span", { class: "field-error", id }, error.message);
    (input.closest("label, fieldset") ?? input.parentElement).append(note);
    input.setAttribute("aria-invalid", "true");
    input.setAttribute("aria-describedby", id);
    first ??= input;
  }
  messageElement.className = "error";
  messageElement.textContent = [problem.title, problem.detail, ...unplaced].filter(Boolean).join(" — ");
  // A seal refused because the signed text differs from the approved one: every difference.
  if (problem.comparison) {
    const { before, after } = problem.comparison;
    messageElement.append(" ", el("a", { href: `#/compare?${new URLSearchParams({ before, after })}`, class: "compare-problem" },
      t("problem.compare")));
  }
  first?.focus();
}

/** Takes the marks of an earlier refusal off a form. */
function clearProblems(form) {
  form.querySelectorAll(".field-error").forEach((node) => node.remove());
  form.querySelectorAll("[aria-invalid]").forEach((input) => {
    input.removeAttribute("aria-invalid");
    input.removeAttribute("aria-describedby");
  });
}

/**
 * Runs a form's action once at a time: its buttons are disabled and say they are working until the
 * server answered, so a double click sends one request; a refused request shows its problem next
 * to the fields. The action is given the form's idempotency key, kept until the action succeeds,
 * so that a request repeated after a lost answer is taken once by the server.
 */
export async function submitting(form, message, action) {
  if (form.dataset.busy) return;
  form.dataset.busy = "true";
  form.setAttribute("aria-busy", "true");
  const buttons = [...form.querySelectorAll("button")].filter((b) => !b.disabled);
  buttons.forEach((b) => { b.disabled = true; });
  form.dataset.requestKey ??= requestKey();
  try {
    await action(form.dataset.requestKey);
    clearProblems(form);
    delete form.dataset.requestKey;
  } catch (e) {
    if (e?.problem) showProblem(form, e.problem, message);
    else throw e;
  } finally {
    buttons.forEach((b) => { b.disabled = false; });
    delete form.dataset.busy;
    form.removeAttribute("aria-busy");
  }
}

/** A random key naming one submission of a form (crypto.randomUUID needs HTTPS; this does not). */
export function requestKey() {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return [...bytes].map((b) => b.toString(16).padStart(2, "0")).join("");
}

/**
 * A date field typed as Vietnamese registers write it, 31/01/2026, whatever the browser's language
 * (a date input would follow the browser: 01/31/2026 in English). An ISO date set by a script is
 * shown the same way.
 */
export function dateInput(name, { required = false, value, withTime = false } = {}) {
  const input = el("input", { name, required, inputmode: "numeric", autocomplete: "off", "data-date": withTime ? "datetime" : "date",
    placeholder: withTime ? "dd/mm/yyyy hh:mm" : "dd/mm/yyyy", maxlength: withTime ? 16 : 10 });
  const show = () => {
    const parsed = readDate(input.value, withTime);
    if (parsed) input.value = withTime ? formatLocalDateTime(parsed) : formatDate(parsed);
  };
  if (value) {
    input.value = value;
    show();
  }
  input.addEventListener("change", show);
  return input;
}

/** 31/01/2026 (also 31-1-2026, 31.01.2026 or 2026-01-31) as 2026-01-31; with a time, 2026-01-31T14:05. */
function readDate(text, withTime) {
  const value = text.trim();
  let d, m, y, hh, mm, match;
  if ((match = value.match(/^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:[ T,]+(\d{1,2})[:h](\d{2}))?$/))) [, d, m, y, hh, mm] = match;
  else if ((match = value.match(/^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?/))) [, y, m, d, hh, mm] = match;
  else return null;
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  if (date.getUTCDate() !== Number(d) || date.getUTCMonth() !== Number(m) - 1) return null;
  if (withTime && (Number(hh ?? 0) > 23 || Number(mm ?? 0) > 59)) return null;
  const iso = `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
  return withTime ? `${iso}T${String(hh ?? 0).padStart(2, "0")}:${mm ?? "00"}` : iso;
}

/**
 * The form's date fields as ISO values by name (null when left empty); a field that is no date
 * is refused as the server refuses one, under that field, and nothing is sent.
 */
export function formDates(form) {
  const values = {};
  const errors = [];
  for (const input of form.querySelectorAll("[data-date]")) {
    const withTime = input.dataset.date === "datetime";
    const text = input.value.trim();
    values[input.name] = text ? readDate(text, withTime) : null;
    if (text && !values[input.name]) {
      errors.push({ field: input.name, message: t(withTime ? "rule.DateTimeTyped" : "rule.DateTyped") });
    }
  }
  if (errors.length) throw new Problem({ title: t("problem.invalid-input.title"), status: 400, errors });
  return values;
}

/** 2026-01-31T14:05 as 31/01/2026 14:05. */
function formatLocalDateTime(local) {
  return `${formatDate(local)} ${local.slice(11, 16)}`;
}

/** A date as Vietnamese registers write it: 31/01/2026. */
export function formatDate(iso) {
  if (!iso) return "";
  const [y, m, d] = iso.slice(0, 10).split("-");
  return `${d}/${m}/${y}`;
}

/** A moment in Vietnam time as registers write it: 31/01/2026 14:05. */
export function formatDateTime(iso) {
  if (!iso) return "";
  const parts = Object.fromEntries(new Intl.DateTimeFormat("en-GB", { timeZone: "Asia/Ho_Chi_Minh",
    day: "2-digit", month: "2-digit", year: "numeric", hour: "2-digit", minute: "2-digit", hourCycle: "h23" })
    .formatToParts(new Date(iso)).map((p) => [p.type, p.value]));
  return `${parts.day}/${parts.month}/${parts.year} ${parts.hour}:${parts.minute}`;
}

/** A select with an empty first choice and the given options ({value, label}). */
export function choice(name, options, { empty, selected } = {}) {
  return el("select", { name },
    empty === undefined ? null : el("option", { value: "" }, empty),
    options.map((option) => el("option", { value: option.value, selected: String(option.value) === String(selected) }, option.label)));
}
