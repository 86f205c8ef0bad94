// Exchange between agencies: the clerk's queue of packages received (Văn bản điện tử đến), the
// electronic recipients of an outgoing document with every status they reported, and the platform
// administrator's directory of partner agencies elsewhere.
import { api, sendFile } from "./api.js";
import { el, fill, formatDate, formatDateTime, submitting } from "./dom.js";
import { t } from "./i18n.js";

const CODES = ["01", "02", "03", "04", "05", "06", "13", "15", "16"];

/** A status code in words: "03 Đã tiếp nhận". */
export function statusText(code) {
  return code && CODES.includes(code) ? `${code} ${t(`exchange.status.${code}`)}` : t("exchange.status.none");
}

function packageRow(pack, reload) {
  const message = el("p", { role: "status" });
  const accept = el("form", { class: "accept-package" },
    el("button", { type: "submit" }, t("exchange.accept")));
  accept.addEventListener("submit", (event) => {
    event.preventDefault();
    submitting(accept, message, async () => {
      const accepted = await api(`exchange/incoming/${pack.id}/accept`, { method: "POST", body: {} });
      await reload(el("span", {}, t("exchange.accepted"), " ",
        el("a", { href: `#/documents/${accepted.documentId}` }, t("exchange.openDocument"))));
    });
  });
  const refuse = el("form", { class: "refuse-package" },
    el("label", {}, t("exchange.refusalReason"), el("input", { name: "reason", required: true, maxlength: 2000 })),
    el("button", { type: "submit" }, t("exchange.refuse")));
  refuse.addEventListener("submit", (event) => {
    event.preventDefault();
    submitting(refuse, message, async () => {
      await api(`exchange/incoming/${pack.id}/refuse`, { method: "POST", body: { reason: new FormData(refuse).get("reason") } });
      await reload(t("exchange.refused"));
    });
  });
  return el("article", { class: "package", "data-package": pack.id },
    el("h3", {}, pack.notation ?? pack.edxmlDocument, " — ", pack.subject),
    el("p", {}, t("exchange.from"), " ", pack.fromName, ` (${pack.fromOrgan})`, ", ",
      formatDate(pack.documentDate), ", ", pack.typeName ?? ""),
    el("p", { class: "hint" }, t("exchange.receivedAt"), " ", formatDateTime(pack.receivedAt), " · ",
      t(pack.signed ? "exchange.signed" : "exchange.fromHere"),
      pack.paper ? el("span", { class: "badge" }, t("exchange.paper")) : null,
      pack.business ? el("span", { class: "badge" }, t(`exchange.business.${pack.business}`)) : null),
    pack.signerName ? el("p", {}, t("document.signer"), ": ", [pack.signerName, pack.signerPosition].filter(Boolean).join(", ")) : null,
    el("ul", { class: "package-files" }, pack.files.map((file) => el("li", {},
      el("a", { href: `api/exchange/incoming/${pack.id}/files/${file.ordinal}`, target: "_blank", rel: "noopener" }, file.name),
      file.signatures ? el("span", { class: "badge" }, t(`exchange.signatures.${file.signatures}`)) : null))),
    el("div", { class: "actions" }, accept, refuse), message);
}

function recipientLine(recipient) {
  return el("tr", { "data-recipient": recipient.organCode },
    el("td", {}, el("a", { href: `#/documents/${recipient.documentId}` }, recipient.documentNotation ?? "")),
    el("td", {}, recipient.documentSubject),
    el("td", {}, recipient.organName),
    el("td", {}, formatDateTime(recipient.sentAt)),
    el("td", {}, statusText(recipient.statusCode)));
}

/** Văn bản điện tử đến: the packages waiting, and the documents this agency sent not yet accepted. */
export async function exchangeIncomingPage(main, session, item, notice = null) {
  const [waiting, notAccepted] = await Promise.all([api("exchange/incoming"),
    api("exchange/not-accepted").catch(() => [])]);
  const reload = (text) => exchangeIncomingPage(main, session, item, text);
  const importMessage = el("p", { role: "status" });
  const importForm = el("form", { id: "import-edxml" },
    el("label", {}, t("exchange.importFile"), el("input", { type: "file", name: "file", accept: ".edxml,.xml", required: true })),
    el("button", { type: "submit" }, t("exchange.import")), importMessage);
  importForm.addEventListener("submit", (event) => {
    event.preventDefault();
    submitting(importForm, importMessage, async () => {
      try {
        await sendFile("POST", "exchange/import", new FormData(importForm).get("file"));
        await reload(t("exchange.imported"));
      } catch (e) {
        // The receipt of a refused file: what was wrong with it.
        importMessage.className = "error";
        importMessage.textContent = `${e.problem?.code ?? ""}: ${e.problem?.reason ?? e.message}`;
      }
    });
  });
  fill(main,
    el("h1", {}, t("nav.exchangeIncoming")),
    notice ? el("p", { role: "status", class: "notice" }, notice) : null,
    waiting.length ? el("div", { id: "packages" }, waiting.map((pack) => packageRow(pack, reload)))
      : el("p", { class: "hint" }, t("exchange.nothingWaiting")),
    importForm,
    el("h2", {}, t("exchange.notAccepted")),
    notAccepted.length ? el("table", { id: "not-accepted" },
      el("thead", {}, el("tr", {}, ["document.number", "document.subject", "exchange.recipient", "exchange.sentAt", "exchange.latestStatus"]
        .map((key) => el("th", { scope: "col" }, t(key))))),
      el("tbody", {}, notAccepted.map(recipientLine)))
      : el("p", { class: "hint" }, t("exchange.allAccepted")));
}

/** The directory chooser: agencies found by name or code, ticked to be recipients. */
function chooser(document, recipients, done) {
  const chosen = new Set(recipients.map((r) => r.organCode));
  const names = new Map(recipients.map((r) => [r.organCode, r.organName]));
  const message = el("p", { role: "status" });
  const list = el("ul", { class: "directory" });
  const search = el("input", { type: "search", name: "q", placeholder: t("exchange.searchDirectory"), "aria-label": t("exchange.searchDirectory") });
  const show = async () => {
    const found = await api(`exchange/directory?q=${encodeURIComponent(search.value)}`);
    found.forEach((entry) => names.set(entry.organCode, entry.name));
    const codes = [...new Set([...chosen, ...found.map((entry) => entry.organCode)])];
    list.replaceChildren(...codes.map((code) => el("li", {}, el("label", {},
      el("input", { type: "checkbox", name: "organCodes", value: code, checked: chosen.has(code),
        onchange: (event) => (event.target.checked ? chosen.add(code) : chosen.delete(code)) }),
      " ", names.get(code) ?? code, ` (${code})`))));
  };
  search.addEventListener("input", show);
  const form = el("form", { id: "exchange-recipients" }, search, list,
    el("label", {}, el("input", { type: "checkbox", name: "paper", checked: recipients.some((r) => r.paper) }), " ", t("exchange.paperToo")),
    el("button", { type: "submit" }, t(document.status === "ISSUED" ? "exchange.sendNow" : "exchange.saveRecipients")), message);
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    submitting(form, message, async () => {
      await api(`exchange/documents/${document.id}/recipients`, { method: "PUT",
        body: { organCodes: [...chosen], paper: new FormData(form).get("paper") === "on" } });
      await done();
    });
  });
  show();
  return form;
}

/** The outgoing document's electronic recipients: chosen on the draft, then every status. */
export async function recipientsSection(document, session, refresh) {
  if (document.direction !== "OUTGOING") return [];
  let recipients;
  try {
    recipients = await api(`exchange/documents/${document.id}/recipients`);
  } catch {
    return [];
  }
  const clerk = session.user.roles.includes("CLERK");
  const operator = (recipient) => {
    if (!clerk || !recipient.delivery || ["DELIVERED", "CANCELLED"].includes(recipient.delivery.state)) return null;
    return el("span", {},
      el("button", { type: "button", class: "retry", onclick: async () => { await api(`exchange/recipients/${recipient.id}/retry`, { method: "POST" }); await refresh(); } }, t("exchange.retry")), " ",
      el("button", { type: "button", class: "cancel", onclick: async () => { await api(`exchange/recipients/${recipient.id}/cancel`, { method: "POST" }); await refresh(); } }, t("exchange.cancel")));
  };
  const rows = recipients.map((recipient) => el("tr", { "data-recipient": recipient.organCode },
    el("td", {}, recipient.organName, el("br"), el("small", {}, recipient.organCode)),
    el("td", {}, t(`exchange.state.${recipient.state}`), recipient.paper ? el("span", { class: "badge" }, t("exchange.paper")) : null,
      recipient.failure ? el("p", { class: "error" }, recipient.failure) : null,
      recipient.delivery?.lastError && recipient.delivery.state === "PENDING"
        ? el("p", { class: "hint" }, t("exchange.attempts", { count: recipient.delivery.attempts }), " ", recipient.delivery.lastError) : null),
    el("td", { class: "latest-status" }, statusText(recipient.statusCode), el("br"), el("small", {}, formatDateTime(recipient.statusAt))),
    el("td", {}, el("ol", { class: "statuses" }, recipient.statuses.map((status) => el("li", { "data-code": status.code },
      formatDateTime(status.at), " — ", statusText(status.code),
      status.description ? `: ${status.description}` : "",
      status.staff || status.department ? el("small", {}, ` (${[status.staff, status.department].filter(Boolean).join(", ")})`) : null)))),
    el("td", {}, operator(recipient))));
  const changeable = document.status !== "ISSUED" || clerk;
  return [
    el("h2", {}, t("exchange.recipients")),
    rows.length ? el("table", { id: "recipients" },
      el("thead", {}, el("tr", {}, ["exchange.recipient", "exchange.sending", "exchange.latestStatus", "exchange.history", ""]
        .map((key) => el("th", { scope: "col" }, key ? t(key) : "")))),
      el("tbody", {}, rows))
      : el("p", { class: "hint" }, t("exchange.noRecipients")),
    changeable ? el("details", {}, el("summary", {}, t(document.status === "ISSUED" ? "exchange.sendFurther" : "exchange.chooseRecipients")),
      chooser(document, recipients.filter((r) => r.state === "CHOSEN" || document.status !== "ISSUED"), refresh)) : null,
  ];
}

function partnerForm(done) {
  const message = el("p", { role: "status" });
  const form = el("form", { id: "new-partner", novalidate: true },
    ["organCode", "name", "endpoint"].map((field) => el("label", {}, t(`exchange.partner.${field}`), el("input", { name: field, required: true }))),
    el("label", {}, t("exchange.partner.certificate"), el("textarea", { name: "certificate", rows: 6, required: true })),
    el("button", { type: "submit" }, t("exchange.partner.add")), message);
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    submitting(form, message, async () => {
      const data = new FormData(form);
      const added = await api("exchange/partners", { method: "POST", body: Object.fromEntries(
        ["organCode", "name", "endpoint", "certificate"].map((field) => [field, data.get(field)])) });
      await done(t("exchange.partner.added", { name: added.name }));
    });
  });
  return form;
}

/** The platform administrator's directory of partner agencies, and the messages refused on arrival. */
export async function partnersPage(main, session, item, notice = null) {
  const [partners, refusals] = await Promise.all([api("exchange/partners"), api("exchange/refusals")]);
  const reload = (text) => partnersPage(main, session, item, text);
  fill(main,
    el("h1", {}, t("nav.platformPartners")),
    notice ? el("p", { role: "status", class: "notice" }, notice) : null,
    el("table", { id: "partners" },
      el("thead", {}, el("tr", {}, ["exchange.partner.organCode", "exchange.partner.name", "exchange.partner.endpoint", "exchange.partner.certificate", ""]
        .map((key) => el("th", { scope: "col" }, key ? t(key) : "")))),
      el("tbody", {}, partners.map((partner) => el("tr", { "data-partner": partner.organCode },
        el("td", {}, partner.organCode), el("td", {}, partner.name), el("td", {}, partner.endpoint),
        el("td", {}, partner.certificateSubject, el("br"), el("small", {}, t("exchange.partner.expires"), " ", formatDate(partner.certificateExpires?.slice(0, 10)))),
        el("td", {}, el("button", { type: "button", onclick: async () => {
          await api(`exchange/partners/${partner.id}/${partner.active ? "deactivate" : "activate"}`, { method: "POST" });
          await reload(null);
        } }, t(partner.active ? "platform.agencies.deactivate" : "platform.agencies.activate"))))))),
    el("h2", {}, t("exchange.partner.add")),
    partnerForm(reload),
    el("h2", {}, t("exchange.refusals")),
    refusals.length ? el("table", { id: "refusals" }, el("tbody", {}, refusals.map((refusal) => el("tr", {},
      el("td", {}, formatDateTime(refusal.receivedAt)), el("td", {}, refusal.fromOrgan ?? ""), el("td", {}, refusal.toOrgan ?? ""),
      el("td", {}, refusal.reasonCode), el("td", {}, refusal.reason)))))
      : el("p", { class: "hint" }, t("exchange.noRefusals")));
}
