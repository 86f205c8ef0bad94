// Văn bản đến / đi: the clerk's registration form, drafts and their issue, a document's page.
import { api, sendFile, upload } from "./api.js";
import { choice, dateInput, el, formatDate, formatDateTime, formDates, submitting } from "./dom.js";
import { t } from "./i18n.js";
import { workflowSection } from "./workflow.js";
import { recipientsSection } from "./exchange.js";
import { signatureCheck, signingPanel } from "./signing.js";
import { COMPARABLE, compareRoute, currentText } from "./compare.js";
import { loadPeople, personName } from "./people.js";

export const URGENCIES = ["NORMAL", "URGENT", "VERY_URGENT", "FLASH"];
export const CONFIDENTIALITIES = ["NORMAL", "CONFIDENTIAL", "SECRET", "TOP_SECRET"];

export function typeOptions(types) {
  return types.filter((type) => type.active)
    .map((type) => ({ value: type.id, label: type.abbreviation ? `${type.name} (${type.abbreviation})` : type.name }));
}

const field = (key, input) => el("label", {}, t(key), input);

/**
 * The document type this user chose last on this form, so that a clerk registering a pile of
 * công văn or an officer drafting tờ trình does not choose it each time; kept in the browser.
 */
const lastType = {
  key: (form, session) => `eoffice.lastType.${form}.${session.user.username}`,
  get: (form, session, fallback) => localStorage.getItem(lastType.key(form, session)) ?? fallback,
  set: (form, session, typeId) => localStorage.setItem(lastType.key(form, session), String(typeId)),
};
const marks = (name, values) => choice(name, values.map((v) => ({ value: v, label: t(`${name}.${v}`) })));

function localNow() {
  const now = new Date();
  now.setMinutes(now.getMinutes() - now.getTimezoneOffset());
  return now.toISOString().slice(0, 16);
}

async function uploadAll(input) {
  const ids = [];
  for (const file of input.files) ids.push((await upload(file)).id);
  return ids;
}

function duplicateList(candidates) {
  return el("ul", {}, candidates.map((d) => el("li", {},
    el("a", { href: `#/documents/${d.id}` }, t("incoming.duplicateItem", { number: d.number, notation: d.notation, issuer: d.issuerName })),
    " ", formatDateTime(d.registeredAt))));
}

export async function incomingPage(main, session) {
  if (!session.user.roles.includes("CLERK")) return location.replace("#/registers");
  const types = await api("document-types");
  const message = el("p", { role: "status" });
  const warning = el("div", { id: "duplicate-warning", role: "alert" });
  const similar = el("div", { id: "similar-warning", role: "status" });
  const form = el("form", { id: "incoming-form", novalidate: true, class: "grid" },
    field("incoming.type", choice("typeId", typeOptions(types), { selected: lastType.get("incoming", session, 18) })),
    field("incoming.notation", el("input", { name: "notation", required: true, placeholder: "123/UBND-VP" })),
    field("incoming.documentDate", dateInput("documentDate", { required: true })),
    field("incoming.issuer", el("input", { name: "issuerName", required: true })),
    field("incoming.issuerCode", el("input", { name: "issuerCode", maxlength: 13, placeholder: "000.00.00.H00" })),
    el("label", { class: "wide" }, t("incoming.subject"), el("textarea", { name: "subject", rows: 3, required: true })),
    field("incoming.signer", el("input", { name: "signerName" })),
    field("incoming.signerPosition", el("input", { name: "signerPosition" })),
    field("incoming.receivedAt", dateInput("receivedAt", { withTime: true, value: localNow() })),
    field("incoming.urgency", marks("urgency", URGENCIES)),
    field("incoming.confidentiality", marks("confidentiality", CONFIDENTIALITIES)),
    field("incoming.pageCount", el("input", { name: "pageCount", type: "number", min: 1 })),
    field("incoming.copies", el("input", { name: "copies", type: "number", min: 1 })),
    field("incoming.deadline", dateInput("deadline")),
    el("label", { class: "wide" }, t("incoming.notes"), el("textarea", { name: "notes", rows: 2 })),
    el("label", { class: "wide" }, t("incoming.files"),
      el("input", { name: "file", type: "file", multiple: true, accept: ".pdf,.docx,.doc,.xlsx,.png,.jpg,.jpeg,.tif,.tiff" }),
      el("span", { class: "hint" }, t("incoming.filesHint"))),
    similar,
    warning,
    el("div", { class: "wide" }, el("button", { type: "submit" }, t("incoming.register"))));

  const value = (name) => form.elements[name].value.trim();
  const documentDate = () => {
    try {
      return formDates(form).documentDate;
    } catch {
      return null;
    }
  };
  async function checkDuplicates() {
    if (!value("issuerName") || !value("notation") || !documentDate()) return;
    const query = new URLSearchParams({ issuerName: value("issuerName"), notation: value("notation"),
      documentDate: documentDate(), issuerCode: value("issuerCode") });
    const same = await api(`incoming-documents/duplicates?${query}`);
    warning.className = same.length ? "warning" : "";
    warning.replaceChildren(...(same.length ? [el("strong", {}, t("incoming.duplicateWarning")), duplicateList(same)] : []));
  }
  ["issuerName", "notation", "documentDate", "issuerCode"].forEach((name) =>
    form.elements[name].addEventListener("change", checkDuplicates));

  // A file chosen is uploaded once to be compared (registering uploads it again, stored once).
  const uploaded = new Map();
  async function compareWith(file, documentId) {
    // In a new tab, opened while the click still counts (no popup blocker): the form keeps what
    // the clerk has typed.
    const tab = window.open("", "_blank");
    try {
      if (!uploaded.has(file)) uploaded.set(file, (await upload(file)).id);
      const stored = currentText(await api(`documents/${documentId}`));
      if (!stored) {
        tab?.close();
        return;
      }
      const route = compareRoute(`upload:${uploaded.get(file)}`, stored);
      if (tab) tab.location.href = `${location.pathname}${route}`;
      else location.hash = route;
    } catch (e) {
      tab?.close();
      throw e;
    }
  }

  // The chosen files' text against the register: a scan or another rendering of a document
  // registered already is named before the clerk gives it a second number.
  async function checkContent() {
    const found = new Map();
    let checked = 0;
    similar.replaceChildren();
    for (const file of form.elements.file.files) {
      if (!COMPARABLE.includes(file.type)) continue;
      checked++;
      try {
        for (const d of await sendFile("POST", "search/similar-content", file)) {
          if (!found.has(d.id) || found.get(d.id).similarity < d.similarity) found.set(d.id, { ...d, file });
        }
      } catch (e) {
        // A file too large or unreadable is not checked; registering it tells what is wrong.
        if (!e.problem) throw e;
      }
    }
    const list = [...found.values()].sort((a, b) => b.similarity - a.similarity);
    similar.className = list.length ? "warning" : "hint";
    if (!list.length) return similar.replaceChildren(checked ? t("incoming.similarNone") : "");
    similar.replaceChildren(el("strong", {}, t("incoming.similarWarning")),
      el("ul", {}, list.map((d) => el("li", {}, el("a", { href: `#/documents/${d.id}`, "data-id": d.id },
        [d.notation, d.subject].filter(Boolean).join(" — ")), " ",
        el("span", { class: "hint" }, t("incoming.similarity", { percent: Math.round(d.similarity * 100) })), " ",
        el("button", { type: "button", class: "link compare-similar", "data-id": d.id,
          onclick: () => submitting(form, message, () => compareWith(d.file, d.id)) }, t("incoming.compare"))))));
  }
  form.elements.file.addEventListener("change", checkContent);

  async function register(confirmDuplicate, key) {
    const dates = formDates(form);
    const uploadIds = await uploadAll(form.elements.file);
    const number = (name) => (value(name) ? Number(value(name)) : null);
    const created = await api("incoming-documents", { method: "POST", key, body: {
      typeId: Number(value("typeId")), notation: value("notation"), documentDate: dates.documentDate,
      issuerName: value("issuerName"), issuerCode: value("issuerCode") || null, subject: value("subject"),
      signerName: value("signerName"), signerPosition: value("signerPosition"),
      receivedAt: dates.receivedAt ? new Date(dates.receivedAt).toISOString() : null,
      urgency: value("urgency"), confidentiality: value("confidentiality"), pageCount: number("pageCount"),
      copies: number("copies"), deadline: dates.deadline, notes: value("notes"), uploadIds, confirmDuplicate } });
    const typeId = value("typeId");
    lastType.set("incoming", session, typeId);
    form.reset();
    form.elements.typeId.value = typeId;
    form.elements.receivedAt.value = localNow();
    form.elements.receivedAt.dispatchEvent(new Event("change"));
    warning.replaceChildren();
    similar.replaceChildren();
    similar.className = "";
    message.className = "notice";
    message.replaceChildren(t("incoming.registered", { number: created.number }), " ",
      el("a", { href: `#/documents/${created.id}` }, t("incoming.open")));
  }

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    submitting(form, message, async (key) => {
      try {
        await register(false, key);
      } catch (e) {
        if (e.problem?.status !== 409) throw e;
        warning.className = "warning";
        warning.replaceChildren(el("strong", {}, e.problem.title), el("p", {}, e.problem.detail),
          duplicateList(e.problem.duplicates ?? []),
          el("button", { type: "button", id: "confirm-duplicate",
            onclick: () => submitting(form, message, (key) => register(true, key)) }, t("incoming.registerAnyway")));
      }
    });
  });
  main.replaceChildren(el("h1", {}, t("incoming.heading")), el("p", { class: "hint" }, t("incoming.intro")), message, form);
}

export async function outgoingPage(main, session, item) {
  const [types, units, drafts, people] = await Promise.all([api("document-types"), api("units"), api("outgoing-documents"), loadPeople()]);
  const clerk = session.user.roles.includes("CLERK");
  const message = el("p", { role: "status" });
  const form = el("form", { id: "draft-form", novalidate: true, class: "grid" },
    field("outgoing.type", choice("typeId", typeOptions(types), { selected: lastType.get("outgoing", session, 2) })),
    field("outgoing.draftingUnit", choice("draftingUnitId", units.map((u) => ({ value: u.id, label: u.name })), { empty: "—" })),
    el("label", { class: "wide" }, t("outgoing.subject"), el("textarea", { name: "subject", rows: 3 })),
    field("outgoing.signer", el("input", { name: "signerName" })),
    field("outgoing.signerPosition", el("input", { name: "signerPosition" })),
    el("label", { class: "wide" }, t("outgoing.recipients"), el("textarea", { name: "recipients", rows: 3 })),
    field("incoming.urgency", marks("urgency", URGENCIES)),
    field("incoming.confidentiality", marks("confidentiality", CONFIDENTIALITIES)),
    field("incoming.copies", el("input", { name: "copies", type: "number", min: 1 })),
    el("label", { class: "wide" }, t("incoming.files"), el("input", { name: "file", type: "file", multiple: true })),
    el("div", { class: "wide" }, el("button", { type: "submit" }, t("outgoing.saveDraft"))));
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    submitting(form, message, async (key) => {
      const data = (name) => form.elements[name].value.trim();
      const uploadIds = await uploadAll(form.elements.file);
      await api("outgoing-documents", { method: "POST", key, body: {
        typeId: Number(data("typeId")), subject: data("subject"),
        draftingUnitId: data("draftingUnitId") ? Number(data("draftingUnitId")) : null,
        signerName: data("signerName"), signerPosition: data("signerPosition"), recipients: data("recipients"),
        urgency: data("urgency"), confidentiality: data("confidentiality"),
        copies: data("copies") ? Number(data("copies")) : null, uploadIds } });
      lastType.set("outgoing", session, data("typeId"));
      await outgoingPage(main, session, item);
      main.querySelector("[role=status]").className = "notice";
      main.querySelector("[role=status]").textContent = t("outgoing.drafted");
    });
  });
  const issue = async (draft, key) => {
    const issued = await api(`outgoing-documents/${draft.id}/issue`, { method: "POST", key, body: {} });
    await outgoingPage(main, session, item);
    main.querySelector("[role=status]").className = "notice";
    main.querySelector("[role=status]").textContent = t("outgoing.issued", { notation: issued.notation });
  };
  main.replaceChildren(el("h1", {}, item?.key === "drafts" ? t("nav.drafts") : t("outgoing.heading")), message,
    el("h2", {}, t("outgoing.drafts")),
    drafts.length === 0 ? el("p", { class: "hint" }, t("outgoing.noDrafts")) :
      el("table", {}, el("thead", {}, el("tr", {}, ["type", "subject", "draftingUnit", "createdBy", "status", ""].map((k) => el("th", {}, k ? t(`outgoing.${k}`) : "")))),
        el("tbody", {}, drafts.map((d) => el("tr", {},
          el("td", {}, d.typeName), el("td", {}, el("a", { href: `#/documents/${d.id}` }, d.subject)),
          el("td", {}, d.draftingUnitName ?? ""), el("td", {}, personName(people, d.createdBy)),
          el("td", {}, t(`status.${d.status}`)),
          el("td", {}, clerk && ["APPROVED", "SIGNED"].includes(d.status) ? el("button", { type: "button", class: "primary", "data-issue": d.id,
            onclick: (event) => submitting(event.target.closest("td"), message, (key) => issue(d, key)) }, t(d.status === "SIGNED" ? "outgoing.issueAndSeal" : "outgoing.issue")) : ""))))),
    el("h2", {}, t("outgoing.newDraft")), form);
}

function newVersionForm(main, id, file, session) {
  const message = el("span", { role: "status" });
  const input = el("input", { type: "file", name: "file", "aria-label": t("document.newVersion") });
  const form = el("form", { class: "inline-form" }, input,
    el("button", { type: "submit" }, t("document.newVersion")), message);
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    if (!input.files.length) return;
    submitting(form, message, async () => {
      const uploaded = await upload(input.files[0]);
      await api(`documents/${id}/files/${file.id}/versions`, { method: "POST", body: { uploadId: uploaded.id } });
      await documentPage(main, id, session);
    });
  });
  return form;
}

/** What the last check of a PDF's signatures found, beside the file's name; nothing if unchecked. */
function signatureBadge(signatures) {
  if (!signatures) return null;
  return el("span", {
    class: `signature-outcome outcome-${signatures.outcome.toLowerCase()}`,
    "data-outcome": signatures.outcome,
    title: t("signing.outcome.checkedAt", { at: formatDateTime(signatures.checkedAt) }),
  }, " ", t(`signing.outcome.${signatures.outcome}`, { count: signatures.count }));
}

/**
 * Where the text recognition of a scan stands, beside the file's name: pages read of all while it
 * is read, then links to the text and to the searchable PDF; a scan under 200 dpi is flagged.
 */
function recognitionBadge(recognition, base) {
  if (!recognition) return null;
  const state = recognition.state;
  const label = state === "WORKING"
    ? t("recognition.WORKING", { done: recognition.pagesDone, pages: recognition.pages })
    : t(`recognition.${state}`);
  return el("span", { class: `recognition recognition-${state.toLowerCase()}`, "data-recognition": state },
    " ", el("span", { class: "badge", title: state === "FAILED" ? recognition.failure ?? "" : "" }, label),
    state === "DONE" ? [" ", el("a", { href: `${base}/recognised-text`, class: "download" }, t("recognition.text")),
      recognition.searchable ? [" ", el("a", { href: `${base}/searchable-pdf?disposition=inline`, target: "_blank",
        rel: "noopener" }, t("recognition.searchable"))] : null] : null,
    recognition.lowResolution
      ? [" ", el("span", { class: "warning low-resolution" }, t("recognition.lowResolution", { dpi: recognition.lowestDpi }))]
      : null);
}

// The server's rule (FileChanges): an incoming document's files are the registry's; a draft's are
// its drafter's while it is with them.
function filesChangeable(document, session) {
  if (document.restricted) return false;
  if (document.direction === "INCOMING") return session.user.roles.includes("CLERK");
  return document.createdBy === session.user.username && ["DRAFT", "RETURNED"].includes(document.status);
}

/** One line of the history as a sentence: who did what, when; viewings counted. */
function historyLine(line, people) {
  const who = personName(people, line.actor);
  const sentence = t(`history.${line.action}`, { who, file: line.fileName ?? "", version: line.version ?? "",
    detail: line.detail ?? "", times: line.times });
  const when = line.times > 1 ? t("history.between", { first: formatDateTime(line.firstAt), last: formatDateTime(line.occurredAt) })
    : formatDateTime(line.occurredAt);
  return el("li", { "data-action": line.action }, el("time", { datetime: line.occurredAt }, when), " ", sentence);
}

export async function documentPage(main, id, session) {
  const [document, history, people] = await Promise.all([api(`documents/${id}`),
    api(`documents/${id}/history`).catch(() => []), loadPeople()]);
  const row = (key, value) => (value === null || value === undefined || value === "" ? null
    : el("tr", {}, el("th", { scope: "row" }, t(key)), el("td", {}, value)));
  const files = document.files.map((file) => {
    const current = file.versions[file.versions.length - 1];
    const link = (version, disposition) => `api/documents/${id}/files/${file.id}?version=${version.number}&disposition=${disposition}`;
    // Each earlier version can be compared with the current one when both have a text to read.
    const compare = (v) => (COMPARABLE.includes(v.mediaType) && COMPARABLE.includes(current.mediaType)
      ? el("a", { href: compareRoute(`${id}:${file.id}:${v.number}`, `${id}:${file.id}:${current.number}`), class: "compare-link",
        "data-version": v.number }, t("document.compare"))
      : null);
    return el("li", { "data-file-id": file.id },
      el("a", { href: link(current, "inline"), target: "_blank", rel: "noopener" }, current.fileName), " ",
      el("a", { href: link(current, "attachment"), class: "download" }, t("document.download")),
      signatureBadge(current.signatures),
      recognitionBadge(current.recognition, `api/documents/${id}/files/${file.id}`),
      file.versions.length > 1 ? el("ul", {}, file.versions.slice(0, -1).reverse().map((v) => el("li", {},
        el("a", { href: link(v, "attachment") }, t("document.version", { number: v.number, name: v.fileName })),
        " ", formatDateTime(v.createdAt), " ", compare(v)))) : null,
      filesChangeable(document, session) ? newVersionForm(main, id, file, session) : null);
  });
  const workflow = session ? await workflowSection(main, document, session, people) : [];
  const signing = session ? signingPanel(main, document, session, () => documentPage(main, id, session)) : null;
  const exchange = session ? await recipientsSection(document, session, () => documentPage(main, id, session)) : [];
  const file = document.files[0]?.versions.at(-1);
  const preview = file && file.mediaType === "application/pdf"
    ? el("iframe", { id: "preview", title: file.fileName, src: `api/documents/${id}/files/${document.files[0].id}?version=${file.number}&disposition=inline` })
    : null;
  // el() leaves out the parts that are null; the PDF sits beside the rest, so a leader reads it
  // while deciding.
  const body = el("div", { class: "document-main" },
    document.restricted ? el("p", { class: "warning" }, t("document.restricted")) : null,
    el("table", { class: "details" }, el("tbody", {},
      row("document.register", document.registerName),
      row("document.number", document.numberText),
      row("document.type", document.typeName),
      row("document.subject", document.subject),
      row("document.issuer", document.issuerName),
      row("document.documentDate", formatDate(document.documentDate)),
      row("document.receivedAt", formatDateTime(document.receivedAt)),
      row("document.signer", [document.signerName, document.signerPosition].filter(Boolean).join(", ")),
      row("document.recipients", document.recipients),
      row("document.draftingUnit", document.draftingUnitName),
      row("incoming.urgency", document.urgency === "NORMAL" ? null : t(`urgency.${document.urgency}`)),
      row("incoming.confidentiality", document.confidentiality === "NORMAL" ? null : t(`confidentiality.${document.confidentiality}`)),
      row("incoming.pageCount", document.pageCount), row("incoming.copies", document.copies),
      row("incoming.deadline", formatDate(document.deadline)), row("incoming.notes", document.notes))),
    signing,
    ...workflow,
    ...exchange,
    signatureCheck(document),
    el("h2", {}, t("document.files")),
    files.length ? el("ul", { id: "files" }, files) : el("p", { class: "hint" }, t("document.noFiles")),
    el("h2", {}, t("document.history")),
    history.length ? el("ul", { id: "history", class: "history" }, history.map((line) => historyLine(line, people)))
      : el("p", { class: "hint" }, t("document.noHistory")));
  main.replaceChildren(
    // A draft has no số ký hiệu yet: its type names it, its status says it is a draft.
    el("h1", {}, document.notation ?? document.typeName, " ",
      el("span", { class: "badge" }, t(`status.${document.status}`))),
    preview ? el("div", { class: "document-layout" }, body, el("aside", { class: "document-preview" }, preview)) : body);
  followRecognition(main, id, document);
}

const READING = ["WAITING", "WORKING"];

/** While a scan is being read, its progress is asked again every two seconds and shown in place. */
function followRecognition(main, id, document) {
  const reading = (d) => d.files.some((f) => READING.includes(f.versions.at(-1).recognition?.state));
  if (!reading(document)) return;
  const shown = location.hash;
  setTimeout(async () => {
    if (location.hash !== shown || !main.querySelector("#files")) return;
    const now = await api(`documents/${id}`).catch(() => null);
    if (!now) return;
    for (const file of now.files) {
      const item = main.querySelector(`#files > li[data-file-id="${file.id}"]`);
      const badge = item?.querySelector(":scope > .recognition");
      const fresh = recognitionBadge(file.versions.at(-1).recognition, `api/documents/${id}/files/${file.id}`);
      if (badge && fresh) badge.replaceWith(fresh);
    }
    followRecognition(main, id, now);
  }, 2000);
}
