// So sánh văn bản: two file versions side by side or inline, the changes coloured, from change to
// change, with the DOCX report a clerk attaches to a return comment.
import { api } from "./api.js";
import { el } from "./dom.js";
import { t } from "./i18n.js";

/** Files whose text the server can compare. */
export const COMPARABLE = ["application/pdf", "application/msword",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document"];

/** A document's first file with a text to compare, at its current version, as the page names it
 * (document:file:version); null when it has none. */
export function currentText(document) {
  const file = (document.files ?? []).find((f) => COMPARABLE.includes(f.versions.at(-1).mediaType));
  return file ? `${document.id}:${file.id}:${file.versions.at(-1).number}` : null;
}

/** The page comparing two files, each written document:file:version. */
export function compareRoute(before, after) {
  return `#/compare?${new URLSearchParams({ before, after })}`;
}

// An unchanged stretch longer than this shows its ends only, with a button for the rest.
const LONG = 700;
const KEEP = 250;

function wordCount(text) {
  return text.split(/\s+/).filter(Boolean).length;
}

/** Cuts at a space near the given length, so that no word is split. */
function cut(text, at, fromEnd) {
  if (fromEnd) {
    const space = text.indexOf(" ", text.length - at);
    return space < 0 ? text.length - at : space;
  }
  const space = text.lastIndexOf(" ", at);
  return space < 0 ? at : space;
}

function unchanged(text) {
  if (text.length <= LONG) return el("span", { class: "same" }, text);
  const head = cut(text, KEEP, false);
  const tail = cut(text, KEEP, true);
  if (tail <= head) return el("span", { class: "same" }, text);
  const hidden = text.slice(head, tail);
  const more = el("button", { type: "button", class: "expand" }, t("compare.more", { count: wordCount(hidden) }));
  more.addEventListener("click", () => more.replaceWith(hidden));
  return el("span", { class: "same" }, text.slice(0, head), more, text.slice(tail));
}

function where(at) {
  return at.page ? t("compare.atPage", { page: at.page, paragraph: at.paragraph })
    : t("compare.atParagraph", { paragraph: at.paragraph });
}

const removed = (text, n) => (text ? el("del", { "data-change": n }, text) : null);
const added = (text, n) => (text ? el("ins", { "data-change": n }, text) : null);

function sideBySide(segments) {
  return el("table", { id: "compare-sides", class: "compare-sides" },
    el("tbody", {}, segments.map((s) => (s.change
      ? el("tr", { class: "change", "data-change": s.change },
        el("td", {}, removed(s.before, s.change) ?? el("span", { class: "gap" }, "")),
        el("td", {}, added(s.after, s.change) ?? el("span", { class: "gap" }, "")))
      : el("tr", {}, el("td", {}, unchanged(s.before ?? "")), el("td", {}, unchanged(s.after ?? "")))))));
}

function inline(segments) {
  return el("div", { id: "compare-inline", class: "compare-inline" }, segments.map((s) => (s.change
    ? el("span", { class: "change", "data-change": s.change }, removed(s.before, s.change), added(s.after, s.change))
    : unchanged(s.after ?? ""))));
}

function changeList(changes, go) {
  return el("table", { id: "compare-changes", class: "compare-changes" },
    el("thead", {}, el("tr", {}, ["#", "compare.kind", "compare.before", "compare.after", "compare.where"]
      .map((key) => el("th", { scope: "col" }, key === "#" ? "#" : t(key))))),
    el("tbody", {}, changes.map((c) => el("tr", { "data-change": c.number },
      el("td", {}, el("button", { type: "button", class: "link", onclick: () => go(c.number - 1) }, c.number)),
      el("td", {}, t(`compare.kind.${c.kind}`)),
      el("td", {}, removed(c.before, c.number)), el("td", {}, added(c.after, c.number)),
      el("td", {}, where(c.afterAt))))));
}

export async function comparePage(main, parameters) {
  const before = parameters.get("before");
  const after = parameters.get("after");
  const view = await api(`comparisons?${new URLSearchParams({ before, after })}`);
  const { changes, segments } = view.comparison;
  const count = (kind) => changes.filter((c) => c.kind === kind).length;
  const label = (side) => (side.documentId
    ? `${side.notation ?? side.subject} — ${side.fileName} (${t("compare.version", { number: side.version })})`
    : `${side.fileName} (${t("compare.uploaded")})`);
  const sideLink = (side) => (side.documentId ? el("a", { href: `#/documents/${side.documentId}` }, label(side)) : label(side));

  const views = { sides: sideBySide(segments), inline: inline(segments) };
  let shown = "sides";
  let current = -1;
  const position = el("span", { id: "compare-position", "aria-live": "polite" });
  const previous = el("button", { type: "button", id: "compare-previous" }, t("compare.previous"));
  const next = el("button", { type: "button", id: "compare-next" }, t("compare.next"));

  function go(index) {
    if (!changes.length) return;
    current = (index + changes.length) % changes.length;
    const number = String(changes[current].number);
    for (const node of main.querySelectorAll(".current")) node.classList.remove("current");
    const marked = [...views[shown].querySelectorAll(`[data-change="${number}"]`)];
    marked.forEach((node) => node.classList.add("current"));
    marked[0]?.scrollIntoView({ block: "center", behavior: "smooth" });
    position.textContent = t("compare.position", { current: current + 1, count: changes.length });
  }
  previous.addEventListener("click", () => go(current - 1));
  next.addEventListener("click", () => go(current + 1));
  // J and K (or N and P) go from change to change, as in a mail reader; gone with the page.
  const keys = (event) => {
    if (!main.isConnected) return document.removeEventListener("keydown", keys);
    if (event.ctrlKey || event.altKey || event.metaKey || event.target.closest?.("input, textarea, select")) return;
    const key = event.key.toLowerCase();
    if (key === "j" || key === "n") go(current + 1);
    else if (key === "k" || key === "p") go(current - 1);
  };
  if (changes.length) document.addEventListener("keydown", keys);

  const body = el("div", { id: "compare-body" }, views.sides);
  const tabs = el("div", { class: "tabs", role: "tablist" }, ["sides", "inline"].map((name) =>
    el("button", { type: "button", role: "tab", id: `compare-view-${name}`, "aria-selected": String(name === shown),
      onclick: (event) => {
        shown = name;
        tabs.querySelectorAll("button").forEach((b) => b.setAttribute("aria-selected", String(b === event.currentTarget)));
        body.replaceChildren(views[name]);
        if (current >= 0) go(current);
      } }, t(`compare.view.${name}`))));

  const summary = changes.length
    ? t("compare.summary", { count: changes.length, inserted: count("INSERTED"), deleted: count("DELETED"), changed: count("CHANGED") })
    : t("compare.same");
  const report = `api/comparisons/report?${new URLSearchParams({ before, after })}`;
  main.replaceChildren(
    el("h1", {}, t("compare.heading")),
    el("table", { class: "details" }, el("tbody", {},
      el("tr", {}, el("th", { scope: "row" }, t("compare.before")), el("td", {}, sideLink(view.before))),
      el("tr", {}, el("th", { scope: "row" }, t("compare.after")), el("td", {}, sideLink(view.after))))),
    el("p", { id: "compare-summary", class: changes.length ? "warning" : "notice" }, summary, " ",
      el("span", { class: "hint" }, t("compare.words", { before: view.comparison.wordsBefore, after: view.comparison.wordsAfter }))),
    el("div", { class: "compare-toolbar" }, tabs,
      changes.length ? el("span", { class: "pager" }, previous, position, next) : null,
      el("a", { class: "button", id: "compare-report", href: report }, t("compare.report"))),
    el("p", { class: "hint" }, el("del", {}, t("compare.legend.deleted")), " ", el("ins", {}, t("compare.legend.inserted")),
      changes.length ? ` · ${t("compare.keys")}` : null),
    body,
    changes.length ? el("h2", {}, t("compare.changes")) : null,
    changes.length ? changeList(changes, go) : null);
  if (changes.length) position.textContent = t("compare.position", { current: "–", count: changes.length });
}
