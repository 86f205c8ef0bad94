// Builds elements with text only (never innerHTML), so user data is always shown as text.
import { t } from "./i18n.js";

export function el(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (name.startsWith("on")) element.addEventListener(name.slice(2), value);
    else if (value !== undefined && value !== null && value !== false) element.setAttribute(name, value === true ? "" : value);
  }
  for (const child of children.flat()) {
    if (child !== null && child !== undefined) element.append(child instanceof Node ? child : String(child));
  }
  return element;
}

/** Shows a problem detail's field errors next to their inputs (by name), or as one message. */
export function showProblem(form, problem, messageElement) {
  form.querySelectorAll(".field-error").forEach((node) => node.remove());
  const unplaced = [];
  for (const error of problem.errors ?? []) {
    const input = form.querySelector(`[name="${error.field}"]`);
    const note = el("div", { class: "field-error", role: "alert" }, error.message);
    if (input) (input.closest("label, fieldset") ?? input).after(note);
    else unplaced.push(`${error.field}: ${error.message}`);
  }
  messageElement.className = "error";
  messageElement.textContent = [problem.title, problem.detail, ...unplaced].filter(Boolean).join(" — ");
  // A seal refused because the signed text differs from the approved one: every difference.
  if (problem.comparison) {
    const { before, after } = problem.comparison;
    messageElement.append(" ", el("a", { href: `#/compare?${new URLSearchParams({ before, after })}`, class: "compare-problem" },
      t("problem.compare")));
  }
}

/** Runs a form's action; a refused request shows its problem next to the fields. */
export async function submitting(form, message, action) {
  try {
    await action();
  } catch (e) {
    if (e?.problem) showProblem(form, e.problem, message);
    else throw e;
  }
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
