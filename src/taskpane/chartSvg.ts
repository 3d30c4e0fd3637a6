/**
 * The preview's small chart, drawn as SVG by hand: grouped columns or lines over the table's categories
 * (years or places). Colours come from CSS classes (series-0, series-1…), so the theme applies to them.
 */
import type { CellPlan } from "../core/cellPlanTypes";
import { activeLanguage } from "../i18n/activeLanguage";
import { localeOf } from "../i18n/fill";
import { ui } from "../i18n/ui/current";
import { el, svgEl } from "./dom";

export interface ChartSeries {
  name: string;
  /** `null` where the source reports nothing: a gap, never a zero. */
  values: (number | null)[];
}

export interface ChartData {
  kind: "column" | "line";
  /** What the categories are (the category column's header). */
  categoryName: string;
  categories: string[];
  series: ChartSeries[];
  /** The Excel number format of the first series' cells: the axis reads in the same unit (tonnes, %). */
  numberFormat: string;
}

function cellString(value: unknown): string {
  return value === null || value === undefined ? "" : String(value);
}

/** The chart the plan asks for, read from the plan's table body; undefined where it asks for none. */
export function chartDataFromPlan(plan: CellPlan): ChartData | undefined {
  const hint = plan.chart;
  if (!hint) return undefined;
  const header = plan.values[plan.table.row];
  const body = plan.values.slice(plan.table.row + 1, plan.table.row + plan.table.rowCount);
  const firstBody = plan.table.row + 1;
  return {
    kind: hint.kind,
    numberFormat: plan.numberFormats[firstBody]?.[hint.valueColumns[0]] ?? "General",
    categoryName: cellString(header[hint.categoryColumn]),
    categories: body.map((row) => cellString(row[hint.categoryColumn])),
    series: hint.valueColumns.map((col) => ({
      name: cellString(header[col]),
      values: body.map((row) => (typeof row[col] === "number" ? (row[col] as number) : null)),
    })),
  };
}

/** 1, 2 or 5 times a power of ten, at least `value`: axis tops that read well. */
function niceCeiling(value: number): number {
  if (value <= 0) return 1;
  const power = Math.pow(10, Math.floor(Math.log10(value)));
  for (const step of [1, 2, 5, 10]) if (step * power >= value) return step * power;
  return 10 * power;
}

/** Axis labels: percentages where the cells are, otherwise short numbers ("1.5K", "20"). */
function tickText(n: number, numberFormat: string): string {
  const locale = localeOf(activeLanguage());
  return numberFormat.includes("%")
    ? n.toLocaleString(locale, { style: "percent", maximumFractionDigits: 1 })
    : n.toLocaleString(locale, { notation: "compact", maximumFractionDigits: 1 });
}

/** Distinct series colours in the stylesheet (series-0 … series-7). */
const SERIES_COLOURS = 8;
const WIDTH = 300;
const HEIGHT = 168;
const MARGIN = { top: 8, right: 8, bottom: 24, left: 36 };

/** A `figure` holding the SVG chart and, for several series, a legend. */
export function drawChart(data: ChartData, label: string): HTMLElement {
  const plotW = WIDTH - MARGIN.left - MARGIN.right;
  const plotH = HEIGHT - MARGIN.top - MARGIN.bottom;
  const all = data.series.flatMap((s) => s.values).filter((v): v is number => v !== null);
  const top = niceCeiling(Math.max(0, ...all));
  const bottom = Math.min(0, ...all) < 0 ? -niceCeiling(-Math.min(...all)) : 0;
  const y = (v: number): number => MARGIN.top + plotH - ((v - bottom) / (top - bottom)) * plotH;
  const n = data.categories.length;
  const band = plotW / Math.max(1, n);
  const x = (i: number): number => MARGIN.left + band * i + band / 2;

  const svg = svgEl("svg", {
    viewBox: `0 0 ${WIDTH} ${HEIGHT}`,
    class: "chart-svg",
    role: "img",
    "aria-label": label,
  });
  svg.appendChild(svgEl("title", {}, label));

  for (const tick of bottom < 0 ? [bottom, 0, top] : [0, top / 2, top]) {
    svg.appendChild(
      svgEl("line", {
        class: "chart-grid",
        x1: MARGIN.left,
        x2: WIDTH - MARGIN.right,
        y1: y(tick),
        y2: y(tick),
      })
    );
    svg.appendChild(
      svgEl(
        "text",
        { class: "chart-tick", x: MARGIN.left - 4, y: y(tick) + 3, "text-anchor": "end" },
        tickText(tick, data.numberFormat)
      )
    );
  }

  // Every category label where they fit, otherwise every second, third…
  const every = Math.ceil(n / Math.max(1, Math.floor(plotW / 44)));
  const maxChars = Math.max(3, Math.floor((band * every) / 5.5));
  data.categories.forEach((category, i) => {
    if (i % every !== 0) return;
    const text = category.length > maxChars ? category.slice(0, maxChars - 1) + "…" : category;
    svg.appendChild(
      svgEl("text", { class: "chart-tick", x: x(i), y: HEIGHT - 8, "text-anchor": "middle" }, text)
    );
  });

  data.series.forEach((series, s) => {
    const group = svgEl("g", { class: `chart-series series-${s % SERIES_COLOURS}` });
    if (data.kind === "column") {
      const barW = (band * 0.75) / data.series.length;
      series.values.forEach((v, i) => {
        if (v === null) return;
        const left = x(i) - (band * 0.75) / 2 + barW * s;
        group.appendChild(
          svgEl("rect", {
            x: left.toFixed(1),
            y: Math.min(y(v), y(0)).toFixed(1),
            width: Math.max(1, barW - 1).toFixed(1),
            height: Math.abs(y(0) - y(v)).toFixed(1),
          })
        );
      });
    } else {
      // A gap in the data breaks the line rather than bridging it.
      let points: string[] = [];
      const flush = (): void => {
        if (points.length > 1) group.appendChild(svgEl("polyline", { points: points.join(" ") }));
        points = [];
      };
      series.values.forEach((v, i) => {
        if (v === null) return flush();
        points.push(`${x(i).toFixed(1)},${y(v).toFixed(1)}`);
        group.appendChild(svgEl("circle", { cx: x(i).toFixed(1), cy: y(v).toFixed(1), r: 2.5 }));
      });
      flush();
    }
    svg.appendChild(group);
  });

  const figure = el("figure", { className: "chart" }, [svg]);
  if (data.series.length > 1) {
    const legend = el("ul", {
      className: "chart-legend",
      attrs: { "aria-label": ui("chartLegend") },
    });
    data.series.forEach((series, s) => {
      legend.appendChild(
        el("li", {}, [
          el("span", {
            className: `swatch series-${s % SERIES_COLOURS}`,
            attrs: { "aria-hidden": "true" },
          }),
          document.createTextNode(series.name),
        ])
      );
    });
    figure.appendChild(legend);
  }
  return figure;
}
