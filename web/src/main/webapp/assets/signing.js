// Ký số on a document's page: the signing leader signs the approved PDF with the USB token
// through the signing agent on their own PC; anyone who reads a PDF checks its signatures.
import { api, Problem, putFile } from "./api.js";
import { el, formatDateTime, submitting } from "./dom.js";
import { t } from "./i18n.js";

/** Where the signing agent listens; a PC with another port sets it once in the browser. */
export function agentUrl() {
  return localStorage.getItem("eoffice.signingAgent") ?? "http://127.0.0.1:8686";
}

/** Thrown when the agent answers with an error or cannot be reached. */
class AgentFailure extends Error {
  constructor(code, message) {
    super(message);
    this.code = code;
  }
}

async function agent(path, body) {
  let response;
  try {
    response = await fetch(`${agentUrl()}${path}`, body === undefined ? {}
      : { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });
  } catch (e) {
    // Not running, another port, this server not on its allow-list, or the browser's
    // local-network-access permission refused: the browser says no more than that.
    throw new AgentFailure("UNREACHABLE", e.message);
  }
  const data = await response.json().catch(() => ({}));
  if (!response.ok) throw new AgentFailure(data.error ?? "BAD_REQUEST", data.message ?? `HTTP ${response.status}`);
  return data;
}

/** The "Ký số" panel for the leader who approved the draft. */
export function signingPanel(main, document, session, reload) {
  if (document.direction !== "OUTGOING" || document.status !== "APPROVED"
      || document.approvedBy !== session.user.username) return null;
  const status = el("p", { id: "sign-status", role: "status" });
  const certificates = el("select", { name: "certificate", id: "sign-certificate", hidden: true });
  const imageForm = signatureImageForm(status);
  const button = el("button", { type: "button", class: "primary", id: "sign-button" }, t("signing.sign"));
  const say = (key, parameters, kind = "notice") => {
    status.className = kind;
    status.textContent = t(key, parameters);
  };
  button.addEventListener("click", async () => {
    button.disabled = true;
    try {
      say("signing.progress.agent");
      const listed = (await agent("/certificates")).certificates;
      if (!listed.length) throw new AgentFailure("NO_CERTIFICATE", "");
      let chosen = listed.find((c) => c.id === certificates.value) ?? listed[0];
      if (listed.length > 1 && certificates.hidden) {
        certificates.replaceChildren(...listed.map((c) => el("option", { value: c.id },
          `${c.subject} (${t("signing.validUntil", { date: formatDateTime(c.notAfter) })})`)));
        certificates.hidden = false;
        say("signing.chooseCertificate");
        return;
      }
      say("signing.progress.prepare");
      const challenge = await api(`outgoing-documents/${document.id}/signature/prepare`,
        { method: "POST", body: { certificateChain: chosen.chain } });
      say("signing.progress.token");
      const signed = await agent("/sign", { certificateId: chosen.id, algorithm: challenge.algorithm,
        dataToSign: challenge.dataToSign, notation: challenge.notation, subject: challenge.subject });
      say("signing.progress.complete");
      await api(`outgoing-documents/${document.id}/signature/complete`,
        { method: "POST", body: { requestId: challenge.requestId, signatureValue: signed.signatureValue } });
      say("signing.done", {}, "success");
      await reload();
    } catch (e) {
      if (e instanceof AgentFailure) say(`signing.agent.${e.code}`, { url: agentUrl(), detail: e.message }, "error");
      else if (e instanceof Problem) {
        status.className = "error";
        status.textContent = [e.problem.title, ...(e.problem.errors ?? []).map((x) => x.message)].filter(Boolean).join(" — ");
        if ((e.problem.errors ?? []).some((x) => x.rule === "SignatureImageMissing")) imageForm.hidden = false;
      } else throw e;
    } finally {
      button.disabled = false;
    }
  });
  return el("section", { id: "signing" }, el("h2", {}, t("signing.heading")),
    el("p", { class: "hint" }, t("signing.hint", { url: agentUrl() })), certificates, button, status, imageForm);
}

/** Upload of the user's own signature image (transparent PNG), shown when it is missing. */
function signatureImageForm(status) {
  const input = el("input", { type: "file", name: "image", accept: "image/png" });
  const message = el("span", { role: "status" });
  const form = el("form", { class: "inline-form", id: "signature-image", hidden: true },
    el("label", {}, t("signing.imageLabel"), input), el("button", { type: "submit" }, t("signing.imageUpload")), message);
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    if (!input.files.length) return;
    submitting(form, message, async () => {
      await putFile("signature-images/mine", input.files[0]);
      form.hidden = true;
      status.className = "notice";
      status.textContent = t("signing.imageSaved");
    });
  });
  return form;
}

/** "Kiểm tra chữ ký số" for the current version of a PDF: the readable report and DSS's own. */
export function signatureCheck(document) {
  const file = document.files?.[0];
  const version = file?.versions.at(-1);
  if (document.restricted || !version || version.mediaType !== "application/pdf") return null;
  const result = el("div", { id: "signature-report" });
  const button = el("button", { type: "button", id: "check-signatures" }, t("signing.check"));
  button.addEventListener("click", async () => {
    button.disabled = true;
    try {
      const report = await api(`documents/${document.id}/files/${file.id}/signatures?version=${version.number}`);
      const dss = el("a", { class: "download", href: `api/documents/${document.id}/files/${file.id}/signatures/report?version=${version.number}` },
        t("signing.dssReport"));
      result.replaceChildren(report.signatures.length === 0 ? el("p", { class: "hint" }, t("signing.noSignatures"))
        : el("table", { id: "signatures" },
          el("thead", {}, el("tr", {}, ["signedBy", "signingTime", "level", "status"].map((k) => el("th", {}, t(`signing.column.${k}`))))),
          el("tbody", {}, report.signatures.map((s) => el("tr", { class: s.status === "VALID" ? null : "overdue" },
            el("td", {}, s.signedBy ?? ""), el("td", {}, formatDateTime(s.signingTime)), el("td", {}, s.level ?? ""),
            el("td", { "data-status": s.status }, t(`signing.status.${s.status}`),
              s.errors.length ? el("div", { class: "hint" }, s.errors.join("; ")) : null))))),
      el("p", {}, dss));
    } catch (e) {
      if (e instanceof Problem) result.replaceChildren(el("p", { class: "error" }, e.problem.title));
      else throw e;
    } finally {
      button.disabled = false;
    }
  });
  return el("section", { id: "signature-check" }, el("h2", {}, t("signing.checkHeading")), button, result);
}
