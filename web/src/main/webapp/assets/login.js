import { api, Problem } from "./api.js";
import { currentLanguage, loadLanguage, t } from "./i18n.js";

const form = document.getElementById("sign-in-form");
const error = document.getElementById("sign-in-error");
const submit = document.getElementById("sign-in");

document.querySelectorAll("[data-lang]").forEach((button) =>
  button.addEventListener("click", () => loadLanguage(button.dataset.lang)));

form.addEventListener("submit", async (event) => {
  event.preventDefault();
  error.hidden = true;
  submit.disabled = true;
  submit.textContent = t("login.signingIn");
  try {
    const session = await api("session", { method: "POST", form: new FormData(form) });
    const preferred = session.user.preferredLanguage;
    if (!localStorage.getItem("lang") && preferred) localStorage.setItem("lang", preferred);
    location.href = "./";
  } catch (e) {
    error.textContent = e instanceof Problem ? e.problem.detail || e.problem.title : String(e);
    error.hidden = false;
    document.getElementById("password").value = "";
  } finally {
    submit.disabled = false;
    submit.textContent = t("login.submit");
  }
});

await loadLanguage(currentLanguage());
