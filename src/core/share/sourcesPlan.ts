/**
 * The Sources sheet: every curated table in the workbook, every figure the tables and the DESK functions
 * use, every exchange rate the functions applied, and every source behind them with a link, so that an
 * editor without the add-in can check each number.
 */
import type { CellValue } from "../cellPlanTypes";
import type { Figure, Source, TableDef, Unit } from "../../data/types";
import type { RateUse } from "../usage/usageLog";
import type { SheetPlan } from "./sheetPlan";
import { TEXT_FORMAT } from "./literal";
import { DATASET_VERSION_LABEL } from "../csv";

/** First cell of the Sources sheet: tells our sheet apart from a user's sheet called "Sources". */
export const SOURCES_MARKER = "Sources (written by Seizure Desk)";
export const SOURCES_SHEET_NAME = "Sources";
/** The name used when a user's own sheet is already called "Sources". */
export const SOURCES_FALLBACK_NAME = "Sources (Seizure Desk)";

/** Look-ups into the curated dataset. */
export interface SourcesData {
  figureById(id: string): Figure | undefined;
  sourceById(id: string): Source | undefined;
  /** The full citation of a figure: its sources, as a reader cites them. */
  citation(figure: Figure): string;
  /** The dataset version the figures come from (see DATASET_VERSION), named on the sheet. */
  datasetVersion: string;
}

/** A catalogue table found in the workbook (or chosen for an export). */
export interface TableInWorkbook {
  table: TableDef;
  /** Where it is: the sheet, and the Excel table's name where there is one. */
  sheet: string;
  excelTable?: string;
  /** From its cell plan. */
  figureIds: readonly string[];
  sourceIds: readonly string[];
}

export interface SourcesInput {
  tables: readonly TableInWorkbook[];
  /** Figures the DESK functions looked up (DESK.FIGURE, DESK.SEIZED, DESK.SHAREOFUSERS…). */
  functionFigureIds: readonly string[];
  rates: readonly RateUse[];
  /** ISO date of writing, printed on the sheet. */
  writtenOn: string;
}

const FIGURES_HEADING = "Figures";
const RATES_HEADING = "Exchange rates used by DESK.CONVERT and DESK.RATE";

const TABLES_HEADER = ["Table", "Catalogue id", "Sheet", "Excel table", "Period", "Sources"];
export const FIGURES_HEADER = [
  "Figure id",
  "What",
  "Place",
  "Period",
  "Value",
  "Unit",
  "Qualifier",
  "Confidence",
  "Used in",
  "Note",
  "Citation",
  "Link",
];
const RATES_HEADER = [
  "From",
  "To",
  "Date asked",
  "Date used",
  "Rule",
  "Rate (units of To per 1 From)",
  "Source",
];
const SOURCES_HEADER = ["Source id", "Publisher", "Title", "Date", "Language", "Note", "Link"];

const WIDTH = FIGURES_HEADER.length;
const COLUMN_WIDTHS = [28, 36, 16, 16, 14, 12, 12, 12, 24, 48, 64, 48];

/** How a value column reads on this sheet: exact values, shares as percentages, text as text. */
function valueFormat(unit: Unit): string {
  if (unit === "share") return "0.0##%";
  if (unit === "text" || unit === "date") return TEXT_FORMAT;
  return "General";
}

function unitLabel(unit: Unit): string {
  return unit === "share" ? "share (shown as %)" : unit.replace(/_/g, " ");
}

/** "Used in" of a figure that a DESK function looked up. */
const FUNCTIONS_USE = "DESK functions";

const RULE_TEXT: Record<RateUse["rule"], string> = {
  previous: "previous: last rate published on or before the date",
  next: "next: first rate published on or after the date",
  exact: "exact: the rate of that date only",
};

class SheetBuilder {
  readonly plan: SheetPlan = {
    cells: [],
    numberFormats: [],
    hyperlinks: [],
    boldRows: [],
    columnWidths: COLUMN_WIDTHS.slice(),
  };

  row(
    values: CellValue[],
    options: { bold?: boolean; formats?: Record<number, string> } = {}
  ): number {
    const index = this.plan.cells.length;
    const line: CellValue[] = values.slice(0, WIDTH);
    while (line.length < WIDTH) line.push(null);
    this.plan.cells.push(line);
    this.plan.numberFormats.push(line.map((_, c) => options.formats?.[c] ?? "General"));
    if (options.bold) this.plan.boldRows.push(index);
    return index;
  }

  link(row: number, col: number, url: string): void {
    if (!url) return;
    this.plan.cells[row][col] = url;
    this.plan.hyperlinks.push({ row, col, url, text: url });
  }

  blank(): void {
    this.row([]);
  }
}

/** What the sheet cites as it is built: where each figure is used, and every source id met. */
interface Cited {
  usedIn: Map<string, string[]>;
  sourceIds: Set<string>;
}

function use(cited: Cited, figureId: string, where: string): void {
  const list = cited.usedIn.get(figureId) ?? [];
  if (!list.includes(where)) list.push(where);
  cited.usedIn.set(figureId, list);
}

function tablesSection(
  b: SheetBuilder,
  input: SourcesInput,
  data: SourcesData,
  cited: Cited
): void {
  b.row(["Tables from the Seizure Desk catalogue"], { bold: true });
  b.row(TABLES_HEADER, { bold: true });
  if (input.tables.length === 0) b.row(["None in this workbook."]);
  for (const t of input.tables) {
    t.figureIds.forEach((id) => use(cited, id, `table ${t.table.id}`));
    t.sourceIds.forEach((id) => cited.sourceIds.add(id));
    const publishers = t.sourceIds.map((id) => data.sourceById(id)?.publisher ?? id);
    b.row([
      t.table.title,
      t.table.id,
      t.sheet,
      t.excelTable ?? "",
      t.table.period,
      [...new Set(publishers)].join("; "),
    ]);
  }
}

function figuresSection(b: SheetBuilder, data: SourcesData, cited: Cited): void {
  b.row([FIGURES_HEADING], { bold: true });
  b.row(FIGURES_HEADER, { bold: true });
  if (cited.usedIn.size === 0) b.row(["None used."]);
  for (const id of [...cited.usedIn.keys()].sort()) {
    const figure = data.figureById(id);
    const where = (cited.usedIn.get(id) as string[]).join("; ");
    if (!figure) {
      b.row([id, "Not in this version of the dataset", "", "", "", "", "", "", where]);
      continue;
    }
    figure.sourceIds.forEach((s) => cited.sourceIds.add(s));
    const first = data.sourceById(figure.sourceIds[0]);
    const row = b.row(
      [
        figure.id,
        figure.measure,
        figure.place,
        figure.period.label,
        figure.value,
        unitLabel(figure.unit),
        figure.qualifier ?? "",
        figure.confidence,
        where,
        figure.note,
        data.citation(figure),
      ],
      { formats: { 4: valueFormat(figure.unit) } }
    );
    if (first) b.link(row, 11, first.url);
  }
}

function ratesSection(b: SheetBuilder, rates: readonly RateUse[]): void {
  b.row([RATES_HEADING], { bold: true });
  b.row(RATES_HEADER, { bold: true });
  if (rates.length === 0) b.row(["None used."]);
  for (const r of rates)
    b.row([r.from, r.to, r.dateAsked, r.dateUsed, RULE_TEXT[r.rule], r.rate, r.source], {
      formats: { 2: TEXT_FORMAT, 3: TEXT_FORMAT },
    });
}

function sourcesSection(b: SheetBuilder, data: SourcesData, sourceIds: ReadonlySet<string>): void {
  b.row(["Sources cited"], { bold: true });
  b.row(SOURCES_HEADER, { bold: true });
  if (sourceIds.size === 0) b.row(["None."]);
  for (const id of [...sourceIds].sort()) {
    const source = data.sourceById(id);
    if (!source) {
      b.row([id, "Not in this version of the dataset"]);
      continue;
    }
    const note = [
      source.urlIsHomePage
        ? "The link is the publisher's home page: the page carrying the figure was not recorded."
        : "",
      source.note ?? "",
    ]
      .filter((s) => s !== "")
      .join(" ");
    const row = b.row(
      [source.id, source.publisher, source.title ?? "", source.date, source.language, note],
      { formats: { 3: TEXT_FORMAT } }
    );
    b.link(row, 6, source.url);
  }
}

/** The Sources sheet for what the workbook holds. */
export function buildSourcesSheet(input: SourcesInput, data: SourcesData): SheetPlan {
  const b = new SheetBuilder();
  b.row([SOURCES_MARKER], { bold: true });
  b.row([
    "Every curated figure and exchange rate this workbook uses, with where it comes from, so that each number " +
      `can be checked without the Seizure Desk add-in. Written on ${input.writtenOn}.`,
  ]);
  b.row([`${DATASET_VERSION_LABEL}: ${data.datasetVersion}`]);
  b.blank();
  const cited: Cited = { usedIn: new Map(), sourceIds: new Set() };
  tablesSection(b, input, data, cited);
  b.blank();
  for (const id of input.functionFigureIds) use(cited, id, FUNCTIONS_USE);
  figuresSection(b, data, cited);
  b.blank();
  ratesSection(b, input.rates);
  b.blank();
  sourcesSection(b, data, cited.sourceIds);
  return b.plan;
}

/** True when a sheet's first cell says it is a Sources sheet that we wrote. */
export function isSourcesSheet(firstCell: unknown): boolean {
  return firstCell === SOURCES_MARKER;
}

/** What the DESK functions used, as an earlier Sources sheet of ours recorded it. */
export interface RecordedUsage {
  figureIds: string[];
  rates: RateUse[];
}

/**
 * Reads back the function-used figures and rates of a Sources sheet we wrote (its values, from A1). The
 * usage log only knows what was computed in this session: a workbook frozen last week computes nothing
 * now, and its Sources sheet must still cite what its values came from.
 */
export function recordedUsage(cells: readonly unknown[][]): RecordedUsage {
  const usage: RecordedUsage = { figureIds: [], rates: [] };
  const usedInCol = FIGURES_HEADER.indexOf("Used in");
  let section: "figures" | "rates" | null = null;
  for (let r = 0; r < cells.length; r++) {
    const row = cells[r];
    const first = row[0];
    if (first === FIGURES_HEADING && sameRow(cells[r + 1], FIGURES_HEADER)) {
      section = "figures";
      r++;
      continue;
    }
    if (first === RATES_HEADING && sameRow(cells[r + 1], RATES_HEADER)) {
      section = "rates";
      r++;
      continue;
    }
    if (first === "" || first === null || first === undefined) {
      section = null;
      continue;
    }
    if (
      section === "figures" &&
      String(row[usedInCol] ?? "")
        .split("; ")
        .includes(FUNCTIONS_USE)
    )
      usage.figureIds.push(String(first));
    if (section === "rates") {
      const [from, to, dateAsked, dateUsed, ruleText, rate, source] = row;
      const rule = (Object.keys(RULE_TEXT) as RateUse["rule"][]).find(
        (k) => RULE_TEXT[k] === ruleText
      );
      if (rule && typeof rate === "number")
        usage.rates.push({
          from: String(from),
          to: String(to),
          dateAsked: String(dateAsked),
          dateUsed: String(dateUsed),
          rule,
          rate,
          source: String(source ?? ""),
        });
    }
  }
  return usage;
}

function sameRow(row: readonly unknown[] | undefined, header: readonly string[]): boolean {
  return row !== undefined && header.every((h, c) => row[c] === h);
}

/** This session's usage and what an earlier sheet recorded, each figure and each rate once. */
export function mergeUsage(now: RecordedUsage, earlier: RecordedUsage): RecordedUsage {
  const rates = new Map<string, RateUse>();
  for (const r of [...earlier.rates, ...now.rates])
    rates.set(`${r.from}/${r.to}|${r.dateAsked}|${r.rule}`, r);
  return {
    figureIds: [...new Set([...now.figureIds, ...earlier.figureIds])].sort(),
    rates: [...rates.values()],
  };
}
