// UI text comes from the server's resource bundles (GET /api/i18n/{lang}); no text lives here.
const LANGUAGES = ["vi", "en"];
let texts = {};

export function currentLanguage() {
  const chosen = localStorage.getItem("lang");
  return LANGUAGES.includes(chosen) ? chosen : "vi";
}

export async function loadLanguage(language) {
  const response = await fetch(`api/i18n/${language}`, { credentials: "same-origin" });
  texts = await response.json();
  localStorage.setItem("lang", language);
  // The server reads the cookie to answer errors in the same language.
  document.cookie = `lang=${language}; path=/; SameSite=Strict`;
  document.documentElement.lang = language;
  translate(document);
  document.querySelectorAll("[data-lang]").forEach((button) =>
    button.setAttribute("aria-pressed", String(button.dataset.lang === language)));
}

export function t(key, parameters = {}) {
  let text = texts[key] ?? key;
  for (const [name, value] of Object.entries(parameters)) {
    text = text.replaceAll(`{${name}}`, value);
  }
  return text;
}

export function translate(root) {
  root.querySelectorAll("[data-i18n]").forEach((element) => {
    element.textContent = t(element.dataset.i18n);
  });
}
