// A searchable chooser of several units or people, shown as chips, for the forms that hand a
// document to many (co-handlers, recipients). Typing filters by name with or without diacritics;
// the choices live in a hidden multiple select of the given name, so forms read them as usual.
import { el } from "./dom.js";
import { t } from "./i18n.js";

/** Folds a text for matching: lower case, no diacritics, đ as d. */
const fold = (text) => text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/đ/gi, "d").toLowerCase();

let chooserCount = 0;

/**
 * @param name the field's name in the form
 * @param groups [{label, options: [{value, label}]}]; a group's label is shown beside its options
 */
export function multiChooser(name, groups) {
  const id = `chooser-${++chooserCount}`;
  const options = groups.flatMap((group) => group.options.map((o) => ({ ...o, group: group.label, folded: fold(o.label) })));
  const store = el("select", { name, multiple: true, hidden: true, "aria-hidden": "true", tabindex: -1 },
    options.map((o) => el("option", { value: o.value }, o.label)));
  const chips = el("ul", { class: "chips", "aria-live": "polite" });
  const list = el("ul", { class: "chooser-list", role: "listbox", id: `${id}-list`, hidden: true });
  const input = el("input", { type: "search", class: "chooser-input", role: "combobox", autocomplete: "off",
    "aria-autocomplete": "list", "aria-expanded": "false", "aria-controls": `${id}-list`, "aria-label": name,
    placeholder: t("chooser.placeholder") });
  let shown = [];
  let active = -1;

  const isChosen = (value) => [...store.options].some((o) => o.value === value && o.selected);
  const choose = (value, chosen) => {
    [...store.options].forEach((o) => { if (o.value === value) o.selected = chosen; });
    drawChips();
    store.dispatchEvent(new Event("change", { bubbles: true }));
  };
  function drawChips() {
    chips.replaceChildren(...options.filter((o) => isChosen(o.value)).map((o) => el("li", { class: "chip", "data-value": o.value },
      o.label, el("button", { type: "button", class: "chip-remove", "aria-label": t("chooser.remove", { name: o.label }),
        onclick: () => { choose(o.value, false); input.focus(); } }, "×"))));
  }
  function drawList() {
    const typed = fold(input.value.trim());
    shown = options.filter((o) => !isChosen(o.value) && (!typed || o.folded.includes(typed))).slice(0, 50);
    active = shown.length ? Math.max(0, Math.min(active, shown.length - 1)) : -1;
    list.replaceChildren(...(shown.length ? shown.map((o, i) => el("li", { role: "option", id: `${id}-${i}`, "data-value": o.value,
      "aria-selected": String(i === active), class: i === active ? "active" : null,
      onmousedown: (event) => { event.preventDefault(); pick(i); } }, o.label, " ", el("span", { class: "hint" }, o.group)))
      : [el("li", { class: "hint" }, t("chooser.none"))]));
    input.setAttribute("aria-activedescendant", active >= 0 ? `${id}-${active}` : "");
  }
  const open = (visible) => {
    list.hidden = !visible;
    input.setAttribute("aria-expanded", String(visible));
    if (visible) drawList();
  };
  function pick(i) {
    if (!shown[i]) return;
    choose(shown[i].value, true);
    input.value = "";
    // Closed again, so that it covers nothing; typing or the arrow keys open it for the next one.
    open(false);
  }
  input.addEventListener("input", () => { active = 0; open(true); });
  input.addEventListener("focus", () => open(true));
  input.addEventListener("blur", () => open(false));
  input.addEventListener("keydown", (event) => {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      open(true);
      active = Math.max(0, Math.min(shown.length - 1, active + (event.key === "ArrowDown" ? 1 : -1)));
      drawList();
    } else if (event.key === "Enter") {
      if (!list.hidden && active >= 0) {
        event.preventDefault();
        pick(active);
      }
    } else if (event.key === "Escape") {
      open(false);
    } else if (event.key === "Backspace" && !input.value) {
      const last = [...store.options].filter((o) => o.selected).pop();
      if (last) choose(last.value, false);
    }
  });
  drawChips();
  return el("div", { class: "chooser", "data-chooser": name }, chips, input, list, store);
}
