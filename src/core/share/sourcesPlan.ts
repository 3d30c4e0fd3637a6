/**
 * The Sources sheet: every curated table in the workbook, every figure the tables and the DESK functions
 * use, every exchange rate the functions applied, and every source behind them with a link, so that an
 * editor without the add-in can check each number.
 */
import type { CellValue } from "../cellPlanTypes";
import type { Figure, Source, TableDef, Unit } from "../../data/types";
import type { RateUse } from "../usage/usageLog";
import type { WriteMessage } from "../messages/text";
import type { SheetPlan } from "./sheetPlan";
import type { DatasetTexts, DatasetWords, SourcesSheetWords } from "../i18n/datasetTexts";
import { ENGLISH_SOURCES_WORDS, ENGLISH_WORDS } from "../i18n/englishWords";
import { figureInLanguage, tableInLanguage } from "../i18n/planInLanguage";
import { longDateText } from "../i18n/periodLabel";
import { placeName } from "../figureText";
import { TEXT_FORMAT } from "./literal";

/** First cell of the English Sources sheet: tells our sheet apart from a user's sheet called "Sources". */
export const SOURCES_MARKER = ENGLISH_SOURCES_WORDS.marker;
export const SOURCES_SHEET_NAME = ENGLISH_SOURCES_WORDS.sheetName;
/** The name used when a user's own sheet is already called "Sources". */
export const SOURCES_FALLBACK_NAME = ENGLISH_SOURCES_WORDS.fallbackSheetName;

/** Look-ups into the curated dataset. */
export interface SourcesData {
  figureById(id: string): Figure | undefined;
  sourceById(id: string): Source | undefined;
  /** The full citation of a figure: its sources, as a reader cites them, remarks in `words`. */
  citation(figure: Figure, words?: DatasetWords): string;
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
  /** ISO date of writing, printed on the sheet in the sheet's language ("6 December 2026"). */
  writtenOn: string;
}

export const FIGURES_HEADER = ENGLISH_SOURCES_WORDS.figuresHeader;
/** Where a figure's uses are listed: read back from an earlier sheet, whatever its language. */
const USED_IN_COL = 8;
const RATES_COLS = ENGLISH_SOURCES_WORDS.ratesHeader.length;

const WIDTH = FIGURES_HEADER.length;
const COLUMN_WIDTHS = [28, 36, 16, 16, 14, 12, 12, 12, 24, 48, 64, 48];

/** How a value column reads on this sheet: exact values, shares as percentages, text as text. */
function valueFormat(unit: Unit): string {
  if (unit === "share") return "0.0##%";
  if (unit === "text" || unit === "date") return TEXT_FORMAT;
  return "General";
}

/**
 * The words of one sheet: its own, the tables' (units, places, hedges, citation remarks), and the writer
 * of messages in its language (a rate's citation).
 */
interface Words {
  sheet: SourcesSheetWords;
  data: DatasetWords;
  texts?: DatasetTexts;
  write?: WriteMessage;
}

function unitLabel(unit: Unit, words: Words): string {
  if (unit === "share") return words.sheet.shareUnit;
  // English names the unit by its id ("EUR per 3 months"), which a reader of a formula recognises.
  return words.texts ? words.data.units[unit] : unit.replace(/_/g, " ");
}

/**
 * Where a rate comes from, in the sheet's language. An English sheet, a sheet whose messages could not be
 * written, and a row read back from an earlier sheet (stored text, never translated) cite the text as it is.
 */
function citationText(r: RateUse, words: Words): string {
  return words.texts && words.write && r.citation ? words.write(r.citation) : r.source;
}

/** The rule as a cell shows it: its name as typed in a formula, then what it means. */
function ruleText(rule: RateUse["rule"], words: Words): string {
  return `${rule}: ${words.sheet.rules[rule]}`;
}

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
  cited: Cited,
  words: Words
): void {
  b.row([words.sheet.tablesHeading], { bold: true });
  b.row(words.sheet.tablesHeader, { bold: true });
  if (input.tables.length === 0) b.row([words.sheet.noTables]);
  for (const t of input.tables) {
    const use_ = words.sheet.tableUse.replace("{id}", t.table.id);
    t.figureIds.forEach((id) => use(cited, id, use_));
    t.sourceIds.forEach((id) => cited.sourceIds.add(id));
    const publishers = t.sourceIds.map((id) => data.sourceById(id)?.publisher ?? id);
    const table = tableInLanguage(t.table, words.texts?.tables[t.table.id]);
    b.row([
      table.title,
      t.table.id,
      t.sheet,
      t.excelTable ?? "",
      table.period,
      [...new Set(publishers)].join("; "),
    ]);
  }
}

function figuresSection(b: SheetBuilder, data: SourcesData, cited: Cited, words: Words): void {
  b.row([words.sheet.figuresHeading], { bold: true });
  b.row(words.sheet.figuresHeader, { bold: true });
  if (cited.usedIn.size === 0) b.row([words.sheet.noneUsed]);
  for (const id of [...cited.usedIn.keys()].sort()) {
    const found = data.figureById(id);
    const where = (cited.usedIn.get(id) as string[]).join("; ");
    if (!found) {
      b.row([id, words.sheet.notInDataset, "", "", "", "", "", "", where]);
      continue;
    }
    // Its texts in the sheet's language, whether a table shows it or only a DESK function cites it.
    const { texts } = words;
    const figure = texts ? figureInLanguage(found, texts.figures[found.id], texts) : found;
    figure.sourceIds.forEach((s) => cited.sourceIds.add(s));
    const first = data.sourceById(figure.sourceIds[0]);
    const row = b.row(
      [
        figure.id,
        figure.measure,
        texts ? placeName(figure.place, words.data) : figure.place,
        figure.period.label,
        figure.value,
        unitLabel(figure.unit, words),
        figure.qualifier ? words.data.qualifiers[figure.qualifier] : "",
        words.data.confidence[figure.confidence],
        where,
        figure.note,
        data.citation(figure, words.data),
      ],
      { formats: { 4: valueFormat(figure.unit) } }
    );
    if (first) b.link(row, 11, first.url);
  }
}

function ratesSection(b: SheetBuilder, rates: readonly RateUse[], words: Words): void {
  b.row([words.sheet.ratesHeading], { bold: true });
  b.row(words.sheet.ratesHeader, { bold: true });
  if (rates.length === 0) b.row([words.sheet.noneUsed]);
  for (const r of rates)
    b.row(
      [
        r.from,
        r.to,
        r.dateAsked,
        r.dateUsed,
        ruleText(r.rule, words),
        r.rate,
        citationText(r, words),
      ],
      { formats: { 2: TEXT_FORMAT, 3: TEXT_FORMAT } }
    );
}

function sourcesSection(
  b: SheetBuilder,
  data: SourcesData,
  sourceIds: ReadonlySet<string>,
  words: Words
): void {
  b.row([words.sheet.sourcesHeading], { bold: true });
  b.row(words.sheet.sourcesHeader, { bold: true });
  if (sourceIds.size === 0) b.row([words.sheet.none]);
  for (const id of [...sourceIds].sort()) {
    const source = data.sourceById(id);
    if (!source) {
      b.row([id, words.sheet.notInDataset]);
      continue;
    }
    const note = [source.urlIsHomePage ? words.sheet.homePageNote : "", source.note ?? ""]
      .filter((s) => s !== "")
      .join(" ");
    const row = b.row(
      [source.id, source.publisher, source.title ?? "", source.date, source.language, note],
      { formats: { 3: TEXT_FORMAT } }
    );
    b.link(row, 6, source.url);
  }
}

/**
 * The Sources sheet for what the workbook holds, in the language of `texts` (English where undefined):
 * headings, labels, the tables' and figures' texts, the date of writing written with Intl, and the rates'
 * citations through `write`, a writer of messages in that language.
 */
export function buildSourcesSheet(
  input: SourcesInput,
  data: SourcesData,
  texts?: DatasetTexts,
  write?: WriteMessage
): SheetPlan {
  const words: Words = {
    sheet: texts?.sources ?? ENGLISH_SOURCES_WORDS,
    data: texts?.words ?? ENGLISH_WORDS,
    texts,
    write,
  };
  const b = new SheetBuilder();
  b.row([words.sheet.marker], { bold: true });
  b.row([words.sheet.intro.replace("{isoDate}", longDateText(input.writtenOn, words.data.locale))]);
  b.row([`${words.data.datasetVersionLabel}: ${data.datasetVersion}`]);
  b.blank();
  const cited: Cited = { usedIn: new Map(), sourceIds: new Set() };
  tablesSection(b, input, data, cited, words);
  b.blank();
  for (const id of input.functionFigureIds) use(cited, id, words.sheet.functionsUse);
  figuresSection(b, data, cited, words);
  b.blank();
  ratesSection(b, input.rates, words);
  b.blank();
  sourcesSection(b, data, cited.sourceIds, words);
  return b.plan;
}

/**
 * True when a sheet's first cell says it is a Sources sheet that we wrote, in any language: every marker
 * reads "<Sources> (<written by> Seizure Desk)", so a sheet written in German is found from French.
 */
export function isSourcesSheet(firstCell: unknown): boolean {
  return typeof firstCell === "string" && /^[^()]+ \([^()]* Seizure Desk\)$/.test(firstCell);
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
 *
 * The sheet may be in any language, so it is read by its layout, not its words: blocks separated by an
 * empty row (the heading block, then tables, figures, rates and sources, each a heading and a header row);
 * a function's use is the entry naming DESK; a rule is the word before the colon, as typed in formulas.
 */
export function recordedUsage(cells: readonly unknown[][]): RecordedUsage {
  const usage: RecordedUsage = { figureIds: [], rates: [] };
  const blocks = ["heading", "tables", "figures", "rates", "sources"] as const;
  let block = -1;
  let inBlock = false;
  for (let r = 0; r < cells.length; r++) {
    const row = cells[r];
    const first = row[0];
    if (first === "" || first === null || first === undefined) {
      inBlock = false;
      continue;
    }
    if (!inBlock) {
      inBlock = true;
      block++;
      if (block > 0) r++; // the header row under the section's heading
      continue;
    }
    const section = blocks[block];
    if (section === "figures" && isFunctionUse(row[USED_IN_COL]))
      usage.figureIds.push(String(first));
    if (section === "rates" && row.length >= RATES_COLS) {
      const rate = rateRow(row);
      if (rate) usage.rates.push(rate);
    }
  }
  return usage;
}

/** "DESK functions; table x" (or "fonctions DESK; tableau x"): a DESK function used the figure. */
function isFunctionUse(usedIn: unknown): boolean {
  return String(usedIn ?? "")
    .split("; ")
    .some((use) => /\bDESK\b/.test(use));
}

function rateRow(row: readonly unknown[]): RateUse | undefined {
  const [from, to, dateAsked, dateUsed, ruleCell, rate, source] = row;
  const rule = (Object.keys(ENGLISH_SOURCES_WORDS.rules) as RateUse["rule"][]).find((k) =>
    String(ruleCell ?? "").startsWith(`${k}:`)
  );
  if (!rule || typeof rate !== "number") return undefined;
  return {
    from: String(from),
    to: String(to),
    dateAsked: String(dateAsked),
    dateUsed: String(dateUsed),
    rule,
    rate,
    source: String(source ?? ""),
  };
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
