import { api } from "./api.js";
import { el, submitting } from "./dom.js";
import { t } from "./i18n.js";

const FIELDS = ["name", "abbreviation", "organisationCode", "address", "email", "telephone", "placeName"];
const LABELS = { organisationCode: "code" };

/** The agencies in tree order: each under its parent, with its depth. */
function tree(agencies) {
  const children = new Map();
  agencies.forEach((agency) => {
    const list = children.get(agency.parentId ?? null) ?? [];
    list.push(agency);
    children.set(agency.parentId ?? null, list);
  });
  const ordered = [];
  const known = new Set(agencies.map((agency) => agency.id));
  const visit = (agency, depth) => {
    ordered.push({ agency, depth });
    (children.get(agency.id) ?? []).forEach((child) => visit(child, depth + 1));
  };
  agencies.filter((agency) => agency.parentId == null || !known.has(agency.parentId))
    .forEach((root) => visit(root, 0));
  return ordered;
}

function agencyForm(agencies, agency, done) {
  const message = el("p", { role: "status" });
  const form = el("form", { id: agency ? "edit-agency" : "new-agency", novalidate: true },
    FIELDS.map((field) => el("label", {}, t(`platform.agencies.${LABELS[field] ?? field}`),
      el("input", { name: field, value: agency?.[field] ?? "", required: field === "name" || field === "abbreviation" }))),
    el("label", {}, t("platform.agencies.parent"), el("select", { name: "parentId" },
      el("option", { value: "" }, t("platform.agencies.none")),
      agencies.filter((other) => other.id !== agency?.id).map((other) =>
        el("option", { value: other.id, selected: other.id === agency?.parentId }, other.name)))),
    el("button", { type: "submit" }, t(agency ? "platform.agencies.save" : "platform.agencies.add")), message);
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    submitting(form, message, async () => {
      const data = new FormData(form);
      const body = Object.fromEntries(FIELDS.map((field) => [field, data.get(field)]));
      body.parentId = data.get("parentId") ? Number(data.get("parentId")) : null;
      const saved = await api(agency ? `agencies/${agency.id}` : "agencies", { method: agency ? "PUT" : "POST", body });
      await done(t(agency ? "platform.agencies.saved" : "platform.agencies.created", { name: saved.name }));
    });
  });
  return form;
}

function administratorForm(agency, done) {
  const message = el("p", { role: "status" });
  const form = el("form", { id: "agency-administrator", novalidate: true },
    el("label", {}, t("platform.agencies.username"), el("input", { name: "username", required: true })),
    el("label", {}, t("platform.agencies.fullName"), el("input", { name: "fullName", required: true })),
    el("label", {}, t("platform.agencies.password"),
      el("input", { name: "password", type: "password", autocomplete: "new-password", required: true })),
    el("button", { type: "submit" }, t("platform.agencies.createAdministrator")), message);
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    submitting(form, message, async () => {
      const data = new FormData(form);
      await api(`agencies/${agency.id}/administrator`, { method: "POST", body: {
        username: data.get("username"), fullName: data.get("fullName"), password: data.get("password") } });
      await done(t("platform.agencies.administratorCreated", { username: data.get("username"), name: agency.name }));
    });
  });
  return form;
}

/** The platform administrator's page: the agencies' tree, a new agency, its details and first administrator. */
export async function agenciesPage(main, notice = null, chosen = null) {
  const agencies = await api("agencies");
  const reload = (text, id = null) => agenciesPage(main, text, id);
  const selected = agencies.find((agency) => agency.id === chosen) ?? null;
  const rows = tree(agencies).map(({ agency, depth }) => el("tr", { "data-agency": agency.id },
    el("td", { style: `padding-left: ${0.5 + depth * 1.5}em` }, agency.name),
    el("td", {}, agency.abbreviation), el("td", {}, agency.organisationCode ?? ""),
    el("td", {}, String(agency.people)),
    el("td", {}, t(agency.active ? "platform.agencies.active" : "platform.agencies.inactive")),
    el("td", {},
      el("button", { type: "button", class: "edit", onclick: () => reload(null, agency.id) }, t("platform.agencies.edit")), " ",
      el("button", { type: "button", onclick: async () => {
        await api(`agencies/${agency.id}/${agency.active ? "deactivate" : "activate"}`, { method: "POST" });
        await reload(null);
      } }, t(agency.active ? "platform.agencies.deactivate" : "platform.agencies.activate")))));
  const status = el("p", { role: "status", id: "platform-status", class: notice ? "notice" : "" }, notice ?? "");
  main.replaceChildren(
    el("h1", {}, t("platform.agencies.heading")), status,
    el("table", { id: "agencies" }, el("thead", {}, el("tr", {},
      ["name", "abbreviation", "code", "people", "status"].map((key) => el("th", {}, t(`platform.agencies.${key}`))),
      el("th", {}))), el("tbody", {}, rows)),
    selected
      ? el("section", { id: "agency" }, el("h2", {}, selected.name),
        agencyForm(agencies, selected, (text) => reload(text, selected.id)),
        el("h3", {}, t("platform.agencies.administratorOf", { name: selected.name })),
        administratorForm(selected, (text) => reload(text, selected.id)))
      : el("section", {}, el("h2", {}, t("platform.agencies.add")),
        agencyForm(agencies, null, async (text) => {
          const created = (await api("agencies")).reduce((newest, agency) => (agency.id > newest.id ? agency : newest));
          await reload(text, created.id);
        })));
}
