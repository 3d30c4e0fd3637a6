/**
 * The preview of the selected table: what it is, where it comes from, its first rows as the cell plan
 * computes them, and a small chart where the table is a series.
 */
import type { CellPlan } from "../core/cellPlanTypes";
import type { CatalogueEntry } from "./catalogueEntries";
import { cellText } from "./cellText";
import { clear, el } from "./dom";
import { ui } from "../i18n/ui/current";

/** Body rows shown; the full table goes into the workbook or the CSV. */
const PREVIEW_ROWS = 8;
/** Publishers listed in full before the list folds. */
const SOURCES_SHOWN = 4;

function previewTable(plan: CellPlan, title: string): HTMLElement {
  const t = plan.table;
  const header = plan.values[t.row].slice(t.col, t.col + t.colCount);
  const bodyCount = Math.min(PREVIEW_ROWS, t.rowCount - 1);
  const headRow = el(
    "tr",
    {},
    header.map((h) => el("th", { text: h === null ? "" : String(h), attrs: { scope: "col" } }))
  );
  const body = el("tbody");
  for (let r = t.row + 1; r <= t.row + bodyCount; r++) {
    const row = el("tr");
    for (let c = t.col; c < t.col + t.colCount; c++) {
      const value = plan.values[r][c];
      const cell = el(
        c === t.col ? "th" : "td",
        { className: typeof value === "number" ? "num" : "" },
        [
          // Long texts (notes, claims) are clamped to a few lines on screen; the whole text stays in the DOM.
          el("span", { className: "clamp", text: cellText(value, plan.numberFormats[r][c]) }),
        ]
      );
      if (c === t.col) cell.setAttribute("scope", "row");
      row.appendChild(cell);
    }
    body.appendChild(row);
  }
  const rowsNote =
    bodyCount < t.rowCount - 1
      ? ui("firstRows", { shown: bodyCount, total: t.rowCount - 1 })
      : ui("allRows", { count: bodyCount });
  const table = el("table", { className: "preview-table" }, [
    el("caption", {
      className: "visually-hidden",
      text: ui("previewCaption", { title, rows: rowsNote }),
    }),
    el("thead", {}, [headRow]),
    body,
  ]);
  // The signs (~, <, >, ≥) the cells show are explained under the table, as in the sheet and the CSV.
  const legend = plan.legend;
  // The table may be wider than the pane: it scrolls on its own, and takes focus so keys can scroll it.
  return el("div", {}, [
    el(
      "div",
      {
        className: "table-scroll",
        attrs: {
          tabindex: "0",
          role: "region",
          "aria-label": ui("previewRegion", { rows: rowsNote }),
        },
      },
      [table]
    ),
    el("p", { className: "caption", text: rowsNote }),
    ...(legend ? [el("p", { className: "caption legend", text: legend })] : []),
  ]);
}

/** Publishers in one line, or folded behind their count where there are many. */
function sourcesList(publishers: string[]): Node {
  if (publishers.length === 0) return document.createTextNode(ui("noneCited"));
  if (publishers.length <= SOURCES_SHOWN)
    return document.createTextNode(publishers.join(ui("listSeparator")));
  return el("details", { className: "sources" }, [
    el("summary", {
      text: ui("listAndMore", {
        list: publishers.slice(0, 2).join(ui("listSeparator")),
        count: publishers.length - 2,
      }),
    }),
    el("p", { text: publishers.join(ui("listSeparator")) }),
  ]);
}

function chartLabel(entry: CatalogueEntry): string {
  return ui(entry.table.chart?.kind === "line" ? "lineChart" : "columnChart", {
    title: entry.text.title,
  });
}

/** Fills the heading and body of the preview section for one catalogue entry. */
export function renderPreview(
  heading: HTMLElement,
  body: HTMLElement,
  entry: CatalogueEntry
): void {
  heading.textContent = entry.text.title;
  clear(body);
  body.appendChild(el("p", { className: "preview-description", text: entry.text.description }));
  const meta = el("dl", { className: "preview-meta" }, [
    el("dt", { text: ui("periodLabel") }),
    el("dd", { text: entry.text.period }),
    el("dt", { text: ui("sourcesLabel") }),
    el("dd", {}, [sourcesList(entry.publishers)]),
  ]);
  body.appendChild(meta);
  if (entry.differs) {
    body.appendChild(
      el("p", { className: "notice" }, [
        el("span", { className: "badge badge-warning", text: ui("differsBadge") }),
        document.createTextNode(` ${ui("differsNotice")}`),
      ])
    );
  }
  body.appendChild(previewTable(entry.plan, entry.text.title));
  // The chart's code is fetched with the first preview, not at the pane's start; the mark keeps its
  // place, and a preview replaced meanwhile (the mark gone) gets no stale chart.
  const mark = document.createComment("chart");
  body.appendChild(mark);
  void import("./chartSvg").then(({ chartDataFromPlan, drawChart }) => {
    const chart = chartDataFromPlan(entry.plan);
    if (mark.isConnected && chart && chart.series.some((s) => s.values.some((v) => v !== null)))
      mark.replaceWith(drawChart(chart, chartLabel(entry)));
  });
}
