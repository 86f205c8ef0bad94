// Thống kê: documents received and issued per month, handled on time or late, average handling
// time, open and overdue work, for the agency or one unit; charts by Chart.js, export to XLSX.
import { api } from "./api.js";
import { choice, el, formatDate, submitting } from "./dom.js";
import { t } from "./i18n.js";

const CHART_JS = "webjars/chart.js/4.4.7/dist/chart.umd.js";
const COLOURS = { received: "#1f5fa8", issued: "#b3261e", onTime: "#2e7d32", late: "#e65100", rate: "#1f5fa8" };

let chartLibrary;
/** Loads Chart.js once, on the first visit of the dashboard (the other pages do not need it). */
function charts() {
  chartLibrary ??= new Promise((resolve, reject) => {
    const script = el("script", { src: CHART_JS });
    script.addEventListener("load", () => resolve(window.Chart));
    script.addEventListener("error", () => { chartLibrary = undefined; reject(new Error(CHART_JS)); });
    document.head.append(script);
  });
  return chartLibrary;
}

const number = (value) => (value === null || value === undefined ? "—" : value.toLocaleString(document.documentElement.lang || "vi"));

function card(key, value, warn) {
  return el("div", { class: warn ? "kpi warning" : "kpi", "data-kpi": key },
    el("span", { class: "kpi-value" }, value), el("span", { class: "kpi-label" }, t(`dashboard.${key}`)));
}

function chartBox(id, titleKey) {
  return el("figure", { class: "chart" }, el("figcaption", {}, t(titleKey)),
    el("div", { class: "chart-area" }, el("canvas", { id, role: "img", "aria-label": t(titleKey) })));
}

function figuresCells(f) {
  return [f.received, f.issued, f.handled, f.handledOnTime, f.handledLate, f.onTimePercent, f.averageHandlingDays].map((v) => el("td", { class: "num" }, number(v)));
}

export async function dashboardPage(main, session) {
  const units = await api("units");
  const thisYear = new Date().getFullYear();
  const years = Array.from({ length: 6 }, (_, i) => thisYear - i);
  let unitOptions = units.map((u) => ({ value: u.id, label: u.name }));
  const controls = el("form", { id: "dashboard-filters", class: "filters" },
    el("label", {}, t("dashboard.year"), choice("year", years.map((y) => ({ value: y, label: y })), { selected: thisYear })),
    el("label", {}, t("dashboard.scope"), choice("unitId", unitOptions, { empty: t("dashboard.agency") })),
    el("button", { type: "submit" }, t("dashboard.show")));
  const message = el("p", { role: "status" });
  const result = el("div", { id: "dashboard" });
  const drawn = [];

  async function show() {
    const params = new URLSearchParams({ year: controls.elements.year.value });
    if (controls.elements.unitId.value) params.set("unitId", controls.elements.unitId.value);
    let dashboard;
    try {
      dashboard = await api(`dashboard?${params}`);
    } catch (e) {
      // A unit's leader may see only the units they lead: offer those, starting with the first.
      const own = units.filter((u) => session.user.unitIds.includes(u.id));
      if (e?.problem?.status === 403 && !controls.elements.unitId.value && own.length) {
        unitOptions = own.map((u) => ({ value: u.id, label: u.name }));
        controls.elements.unitId.replaceWith(choice("unitId", unitOptions, { selected: own[0].id }));
        return show();
      }
      throw e;
    }
    const unitScope = dashboard.unitId !== null && dashboard.unitId !== undefined;
    const total = dashboard.total;
    drawn.splice(0).forEach((chart) => chart.destroy());
    const months = dashboard.months;
    result.replaceChildren(
      el("h2", {}, `${dashboard.scopeName} — ${dashboard.year}`),
      el("p", { class: "hint" }, t("dashboard.asOf", { date: formatDate(dashboard.asOf) }), " ",
        el("a", { class: "button", href: `api/dashboard/export?${params}`, download: "" }, t("dashboard.export"))),
      el("div", { class: "kpis" },
        card(unitScope ? "receivedUnit" : "received", number(total.received)),
        card("issued", number(total.issued)),
        card("handled", number(total.handled)),
        card("onTimePercent", total.onTimePercent === null || total.onTimePercent === undefined ? "—" : `${number(total.onTimePercent)} %`),
        card("averageDays", number(total.averageHandlingDays)),
        card("open", number(total.open)),
        card("overdue", number(total.overdue), total.overdue > 0)),
      el("div", { class: "charts" },
        chartBox("chart-documents", "dashboard.chartDocuments"),
        chartBox("chart-handling", "dashboard.chartHandling"),
        unitScope ? null : chartBox("chart-units", "dashboard.chartUnits")),
      el("h3", {}, t("dashboard.byMonth")),
      el("table", { id: "dashboard-months", class: "figures" },
        el("thead", {}, el("tr", {}, ["month", unitScope ? "receivedUnit" : "received", "issued", "handled", "onTime", "late", "onTimePercent", "averageDays"]
          .map((k) => el("th", {}, t(`dashboard.${k}`))))),
        el("tbody", {}, months.map((m) => el("tr", { "data-month": m.month }, el("th", { scope: "row" }, t("dashboard.monthName", { month: m.month })), figuresCells(m.figures))),
          el("tr", { class: "total", "data-month": "total" }, el("th", { scope: "row" }, t("dashboard.total")), figuresCells(total)))),
      unitScope ? null : el("h3", {}, t("dashboard.byUnit")),
      unitScope ? null : el("table", { id: "dashboard-units", class: "figures" },
        el("thead", {}, el("tr", {}, ["unit", "receivedUnit", "issued", "handled", "onTime", "late", "onTimePercent", "averageDays", "open", "overdue"]
          .map((k) => el("th", {}, t(`dashboard.${k}`))))),
        el("tbody", {}, dashboard.units.map((u) => el("tr", { "data-unit": u.unitId, class: u.figures.overdue ? "overdue" : null },
          el("th", { scope: "row" }, u.unitName), figuresCells(u.figures),
          el("td", { class: "num" }, number(u.figures.open)), el("td", { class: "num" }, number(u.figures.overdue)))))),
      el("p", { class: "hint" }, t("dashboard.definitions")));

    let Chart;
    try {
      Chart = await charts();
    } catch {
      message.className = "warning";
      message.textContent = t("dashboard.noCharts");
      return;
    }
    const labels = months.map((m) => t("dashboard.monthShort", { month: m.month }));
    const options = { responsive: true, maintainAspectRatio: false, animation: false, plugins: { legend: { position: "bottom" } } };
    drawn.push(new Chart(document.getElementById("chart-documents"), {
      type: "bar", options,
      data: { labels, datasets: [
        { label: t(unitScope ? "dashboard.receivedUnit" : "dashboard.received"), data: months.map((m) => m.figures.received), backgroundColor: COLOURS.received },
        { label: t("dashboard.issued"), data: months.map((m) => m.figures.issued), backgroundColor: COLOURS.issued }] } }));
    drawn.push(new Chart(document.getElementById("chart-handling"), {
      type: "bar", options: { ...options, scales: { x: { stacked: true }, y: { stacked: true } } },
      data: { labels, datasets: [
        { label: t("dashboard.onTime"), data: months.map((m) => m.figures.handledOnTime), backgroundColor: COLOURS.onTime },
        { label: t("dashboard.late"), data: months.map((m) => m.figures.handledLate), backgroundColor: COLOURS.late }] } }));
    if (!unitScope) {
      drawn.push(new Chart(document.getElementById("chart-units"), {
        type: "bar", options: { ...options, indexAxis: "y", scales: { x: { min: 0, max: 100 } }, plugins: { legend: { display: false } } },
        data: { labels: dashboard.units.map((u) => u.unitName),
          datasets: [{ label: t("dashboard.onTimePercent"), data: dashboard.units.map((u) => u.figures.onTimePercent), backgroundColor: COLOURS.rate }] } }));
    }
    result.dataset.charts = String(drawn.length);
  }

  controls.addEventListener("submit", (event) => {
    event.preventDefault();
    submitting(controls, message, show);
  });
  main.replaceChildren(el("h1", {}, t("dashboard.heading")), controls, message, result);
  await submitting(controls, message, show);
}
