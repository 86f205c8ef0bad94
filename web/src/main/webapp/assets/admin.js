import { api, putFile } from "./api.js";
import { el, submitting } from "./dom.js";
import { t } from "./i18n.js";

const ROLES = ["CLERK", "LEADER", "OFFICER", "ARCHIVIST", "ADMIN"];

function checks(name, options, selected = []) {
  return el("fieldset", { class: "checks" }, el("legend", {}, t(`admin.users.${name === "roles" ? "roles" : "units"}`)),
    options.map((option) => el("label", {},
      el("input", { type: "checkbox", name, value: option.value, checked: selected.includes(option.value) }),
      option.label)));
}

function checked(form, name) {
  return [...form.querySelectorAll(`input[name="${name}"]:checked`)].map((input) => input.value);
}

export async function usersPage(main) {
  const [users, units] = await Promise.all([api("users"), api("units")]);
  const unitOptions = units.map((unit) => ({ value: String(unit.id), label: unit.name }));
  const roleOptions = ROLES.map((role) => ({ value: role, label: t(`role.${role}`) }));
  const message = el("p", { role: "status" });
  const form = el("form", { id: "new-user", novalidate: true },
    el("label", {}, t("admin.users.username"), el("input", { name: "username", required: true })),
    el("label", {}, t("admin.users.fullName"), el("input", { name: "fullName", required: true })),
    el("label", {}, t("admin.users.position"), el("input", { name: "positionTitle" })),
    el("label", {}, t("admin.users.password"), el("input", { name: "password", type: "password", autocomplete: "new-password" })),
    checks("roles", roleOptions), checks("unitIds", unitOptions),
    el("button", { type: "submit" }, t("admin.users.add")));
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    submitting(form, message, async () => {
      const data = new FormData(form);
      const created = await api("users", { method: "POST", body: {
        username: data.get("username"), fullName: data.get("fullName"), positionTitle: data.get("positionTitle"),
        password: data.get("password"), roles: checked(form, "roles"), unitIds: checked(form, "unitIds").map(Number) } });
      await usersPage(main);
      main.querySelector("[role=status]").className = "notice";
      main.querySelector("[role=status]").textContent = t("admin.users.created", { username: created.username });
    });
  });
  const rows = users.map((user) => el("tr", {},
    el("td", {}, user.username), el("td", {}, user.fullName), el("td", {}, user.positionTitle ?? ""),
    el("td", {}, user.roles.map((role) => t(`role.${role}`)).join(", ")),
    el("td", {}, user.unitNames.join(", ")),
    el("td", {}, !user.enabled ? t("admin.users.disabled")
      : user.lockedUntil ? [t("admin.users.lockedUntil", { until: new Date(user.lockedUntil).toLocaleString() }), " ",
        el("button", { type: "button", onclick: async () => { await api(`users/${user.id}/unlock`, { method: "POST" }); usersPage(main); } },
          t("admin.users.unlock"))]
      : t("admin.users.enabled"))));
  main.replaceChildren(
    el("h1", {}, t("admin.users.heading")), message,
    el("table", {}, el("thead", {}, el("tr", {}, ["username", "fullName", "position", "roles", "units", "status"]
      .map((key) => el("th", {}, t(`admin.users.${key}`))))), el("tbody", {}, rows)),
    el("h2", {}, t("admin.users.add")), form);
}

export async function unitsPage(main) {
  const units = await api("units");
  const names = new Map(units.map((unit) => [unit.id, unit.name]));
  const message = el("p", { role: "status" });
  const form = el("form", { id: "new-unit", novalidate: true },
    el("label", {}, t("admin.units.name"), el("input", { name: "name", required: true })),
    el("label", {}, t("admin.units.abbreviation"), el("input", { name: "abbreviation", required: true })),
    el("label", {}, t("admin.units.parent"), el("select", { name: "parentId" },
      el("option", { value: "" }, t("admin.units.none")),
      units.map((unit) => el("option", { value: unit.id }, unit.name)))),
    el("button", { type: "submit" }, t("admin.units.add")));
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    submitting(form, message, async () => {
      const data = new FormData(form);
      const created = await api("units", { method: "POST", body: {
        name: data.get("name"), abbreviation: data.get("abbreviation"),
        parentId: data.get("parentId") ? Number(data.get("parentId")) : null } });
      await unitsPage(main);
      main.querySelector("[role=status]").className = "notice";
      main.querySelector("[role=status]").textContent = t("admin.units.created", { name: created.name });
    });
  });
  main.replaceChildren(
    el("h1", {}, t("admin.units.heading")), message,
    el("table", {}, el("thead", {}, el("tr", {}, ["name", "abbreviation", "parent"].map((key) => el("th", {}, t(`admin.units.${key}`))))),
      el("tbody", {}, units.map((unit) => el("tr", {}, el("td", {}, unit.name), el("td", {}, unit.abbreviation),
        el("td", {}, unit.parentId ? names.get(unit.parentId) : ""))))),
    el("h2", {}, t("admin.units.add")), form, await sealSection(main));
}

/** The organisation's seal image (transparent PNG) the clerk's digital seal shows. */
async function sealSection(main) {
  const seal = await api("signature-images/seal").catch(() => null);
  const input = el("input", { type: "file", name: "image", accept: "image/png", required: true });
  const message = el("span", { role: "status" });
  const form = el("form", { id: "seal-image", class: "inline-form" },
    el("label", {}, t("admin.seal.file"), input), el("button", { type: "submit" }, t("admin.seal.upload")), message);
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    submitting(form, message, async () => {
      await putFile("signature-images/seal", input.files[0]);
      await unitsPage(main);
    });
  });
  const agency = await api("agency");
  const keyMessage = el("span", { role: "status" });
  const keyForm = el("form", { id: "seal-key", class: "inline-form", novalidate: true },
    el("label", {}, t("admin.seal.key.token"), el("input", { name: "tokenLabel", value: agency.sealTokenLabel ?? "" })),
    el("label", {}, t("admin.seal.key.alias"), el("input", { name: "keyAlias", value: agency.sealKeyAlias ?? "" })),
    el("button", { type: "submit" }, t("admin.seal.key.save")), keyMessage);
  keyForm.addEventListener("submit", (event) => {
    event.preventDefault();
    submitting(keyForm, keyMessage, async () => {
      await api("agency/seal-key", { method: "PUT", body: {
        tokenLabel: keyForm.elements.tokenLabel.value, keyAlias: keyForm.elements.keyAlias.value } });
      keyMessage.className = "notice";
      keyMessage.textContent = t("admin.seal.key.saved");
    });
  });
  return el("section", { id: "seal" }, el("h2", {}, t("admin.seal.heading")),
    seal ? el("p", {}, el("img", { src: `api/signature-images/seal/image?v=${seal.sha256}`, alt: t("admin.seal.heading"), class: "seal-preview" }),
      " ", t("admin.seal.size", { width: seal.widthPx, height: seal.heightPx }))
      : el("p", { class: "hint" }, t("admin.seal.none")),
    form, el("h3", {}, t("admin.seal.key.heading")), el("p", { class: "hint" }, t("admin.seal.key.hint")), keyForm);
}
