// The agency's current archive, for the archivist: the case files handed over that wait for the
// archive's check (accepted, or returned with the reason), and the catalogue of the files in it.
import { api } from "./api.js";
import { el, fill, formatDate, submitting } from "./dom.js";
import { t } from "./i18n.js";

function retention(file) {
  return file.permanent ? t("archive.permanent") : t("archive.years", { years: file.retentionYears });
}

function handedOver(file, reload) {
  const message = el("p", { role: "status" });
  const accept = el("form", { class: "accept-file" }, el("button", { type: "submit" }, t("archive.accept")));
  accept.addEventListener("submit", (event) => {
    event.preventDefault();
    submitting(accept, message, async () => {
      await api(`case-files/${file.id}/acceptance`, { method: "POST", body: {} });
      await reload(t("archive.accepted", { code: file.fileCode }));
    });
  });
  const giveBack = el("form", { class: "return-file" },
    el("label", {}, t("archive.returnReason"), el("input", { name: "reason", required: true, maxlength: 1000 })),
    el("button", { type: "submit" }, t("archive.return")));
  giveBack.addEventListener("submit", (event) => {
    event.preventDefault();
    submitting(giveBack, message, async () => {
      await api(`case-files/${file.id}/return`, { method: "POST", body: { reason: new FormData(giveBack).get("reason") } });
      await reload(t("archive.returned", { code: file.fileCode }));
    });
  });
  return el("article", { class: "case-file", "data-file": file.id },
    el("h3", {}, file.fileCode, " — ", file.title),
    el("p", {}, t("archive.keeper"), ": ", file.responsibleName ?? file.responsible, " · ",
      t("archive.period"), ": ", formatDate(file.startDate), " – ", formatDate(file.endDate), " · ",
      t("archive.retention"), ": ", retention(file), " · ",
      t("archive.documents"), ": ", String(file.docTotal ?? 0), " · ",
      t("archive.pages"), ": ", String(file.pageTotal ?? 0)),
    el("ol", { class: "file-documents" }, file.documents.map((d) => el("li", {},
      el("a", { href: `#/documents/${d.documentId}` }, [d.codeNumber, d.codeNotation].filter(Boolean).join("/") || d.subject),
      " ", formatDate(d.issuedDate), " — ", d.subject))),
    el("p", {}, el("a", { href: `api/case-files/${file.id}/export.pdf`, target: "_blank", rel: "noopener" }, t("archive.exportPdf")),
      " · ", el("a", { href: `api/case-files/${file.id}/export.xml`, target: "_blank", rel: "noopener" }, t("archive.exportXml"))),
    el("div", { class: "actions" }, accept, giveBack), message);
}

function catalogueSection() {
  const results = el("div", { id: "catalogue-results" });
  const form = el("form", { id: "catalogue-search", role: "search" },
    el("label", {}, t("archive.search"),
      el("input", { type: "search", name: "q", placeholder: t("archive.searchPlaceholder"), maxlength: 500 })),
    el("button", { type: "submit" }, t("archive.find")));
  let asked = 0;
  const show = async () => {
    const q = new FormData(form).get("q") ?? "";
    const mine = ++asked;
    const found = await api(`archive/catalogue?q=${encodeURIComponent(q)}`);
    if (mine !== asked) return; // a later search was asked meanwhile: its answer is the one shown
    results.replaceChildren(found.files.length
      ? el("table", { id: "catalogue", "data-query": q },
        el("thead", {}, el("tr", {}, ["archive.fileCode", "archive.title", "archive.period", "archive.retention", "archive.documents", ""]
          .map((key) => el("th", { scope: "col" }, key ? t(key) : "")))),
        el("tbody", {}, found.files.map((file) => el("tr", { "data-file": file.id },
          el("td", {}, file.fileCode),
          el("td", {}, file.title),
          el("td", {}, formatDate(file.startDate), " – ", formatDate(file.endDate)),
          el("td", {}, retention(file)),
          el("td", {}, String(file.docTotal ?? 0)),
          el("td", {}, el("a", { href: `api/case-files/${file.id}/export.pdf`, target: "_blank", rel: "noopener" }, t("archive.exportPdf")))))))
      : el("p", { class: "hint" }, t("archive.noneFound")));
  };
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    show();
  });
  show();
  return [el("h2", {}, t("archive.catalogue")), form, results];
}

/** Lưu trữ hồ sơ: files handed over to check, and the catalogue. */
export async function archivePage(main, session, item, notice = null) {
  const waiting = await api("case-files/handed-over");
  const reload = (text) => archivePage(main, session, item, text);
  fill(main,
    el("h1", {}, t("nav.archive")),
    notice ? el("p", { role: "status", class: "notice" }, notice) : null,
    el("h2", {}, t("archive.waiting")),
    waiting.length ? el("div", { id: "handed-over" }, waiting.map((file) => handedOver(file, reload)))
      : el("p", { class: "hint" }, t("archive.nothingWaiting")),
    ...catalogueSection());
}
