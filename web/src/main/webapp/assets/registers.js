// Sổ đăng ký: register pages with filters, paging and exports; administration of types, registers, audit.
import { api } from "./api.js";
import { choice, dateInput, el, formatDate, formatDateTime, formDates, submitting } from "./dom.js";
import { t } from "./i18n.js";
import { rebuildSection } from "./search.js";
import { typeOptions, URGENCIES } from "./documents.js";
import { loadPeople, personName } from "./people.js";

const PAGE = 50;

export async function registersPage(main) {
  const [registers, types] = await Promise.all([api("registers"), api("document-types")]);
  const filters = el("form", { id: "register-filters", class: "filters" },
    el("label", {}, t("registers.register"), choice("registerId", registers.map((r) => ({ value: r.id, label: r.name })))),
    el("label", {}, t("registers.year"), el("input", { name: "year", type: "number", value: registers[0]?.year })),
    el("label", {}, t("registers.from"), dateInput("from")),
    el("label", {}, t("registers.to"), dateInput("to")),
    el("label", {}, t("registers.type"), choice("typeId", typeOptions(types), { empty: t("registers.all") })),
    el("label", {}, t("incoming.urgency"), choice("urgency", URGENCIES.map((u) => ({ value: u, label: t(`urgency.${u}`) })), { empty: t("registers.all") })),
    el("label", {}, t("registers.status"), choice("status", ["REGISTERED", "ISSUED"].map((v) => ({ value: v, label: t(`status.${v}`) })), { empty: t("registers.all") })),
    el("button", { type: "submit" }, t("registers.show")));
  const message = el("p", { role: "status" });
  const result = el("div", { id: "register-page" });
  let offset = 0;

  const query = () => {
    const params = new URLSearchParams();
    for (const name of ["year", "typeId", "urgency", "status"]) {
      if (filters.elements[name].value) params.set(name, filters.elements[name].value);
    }
    for (const [name, date] of Object.entries(formDates(filters))) {
      if (date) params.set(name, date);
    }
    return params;
  };
  async function show() {
    const registerId = filters.elements.registerId.value;
    const params = query();
    params.set("offset", offset);
    params.set("limit", PAGE);
    const page = await api(`registers/${registerId}/entries?${params}`);
    const incoming = page.direction === "INCOMING";
    const exportLink = (format) => {
      const p = query();
      p.set("format", format);
      return el("a", { class: "button", href: `api/registers/${registerId}/export?${p}`, download: "" }, t(`registers.export.${format}`));
    };
    const heads = incoming
      ? ["receivedAt", "number", "issuer", "notation", "documentDate", "subject", "handedTo", "handedOn", "urgency"]
      : ["notation", "documentDate", "subject", "signer", "recipients", "copies", "urgency"];
    const cells = (r) => {
      const subject = el("a", { href: `#/documents/${r.documentId}` },
        r.restricted ? `${r.typeName} ${t("registers.restricted")}` : `${r.typeName}: ${r.subject}`);
      const urgency = r.urgency === "NORMAL" ? "" : t(`urgency.${r.urgency}`);
      return incoming
        ? [formatDateTime(r.receivedAt), r.numberText, r.issuerName ?? "", r.notation, formatDate(r.documentDate), subject,
          r.handedTo ?? "", formatDate(r.handedOn), urgency]
        : [r.notation, formatDate(r.documentDate), subject, r.signerName ?? "", r.recipients ?? "", r.copies ?? "", urgency];
    };
    result.replaceChildren(
      el("p", {}, t("registers.total", { total: page.total }), " ", exportLink("xlsx"), " ", exportLink("docx")),
      el("table", { class: "register" },
        el("thead", {}, el("tr", {}, heads.map((h) => el("th", {}, t(`registers.column.${h}`))))),
        el("tbody", {}, page.rows.map((r) => el("tr", {}, cells(r).map((c) => el("td", {}, c)))))),
      el("p", { class: "pager" },
        el("button", { type: "button", disabled: offset === 0, onclick: () => { offset = Math.max(0, offset - PAGE); show(); } }, t("registers.previous")),
        ` ${page.total === 0 ? 0 : offset + 1}–${Math.min(offset + PAGE, page.total)} / ${page.total} `,
        el("button", { type: "button", disabled: offset + PAGE >= page.total, onclick: () => { offset += PAGE; show(); } }, t("registers.next"))));
  }
  filters.addEventListener("submit", (event) => {
    event.preventDefault();
    offset = 0;
    submitting(filters, message, show);
  });
  main.replaceChildren(el("h1", {}, t("registers.heading")), filters, message, result);
  // Open at the newest lines, where the clerk's day is; earlier pages are a click away.
  await submitting(filters, message, async () => {
    const params = query();
    params.set("limit", 1);
    const { total } = await api(`registers/${filters.elements.registerId.value}/entries?${params}`);
    offset = Math.max(0, Math.floor((total - 1) / PAGE) * PAGE);
    await show();
  });
}

export async function adminRegistersPage(main) {
  const [registers, types] = await Promise.all([api("registers"), api("document-types")]);
  const message = el("p", { role: "status" });
  const registerForm = el("form", { id: "new-register", novalidate: true },
    el("label", {}, t("admin.registers.name"), el("input", { name: "name" })),
    el("label", { class: "inline" }, el("input", { name: "confidential", type: "checkbox" }), t("admin.registers.confidential")),
    el("label", {}, t("admin.registers.type"), choice("documentTypeId", typeOptions(types), { empty: t("admin.registers.anyType") })),
    el("button", { type: "submit" }, t("admin.registers.add")));
  registerForm.addEventListener("submit", (event) => {
    event.preventDefault();
    submitting(registerForm, message, async () => {
      const f = registerForm.elements;
      await api("registers", { method: "POST", body: { direction: "OUTGOING", name: f.name.value,
        confidential: f.confidential.checked, documentTypeId: f.documentTypeId.value ? Number(f.documentTypeId.value) : null, active: true } });
      await adminRegistersPage(main);
    });
  });
  const typeForm = el("form", { id: "new-type", novalidate: true },
    el("label", {}, t("admin.types.name"), el("input", { name: "name" })),
    el("label", {}, t("admin.types.abbreviation"), el("input", { name: "abbreviation" })),
    el("button", { type: "submit" }, t("admin.types.add")));
  typeForm.addEventListener("submit", (event) => {
    event.preventDefault();
    submitting(typeForm, message, async () => {
      await api("document-types", { method: "POST", body: { name: typeForm.elements.name.value,
        abbreviation: typeForm.elements.abbreviation.value, sortOrder: 100, active: true } });
      await adminRegistersPage(main);
    });
  });
  const toggleType = (type) => submitting(typeForm, message, async () => {
    await api(`document-types/${type.id}`, { method: "PUT", body: { ...type, active: !type.active } });
    await adminRegistersPage(main);
  });
  main.replaceChildren(el("h1", {}, t("admin.registers.heading")), message,
    el("table", {}, el("thead", {}, el("tr", {}, ["name", "direction", "series", "lastNumber"].map((k) => el("th", {}, t(`admin.registers.${k}`))))),
      el("tbody", {}, registers.map((r) => el("tr", {}, el("td", {}, r.name), el("td", {}, t(`direction.${r.direction}`)),
        el("td", {}, [r.confidential ? t("admin.registers.confidential") : "", r.documentTypeName ?? ""].filter(Boolean).join(", ")),
        el("td", {}, `${r.lastNumber} (${r.year})`))))),
    el("h2", {}, t("admin.registers.add")), registerForm,
    el("h2", {}, t("admin.types.heading")),
    el("table", {}, el("tbody", {}, types.map((type) => el("tr", {}, el("td", {}, type.name), el("td", {}, type.abbreviation ?? "—"),
      el("td", {}, type.national ? t("admin.types.national")
        : el("button", { type: "button", onclick: () => toggleType(type) }, type.active ? t("admin.types.disable") : t("admin.types.enable"))))))),
    el("h2", {}, t("admin.types.add")), typeForm);
}

export async function auditPage(main) {
  const [entries, people] = await Promise.all([api("audit?limit=200"), loadPeople()]);
  const result = el("div", { id: "verification", role: "status" });
  const verify = async () => {
    result.className = "";
    result.textContent = t("audit.verifying");
    const outcome = await api("audit/verification", { method: "POST" });
    result.className = outcome.intact ? "notice" : "warning";
    result.replaceChildren(outcome.intact
      ? t("audit.intact", { count: outcome.entriesChecked })
      : el("div", {}, el("strong", {}, t("audit.broken", { count: outcome.findings.length })),
        el("ul", {}, outcome.findings.map((f) => el("li", {}, t(`audit.problem.${f.problem}`, { id: f.entryId ?? "—", index: f.chainIndex ?? "—" }))))));
  };
  main.replaceChildren(el("h1", {}, t("audit.heading")),
    el("p", {}, el("button", { type: "button", id: "verify-audit", class: "primary", onclick: verify }, t("audit.verify"))), result,
    el("table", { id: "audit-entries" }, el("thead", {}, el("tr", {}, ["time", "actor", "origin", "action", "object", "detail"].map((k) => el("th", {}, t(`audit.column.${k}`))))),
      el("tbody", {}, entries.map((e) => el("tr", {}, el("td", {}, formatDateTime(e.occurredAt)),
        el("td", { title: e.actor }, personName(people, e.actor)), el("td", {}, e.origin ?? ""),
        el("td", {}, t(`audit.${e.action}`)), el("td", {}, `${e.objectType} ${e.objectId ?? ""}`), el("td", {}, e.detail ?? ""))))),
    rebuildSection());
}
