// Tra cứu: one search box over every field and the text of the files, facets with counts as
// filters, highlighted snippets, relevance or date order, pages of 20. Only documents the user may
// read are found or counted (the server filters before counting).
import { api } from "./api.js";
import { el, formatDate, showProblem } from "./dom.js";
import { t } from "./i18n.js";
import { compareRoute, currentText } from "./compare.js";

const FACETS = ["direction", "year", "type", "issuer", "register", "urgency", "status"];
const PAGE = 20;
// The deepest result a page shows (the server refuses offset + limit beyond it).
const WINDOW = 10000;

/** A snippet from the server: HTML-escaped text with <mark> around the words found. */
function snippet(html, className) {
  const span = el("span", { class: className });
  span.innerHTML = html;
  return span;
}

function facetLabel(facet, value) {
  if (facet === "direction" || facet === "urgency" || facet === "status") {
    return t(`${facet}.${value}`);
  }
  return value;
}

export async function searchPage(main) {
  // exact: count every match of a broad search rather than estimate (asked for by the user).
  const state = { q: "", order: "relevance", offset: 0, filters: {}, exact: false };
  const input = el("input", { type: "search", name: "q", id: "search-q", autocomplete: "off",
    placeholder: t("search.placeholder"), "aria-label": t("search.label") });
  const order = el("select", { name: "order", id: "search-order" },
    ["relevance", "newest", "oldest"].map((o) => el("option", { value: o }, t(`search.order.${o}`))));
  const form = el("form", { id: "search-form", class: "search-box", role: "search" },
    input, order, el("button", { type: "submit", class: "primary" }, t("search.submit")));
  const message = el("p", { id: "search-message", role: "status" });
  const exportLink = el("a", { id: "search-export", class: "download" }, t("search.export"));
  const savedList = el("ul", { id: "saved-searches" });
  const saveName = el("input", { name: "name", id: "saved-name", maxlength: 100, placeholder: t("search.saved.namePlaceholder"), "aria-label": t("search.saved.name") });
  const saveMessage = el("span", { id: "saved-message", role: "status" });
  const saveForm = el("form", { id: "save-search", class: "inline" }, saveName,
    el("button", { type: "submit" }, t("search.saved.save")), " ", saveMessage);
  const exportQuery = () => {
    const p = new URLSearchParams({ q: state.q, order: state.order });
    for (const [facet, values] of Object.entries(state.filters)) values.forEach((v) => p.append(facet, v));
    return p;
  };
  const loadSaved = async () => {
    const saved = await api("saved-searches");
    savedList.replaceChildren(...saved.map((s) => el("li", { "data-id": s.id },
      el("a", { href: "#/search", onclick: (event) => {
        event.preventDefault();
        state.q = s.query; state.order = s.order; state.filters = s.filters ?? {}; state.offset = 0;
        input.value = s.query; order.value = s.order;
        run();
      } }, s.name), " ",
      el("button", { type: "button", class: "link", "aria-label": t("search.saved.delete", { name: s.name }),
        onclick: async () => { await api(`saved-searches/${s.id}`, { method: "DELETE" }); loadSaved(); } }, "×"))));
  };
  saveForm.addEventListener("submit", async (event) => {
    event.preventDefault();
    try {
      await api("saved-searches", { method: "POST", body: { name: saveName.value, query: state.q, filters: state.filters, order: state.order } });
      saveMessage.textContent = t("search.saved.done", { name: saveName.value });
      saveName.value = "";
      loadSaved();
    } catch (problem) {
      showProblem(saveForm, problem, saveMessage);
    }
  });
  // Two hits ticked (on any page) are compared by their first file's current version: the
  // archivist's check of two documents that look registered twice.
  const picked = new Set();
  const compareMessage = el("span", { id: "compare-message", role: "status" });
  const compareButton = el("button", { type: "button", id: "search-compare", disabled: true }, t("search.compare"));
  const pickedChanged = () => {
    compareButton.disabled = picked.size !== 2;
    compareMessage.textContent = picked.size ? t("search.compare.picked", { count: picked.size }) : "";
  };
  compareButton.addEventListener("click", async () => {
    const sides = [];
    for (const id of [...picked].sort((a, b) => a - b)) {
      const document = await api(`documents/${id}`);
      const side = currentText(document);
      if (!side) {
        compareMessage.textContent = t("search.compare.noText", { notation: document.notation ?? document.subject });
        return;
      }
      sides.push(side);
    }
    location.hash = compareRoute(sides[0], sides[1]);
  });
  const pick = (hit) => el("label", { class: "compare-pick" },
    el("input", { type: "checkbox", value: hit.id, checked: picked.has(hit.id),
      "aria-label": t("search.compare.pick", { notation: hit.notation ?? hit.subject ?? hit.id }),
      onchange: (event) => {
        if (event.target.checked && picked.size >= 2) {
          event.target.checked = false;
          compareMessage.textContent = t("search.compare.two");
          return;
        }
        if (event.target.checked) picked.add(hit.id); else picked.delete(hit.id);
        pickedChanged();
      } }), " ", t("search.compare.short"));
  const facets = el("aside", { id: "search-facets", "aria-label": t("search.facets") });
  const results = el("div", { id: "search-results" });

  const run = async () => {
    const params = new URLSearchParams({ q: state.q, order: state.order, offset: state.offset, limit: PAGE });
    if (state.exact) params.set("exact", "true");
    for (const [facet, values] of Object.entries(state.filters)) values.forEach((v) => params.append(facet, v));
    exportLink.setAttribute("href", `api/search/export?${exportQuery()}`);
    let answer;
    try {
      answer = await api(`search?${params}`);
    } catch (problem) {
      showProblem(form, problem, message);
      return;
    }
    // A broad search's counts are estimates: said so, with a button to count them exactly.
    const about = answer.exact ? "" : "≈";
    const lang = document.documentElement.lang || "vi";
    const total = answer.total.toLocaleString(lang);
    message.replaceChildren(answer.exact
      ? t("search.total", { count: total })
      : t("search.total.estimated", { count: total }));
    if (!answer.exact) {
      message.append(" ", el("button", { type: "button", class: "link", id: "search-exact",
        title: t("search.exact.hint"), onclick: () => { state.exact = true; run(); } }, t("search.exact")));
    }
    facets.replaceChildren(...FACETS.filter((f) => (answer.facets[f] ?? []).length).map((facet) =>
      el("fieldset", { "data-facet": facet }, el("legend", {}, t(`search.facet.${facet}`)),
        answer.facets[facet].map((c) => el("label", { class: "facet-value" },
          el("input", { type: "checkbox", value: c.value, checked: (state.filters[facet] ?? []).includes(c.value),
            onchange: (event) => {
              const chosen = new Set(state.filters[facet] ?? []);
              if (event.target.checked) chosen.add(c.value); else chosen.delete(c.value);
              state.filters[facet] = [...chosen];
              state.offset = 0;
              run();
            } }),
          " ", facetLabel(facet, c.value), " ", el("span", { class: "count" }, `(${about}${c.count.toLocaleString(lang)})`))))));
    results.replaceChildren(
      answer.hits.length ? el("ol", { id: "hits", start: state.offset + 1 }, answer.hits.map((hit) => el("li", { class: "hit", "data-id": hit.id },
        el("a", { href: `#/documents/${hit.id}`, class: "hit-title" },
          hit.highlights.subject ? snippet(hit.highlights.subject) : hit.subject ?? ""),
        el("div", { class: "hit-meta" },
          [hit.notation, hit.date ? formatDate(hit.date) : null, hit.type, hit.issuer, t(`direction.${hit.direction}`)]
            .filter((x) => x).join(" · "), " ", pick(hit)),
        hit.highlights.content ? el("p", { class: "hit-snippet" }, snippet(hit.highlights.content)) : null)))
        : el("p", { class: "hint" }, t("search.none")),
      el("nav", { class: "pager", "aria-label": t("search.pages") },
        el("button", { type: "button", id: "search-previous", disabled: state.offset === 0,
          onclick: () => { state.offset = Math.max(0, state.offset - PAGE); run(); } }, t("search.previous")),
        el("span", {}, t("search.page", { from: answer.total ? state.offset + 1 : 0, to: state.offset + answer.hits.length, total: about + total })),
        // An estimated total may be a little short or over: a full page means there may be more.
        el("button", { type: "button", id: "search-next",
          disabled: state.offset + 2 * PAGE > WINDOW
            || (answer.exact ? state.offset + PAGE >= answer.total : answer.hits.length < PAGE),
          onclick: () => { state.offset += PAGE; run(); } }, t("search.next"))),
      // Pages go as deep as the server's window; beyond it the search is to be narrowed.
      state.offset + 2 * PAGE > WINDOW && answer.total > WINDOW
        ? el("p", { class: "hint", id: "search-window" }, t("search.window", { count: WINDOW.toLocaleString(lang) }))
        : null);
  };

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    state.q = input.value;
    state.order = order.value;
    state.offset = 0;
    state.filters = {};
    state.exact = false;
    run();
  });
  main.replaceChildren(el("h1", {}, t("nav.search")), form,
    el("p", { class: "hint" }, t("search.syntax")),
    el("div", { class: "search-tools" }, message, exportLink, saveForm),
    el("div", { class: "search-tools" }, compareButton, " ", compareMessage),
    el("div", { class: "search-layout" },
      el("div", {}, facets, el("section", { id: "saved" }, el("h2", {}, t("search.saved.heading")), savedList)),
      results));
  input.focus();
  await Promise.all([run(), loadSaved()]);
}

/** The administrator's rebuild of the index, with a progress bar. */
export function rebuildSection() {
  const bar = el("progress", { id: "rebuild-progress", max: 1, value: 0, hidden: true });
  const status = el("span", { id: "rebuild-status", role: "status" });
  const show = (p) => {
    bar.hidden = !p.running;
    bar.max = Math.max(p.total, 1);
    bar.value = p.done;
    status.textContent = p.running ? t("search.rebuild.running", { done: p.done, total: p.total })
      : p.finishedAt ? t("search.rebuild.finished", { at: new Date(p.finishedAt).toLocaleString() }) : "";
    if (p.running) setTimeout(async () => show(await api("search/rebuild")), 1000);
  };
  const start = async () => {
    try {
      show(await api("search/rebuild", { method: "POST" }));
    } catch (problem) {
      status.textContent = problem.detail ?? problem.title ?? String(problem);
    }
  };
  api("search/rebuild").then(show).catch(() => {});
  return el("section", { id: "search-index" }, el("h2", {}, t("search.rebuild.heading")),
    el("p", { class: "hint" }, t("search.rebuild.hint")),
    el("p", {}, el("button", { type: "button", id: "rebuild-index", onclick: start }, t("search.rebuild.start")), " ", bar, " ", status));
}
