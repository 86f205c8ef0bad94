// The workflow screens: the inbox (what waits for me, my assignments, reminders) and, on a
// document's page, its handling form, its workflow history and the steps the user may take.
import { api, upload } from "./api.js";
import { dateInput, el, formatDate, formatDateTime, formDates, submitting } from "./dom.js";
import { t } from "./i18n.js";
import { personName } from "./people.js";
import { multiChooser } from "./chooser.js";

const VIEWS = ["all", "new", "in_progress", "overdue", "done", "received"];

function documentLink(d) {
  return el("a", { href: `#/documents/${d.id}` }, d.subject ?? d.notation ?? t("document.restricted"));
}

/** The leader's "Chờ duyệt, ký" and the officer's "Việc cần xử lý": one page, headed by its menu item. */
export async function inboxPage(main, session, item) {
  let view = "all";
  const render = async () => {
    const inbox = await api(`inbox?view=${view}`);
    const reminders = el("p", { class: inbox.overdueCount ? "warning" : "notice", id: "reminders" },
      t("inbox.reminders", { new: inbox.newCount, overdue: inbox.overdueCount, soon: inbox.dueSoonCount }));
    const awaiting = inbox.awaiting.length === 0 ? el("p", { class: "hint" }, t("inbox.nothingAwaiting"))
      : el("table", { id: "awaiting" },
        el("thead", {}, el("tr", {}, ["notation", "subject", "status", "deadline"].map((k) => el("th", {}, t(`inbox.${k}`))))),
        el("tbody", {}, inbox.awaiting.map((d) => el("tr", { "data-document": d.id },
          el("td", {}, d.notation ?? d.numberText ?? ""), el("td", {}, documentLink(d)),
          el("td", {}, t(`status.${d.status}`)), el("td", {}, formatDate(d.deadline))))));
    const tabs = el("div", { class: "tabs", role: "tablist" }, VIEWS.map((v) =>
      el("button", { type: "button", role: "tab", "aria-selected": v === view, "data-view": v,
        onclick: () => { view = v; render(); } }, t(`inbox.view.${v}`))));
    const items = inbox.items.length === 0 ? el("p", { class: "hint" }, t("inbox.noItems"))
      : el("table", { id: "assignments" },
        el("thead", {}, el("tr", {}, ["subject", "role", "instruction", "deadline", "state"].map((k) => el("th", {}, t(`inbox.${k}`))))),
        el("tbody", {}, inbox.items.map(({ assignment: a, document: d }) => el("tr", { "data-document": d.id, class: a.overdue ? "overdue" : null },
          el("td", {}, documentLink(d)), el("td", {}, t(`handling.role.${a.role}`)),
          el("td", {}, a.instruction ?? ""), el("td", {}, formatDate(a.deadline)),
          el("td", {}, t(`handling.state.${a.state}`), a.overdue ? el("span", { class: "badge danger" }, t("inbox.overdue")) : null)))));
    main.replaceChildren(el("h1", {}, item ? t(`nav.${item.key}`) : t("inbox.heading")), reminders,
      el("h2", {}, t("inbox.awaiting")), awaiting, el("h2", {}, t("inbox.assignments")), tabs, items);
  };
  await render();
}

function field(label, input) {
  // A chooser holds buttons (its chips), which a label would take for its control.
  if (input.dataset.chooser !== undefined) {
    input.querySelector("[role=combobox]").setAttribute("aria-label", t(label));
    return el("div", { class: "field" }, el("span", { class: "field-label" }, t(label)), input);
  }
  return el("label", {}, t(label), input);
}

function actionForm(main, id, name, fields, submitLabel, action) {
  const message = el("span", { role: "status" });
  const form = el("form", { class: "workflow-action", "data-action": name }, ...fields,
    el("button", { type: "submit", class: "primary" }, t(submitLabel)), message);
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    submitting(form, message, async (key) => {
      const data = { ...Object.fromEntries(new FormData(form).entries()), ...formDates(form), key };
      await action(data, form);
      location.hash = `#/documents/${id}`;
      window.dispatchEvent(new HashChangeEvent("hashchange"));
    });
  });
  return form;
}

const blank = (v) => (v === undefined || v === null || String(v).trim() === "" ? null : String(v).trim());
const selected = (form, name) => [...form.elements[name].selectedOptions].map((o) => o.value).filter(Boolean);

/** "Nguyễn Văn A — Chuyên viên (Địa chính)" */
const personLabel = (p) => `${p.fullName}${p.positionTitle ? ` — ${p.positionTitle}` : ""}${p.unitNames.length ? ` (${p.unitNames.join(", ")})` : ""}`;
const isLeader = (p) => p.roles.includes("LEADER");

/** A list of people to pick one from (with an empty first choice), or a chooser of several. */
function peopleChoice(name, people, { required = false, multiple = false } = {}) {
  if (multiple) return multiChooser(name, [{ label: t("workflow.people"), options: people.map((p) => ({ value: p.username, label: personLabel(p) })) }]);
  return el("select", { name, required },
    el("option", { value: "" }, t("workflow.choose")),
    people.map((p) => el("option", { value: p.username }, personLabel(p))));
}

/** Units and people as "unit:<id>" and "user:<username>": one to pick, or a chooser of several. */
function handlerChoice(name, units, people, { required = false, multiple = false } = {}) {
  const unitOptions = units.map((u) => ({ value: `unit:${u.id}`, label: u.name }));
  const personOptions = people.map((p) => ({ value: `user:${p.username}`, label: personLabel(p) }));
  if (multiple) {
    return multiChooser(name, [{ label: t("workflow.units"), options: unitOptions }, { label: t("workflow.people"), options: personOptions }]);
  }
  return el("select", { name, required },
    el("option", { value: "" }, t("workflow.choose")),
    el("optgroup", { label: t("workflow.units") }, unitOptions.map((o) => el("option", { value: o.value }, o.label))),
    el("optgroup", { label: t("workflow.people") }, personOptions.map((o) => el("option", { value: o.value }, o.label))));
}

const handler = (value) => (value.startsWith("unit:") ? { unitId: Number(value.slice(5)) } : { username: value.slice(5) });

function stepsFor(main, document, session, form, { people, units }) {
  const me = session.user.username;
  const roles = session.user.roles;
  const id = document.id;
  const steps = [];
  const leaders = people.filter((p) => isLeader(p) && p.username !== me);
  const file = document.files?.[0];
  const sha = file ? file.versions[file.versions.length - 1].sha256 : undefined;
  if (document.direction === "INCOMING") {
    if (roles.includes("CLERK") && ["REGISTERED", "PRESENTED"].includes(document.status)) {
      steps.push(actionForm(main, id, "present", [
        field("workflow.leader", peopleChoice("leader", leaders, { required: true })),
        field("workflow.comment", el("input", { name: "comment" }))], "workflow.present",
        (d) => api(`incoming-documents/${id}/presentation`, { method: "POST", key: d.key, body: { leader: d.leader, comment: blank(d.comment) } })));
    }
    if (roles.includes("LEADER") && document.status === "PRESENTED" && document.awaitingUser === me) {
      steps.push(actionForm(main, id, "instruct", [
        field("workflow.instruction", el("textarea", { name: "instruction", rows: 3 })),
        field("workflow.lead", handlerChoice("lead", units, people, { required: true })),
        field("workflow.cooperators", handlerChoice("cooperators", units, people, { multiple: true })),
        field("workflow.deadline", dateInput("deadline"))], "workflow.instruct",
        (d, f) => api(`incoming-documents/${id}/instruction`, { method: "POST", key: d.key, body: {
          instruction: blank(d.instruction),
          lead: handler(d.lead),
          cooperators: selected(f, "cooperators").map(handler),
          deadline: blank(d.deadline) } })));
    }
    for (const line of form?.assignments ?? []) {
      // A unit's line is its leader's to pass on to the unit's people, or to handle directly.
      const ledUnit = line.assigneeUnitId != null && roles.includes("LEADER") && session.user.unitIds.includes(line.assigneeUnitId);
      if (!(line.assigneeUser === me || ledUnit) || !["NEW", "IN_PROGRESS"].includes(line.state) || line.role === "RECIPIENT") continue;
      if (ledUnit) {
        const members = people.filter((p) => p.unitIds.includes(line.assigneeUnitId) && p.username !== me);
        steps.push(actionForm(main, id, "pass-on", [
          field("workflow.instruction", el("textarea", { name: "instruction", rows: 2 })),
          field("workflow.passOnLead", peopleChoice("lead", members, { required: true })),
          field("workflow.cooperators", peopleChoice("cooperators", members, { multiple: true })),
          field("workflow.deadline", dateInput("deadline"))], "workflow.passOn",
          (d, f) => api(`assignments/${line.id}/pass-on`, { method: "POST", key: d.key, body: {
            instruction: blank(d.instruction), lead: d.lead, cooperators: selected(f, "cooperators"),
            deadline: blank(d.deadline) } })));
      }
      steps.push(actionForm(main, id, "progress", [
        field("workflow.progressNote", el("textarea", { name: "note", rows: 2, required: true })),
        field("workflow.files", el("input", { name: "files", type: "file", multiple: true }))], "workflow.report",
        async (d, f) => {
          const uploadIds = [];
          for (const file of f.elements.files.files) uploadIds.push((await upload(file)).id);
          return api(`assignments/${line.id}/progress`, { method: "POST", key: d.key, body: { note: d.note, uploadIds } });
        }));
      steps.push(actionForm(main, id, "finish", [
        field("workflow.resultKind", el("select", { name: "kind" }, ["ARCHIVED", "REPLY", "OTHER"].map((k) => el("option", { value: k }, t(`handling.result.${k}`))))),
        field("workflow.replyDocumentId", el("input", { name: "replyDocumentId", type: "number" })),
        field("workflow.comment", el("input", { name: "note" }))], "workflow.finish",
        (d) => api(`assignments/${line.id}/result`, { method: "POST", key: d.key, body: { kind: d.kind, note: blank(d.note),
          replyDocumentId: blank(d.replyDocumentId) ? Number(d.replyDocumentId) : null } })));
      steps.push(actionForm(main, id, "extension", [
        field("workflow.newDeadline", dateInput("deadline", { required: true })),
        field("workflow.reason", el("input", { name: "reason", required: true }))], "workflow.askExtension",
        (d) => api(`assignments/${line.id}/extensions`, { method: "POST", key: d.key, body: { deadline: d.deadline, reason: d.reason } })));
    }
  } else {
    if (document.createdBy === me && ["DRAFT", "RETURNED"].includes(document.status)) {
      steps.push(actionForm(main, id, "submit", [
        field("workflow.to", peopleChoice("to", leaders, { required: true })),
        field("workflow.comment", el("input", { name: "comment" }))], "workflow.submit",
        (d) => api(`outgoing-documents/${id}/submission`, { method: "POST", key: d.key, body: { to: d.to, comment: blank(d.comment) } })));
    }
    if (["IN_REVIEW", "IN_APPROVAL"].includes(document.status) && document.awaitingUser === me) {
      steps.push(actionForm(main, id, "approve", [
        document.status === "IN_REVIEW" ? field("workflow.next", peopleChoice("next", leaders, { required: true })) : null,
        field("workflow.comment", el("input", { name: "comment" }))], "workflow.approve",
        (d) => api(`outgoing-documents/${id}/approval`, { method: "POST", key: d.key, body: { next: blank(d.next), comment: blank(d.comment), fileSha256: sha } })));
    }
    if ((["IN_REVIEW", "IN_APPROVAL"].includes(document.status) && document.awaitingUser === me)
        || (document.status === "APPROVED" && roles.includes("CLERK"))) {
      steps.push(actionForm(main, id, "return", [
        field("workflow.returnComment", el("textarea", { name: "comment", rows: 2, required: true }))], "workflow.return",
        (d) => api(`outgoing-documents/${id}/return`, { method: "POST", key: d.key, body: { comment: d.comment, fileSha256: sha } })));
    }
    if (document.status === "ISSUED" && roles.includes("CLERK")) {
      steps.push(actionForm(main, id, "dispatch", [
        field("workflow.recipientUnits", multiChooser("unitIds", [{ label: t("workflow.units"), options: units.map((u) => ({ value: u.id, label: u.name })) }])),
        field("workflow.recipientUsers", peopleChoice("usernames", people, { multiple: true }))], "workflow.dispatch",
        (d, f) => api(`outgoing-documents/${id}/dispatch`, { method: "POST", key: d.key, body: {
          unitIds: selected(f, "unitIds").map(Number), usernames: selected(f, "usernames") } })));
    }
  }
  return steps;
}

/**
 * The workflow part of a document's page: steps the user may take, handling form, history.
 * {@code names} are the agency's people by user name, as the page loaded them (people.js).
 */
export async function workflowSection(main, document, session, names) {
  if (document.restricted) return [];
  const [form, events, units] = await Promise.all([
    api(`documents/${document.id}/handling`).catch(() => null),
    api(`documents/${document.id}/workflow`).catch(() => []),
    api("units").catch(() => [])]);
  const people = [...names.values()];
  const steps = stepsFor(main, document, session, form, { people, units });
  const lines = form?.assignments ?? [];
  return [
    steps.length ? el("section", { id: "workflow-steps" }, el("h2", {}, t("workflow.steps")), steps) : null,
    lines.length ? el("section", {}, el("h2", {}, t("workflow.handlingForm")),
      el("table", { id: "handling" }, el("tbody", {}, lines.map((a) => el("tr", { class: a.overdue ? "overdue" : null },
        el("td", {}, t(`handling.role.${a.role}`)), el("td", {}, a.assigneeUser ? personName(names, a.assigneeUser) : a.assigneeUnitName),
        el("td", {}, a.instruction ?? ""), el("td", {}, personName(names, a.assignedBy)), el("td", {}, formatDate(a.deadline)),
        el("td", {}, t(`handling.state.${a.state}`), a.resultNote ? ` — ${a.resultNote}` : "")))))) : null,
    el("section", {}, el("h2", {}, t("workflow.history")),
      events.length === 0 ? el("p", { class: "hint" }, t("workflow.noEvents"))
        : el("table", { id: "workflow-history" }, el("tbody", {}, events.map((e) => el("tr", {},
          el("td", {}, formatDateTime(e.occurredAt)), el("td", {}, personName(names, e.actor)), el("td", {}, t(`workflow.action.${e.action}`)),
          el("td", {}, names.has(e.target) ? personName(names, e.target) : e.target ?? ""), el("td", {}, e.comment ?? ""),
          el("td", { class: "sha" }, e.fileVersion ? t("workflow.seenVersion", { number: e.fileVersion }) : "")))))),
  ];
}
