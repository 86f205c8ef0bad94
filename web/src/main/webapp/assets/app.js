import { api, setCsrfToken } from "./api.js";
import { el } from "./dom.js";
import { currentLanguage, loadLanguage, t } from "./i18n.js";
import { unitsPage, usersPage } from "./admin.js";
import { documentPage, incomingPage, outgoingPage } from "./documents.js";
import { inboxPage } from "./workflow.js";
import { dashboardPage } from "./dashboard.js";
import { adminRegistersPage, auditPage, registersPage } from "./registers.js";
import { searchPage } from "./search.js";
import { comparePage } from "./compare.js";
import { agenciesPage } from "./platform.js";
import { exchangeIncomingPage, partnersPage } from "./exchange.js";
import { archivePage } from "./archive.js";

let session;

const pages = {
  "#/": homePage,
  "#/admin/users": usersPage,
  "#/admin/units": unitsPage,
  "#/incoming": incomingPage,
  "#/outgoing": outgoingPage,
  "#/drafts": outgoingPage,
  "#/registers": registersPage,
  "#/admin/registers": adminRegistersPage,
  "#/admin/audit": auditPage,
  "#/approvals": inboxPage,
  "#/tasks": inboxPage,
  "#/inbox": inboxPage,
  "#/dashboard": dashboardPage,
  "#/search": searchPage,
  "#/platform/agencies": agenciesPage,
  "#/exchange/incoming": exchangeIncomingPage,
  "#/platform/partners": partnersPage,
  "#/archive": archivePage,
};

function homePage(main) {
  const user = session.user;
  main.replaceChildren(
    el("h1", {}, t("home.welcome", { name: user.fullName })),
    el("p", {}, t("home.roles"), " ", user.roles.map((role) => t(`role.${role}`)).join(", ")),
    el("p", {}, t("home.units"), " ", user.unitNames.join(", ")),
    el("p", {}, t("home.intro")));
}

/**
 * On a narrow screen tables read as stacked cards: each cell carries its column's heading, shown
 * before it (style.css). Tables are labelled as pages draw them, however often they redraw.
 */
function labelTableCells(root) {
  for (const table of root.querySelectorAll("table")) {
    const headings = [...table.querySelectorAll("thead th")].map((th) => th.textContent.trim());
    if (!headings.length) continue;
    for (const row of table.querySelectorAll("tbody tr")) {
      [...row.children].forEach((cell, i) => {
        if (headings[i] && cell.dataset.label !== headings[i]) cell.dataset.label = headings[i];
      });
    }
  }
}

/** The menu folds into a button on a phone; choosing a page folds it again. */
function setMenuOpen(open) {
  document.querySelector(".layout").classList.toggle("menu-open", open);
  document.getElementById("menu-toggle").setAttribute("aria-expanded", String(open));
}

async function render() {
  setMenuOpen(false);
  const route = location.hash || "#/";
  // Each page renders into its own element: a slow page the user has left already finishes in an
  // element no longer shown, instead of covering the page opened after it.
  const main = el("div", { class: "page" });
  document.getElementById("content").replaceChildren(main);
  try {
    await show(route, main);
  } catch (e) {
    // A page the server refuses (not found, not allowed, a file it cannot read) says why.
    if (!e.problem) throw e;
    main.replaceChildren(el("h1", {}, e.problem.title ?? ""),
      el("p", { class: "error", role: "alert" }, [e.problem.detail, ...(e.problem.errors ?? []).map((x) => x.message)]
        .filter(Boolean).join(" — ")));
  }
}

function show(route, main) {
  const documentId = route.match(/^#\/documents\/(\d+)$/)?.[1];
  if (documentId) return documentPage(main, documentId, session);
  const comparison = route.match(/^#\/compare\?(.+)$/)?.[1];
  if (comparison) return comparePage(main, new URLSearchParams(comparison));
  const item = session.navigation.find((entry) => entry.route === route) ?? session.navigation[0];
  document.querySelectorAll("#menu-items a").forEach((link) => {
    if (link.getAttribute("href") === item.route) link.setAttribute("aria-current", "page");
    else link.removeAttribute("aria-current");
  });
  // Every route of the menu has its page (Navigation lists only those); an unknown one is home.
  return (pages[item.route] ?? homePage)(main, session, item);
}

function renderShell() {
  document.getElementById("agency-name").textContent = session.agencyName;
  document.getElementById("user-name").textContent = session.user.fullName;
  document.getElementById("menu-items").replaceChildren(...session.navigation.map((item) =>
    el("li", {}, el("a", { href: item.route, "data-nav": item.key }, t(`nav.${item.key}`)))));
}

async function switchLanguage(language) {
  await loadLanguage(language);
  await api("session/language", { method: "PUT", body: { language } });
  renderShell();
  await render();
}

async function start() {
  session = await api("session");
  setCsrfToken(session.csrfToken);
  await loadLanguage(localStorage.getItem("lang") ? currentLanguage() : session.user.preferredLanguage ?? "vi");
  renderShell();
  document.querySelectorAll("[data-lang]").forEach((button) =>
    button.addEventListener("click", () => switchLanguage(button.dataset.lang)));
  document.getElementById("sign-out").addEventListener("click", async () => {
    await api("session", { method: "DELETE" });
    location.href = "login.html";
  });
  window.addEventListener("hashchange", render);
  document.getElementById("menu-toggle").addEventListener("click", () =>
    setMenuOpen(!document.querySelector(".layout").classList.contains("menu-open")));
  const content = document.getElementById("content");
  new MutationObserver(() => labelTableCells(content)).observe(content, { childList: true, subtree: true });
  await render();
}

start();
