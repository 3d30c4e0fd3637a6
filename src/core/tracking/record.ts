/**
 * What an inserted table remembers about itself, kept in the workbook but out of its cells: the catalogue
 * table it came from, the dataset version it was built from, and each figure cell with the value written.
 * A later dataset version is compared with it (./check), and only cells that still hold what was written
 * are updated (./updatePlan).
 *
 * Stored as one custom XML part per table (see src/excel/tableRecords.ts for why), holding the record as
 * JSON. Everything read back is untrusted: the parse checks every field and says what is wrong.
 */
import type { CellPlan } from "../cellPlanTypes";

/** The namespace of our parts: an add-in finds its own parts by it. */
export const RECORD_NAMESPACE = "urn:seizure-desk:inserted-table:1";
const ROOT = "insertedTable";

/** Excel's grid: 1,048,576 rows by 16,384 columns. */
const MAX_ROWS = 1_048_576;
const MAX_COLS = 16_384;
/** Excel's limit on the text of one cell. */
const MAX_TEXT = 32_767;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A rectangle of sheet cells, 0-based. */
export interface CellArea {
  row: number;
  col: number;
  rowCount: number;
  colCount: number;
}

export interface RecordedCell {
  figureId: string;
  /** Relative to the Excel table's top-left cell (its header row is row 0). */
  row: number;
  col: number;
  /** The value written at insertion (or at the last update). */
  value: number | string;
}

export interface TableRecord {
  /** The catalogue table's id ("ports-2019-2023"). */
  catalogueId: string;
  /** The dataset version the values come from (`YYYY-MM-DD`). */
  datasetVersion: string;
  /** The Excel table's name and sheet when written: a renamed table is found again by its place. */
  excelTable: string;
  sheet: string;
  /** The Excel table (header row included) when written; another size means the user resized it. */
  tableArea: CellArea;
  /** Derived columns written as live formulas (true) or as values (false). */
  liveFormulas: boolean;
  cells: RecordedCell[];
}

export interface RecordContext {
  datasetVersion: string;
  excelTable: string;
  sheet: string;
  liveFormulas: boolean;
}

/** The record of a table written from this plan. */
export function buildTableRecord(plan: CellPlan, context: RecordContext): TableRecord {
  const t = plan.table;
  return {
    catalogueId: plan.tableId,
    ...context,
    tableArea: {
      row: plan.anchor.row + t.row,
      col: plan.anchor.col + t.col,
      rowCount: t.rowCount,
      colCount: t.colCount,
    },
    cells: plan.figureCells.flatMap(({ row, col, figureId }) => {
      const value = plan.values[row][col];
      return typeof value === "number" || typeof value === "string"
        ? [{ figureId, row: row - t.row, col: col - t.col, value }]
        : [];
    }),
  };
}

/**
 * The part's XML. The JSON is written with "<", ">" and "&" as JSON escapes, so that the text needs no XML
 * escaping and reads back as the same JSON.
 */
export function recordXml(record: TableRecord): string {
  const json = JSON.stringify(record).replace(
    /[<>&]/g,
    (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`
  );
  return `<${ROOT} xmlns="${RECORD_NAMESPACE}">${json}</${ROOT}>`;
}

export type ParsedRecord = { ok: true; record: TableRecord } | { ok: false; problem: string };

const ENTITIES: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

/** Text content as an XML writer may have re-escaped it. */
function xmlText(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|lt|gt|amp|quot|apos);/gi, (whole, name: string) => {
    if (name[0] !== "#") return ENTITIES[name.toLowerCase()] ?? whole;
    const code =
      name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : Number(name.slice(1));
    return Number.isInteger(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

const PART = new RegExp(
  `^\\s*(?:<\\?xml[^>]*\\?>)?\\s*<${ROOT}\\s+xmlns\\s*=\\s*(["'])${RECORD_NAMESPACE}\\1\\s*>([^<]*)</${ROOT}>\\s*$`
);

/** Reads a part's XML back; anything that is not a well-formed record says what is wrong with it. */
export function parseRecordXml(xml: unknown): ParsedRecord {
  if (typeof xml !== "string") return { ok: false, problem: "the part holds no text" };
  const match = PART.exec(xml);
  if (!match)
    return { ok: false, problem: `the part is not an <${ROOT}> element of our namespace` };
  let json: unknown;
  try {
    json = JSON.parse(xmlText(match[2]));
  } catch {
    return { ok: false, problem: "the part's content is not valid JSON" };
  }
  return validateRecord(json);
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);
const isIndex = (v: unknown, below: number): v is number =>
  typeof v === "number" && Number.isInteger(v) && v >= 0 && v < below;
const isName = (v: unknown): v is string =>
  typeof v === "string" && v.length > 0 && v.length <= 255;

function validArea(v: unknown): v is CellArea {
  return (
    isObject(v) &&
    isIndex(v.row, MAX_ROWS) &&
    isIndex(v.col, MAX_COLS) &&
    isIndex(v.rowCount, MAX_ROWS + 1) &&
    isIndex(v.colCount, MAX_COLS + 1) &&
    v.rowCount >= 1 &&
    v.colCount >= 1 &&
    v.row + v.rowCount <= MAX_ROWS &&
    v.col + v.colCount <= MAX_COLS
  );
}

/** A cell inside the table's body, with a value a cell can hold. */
function cellProblem(cell: unknown, area: CellArea, i: number): string | null {
  if (!isObject(cell)) return `cell ${i} is not an object`;
  if (!isName(cell.figureId)) return `cell ${i} has no figure id`;
  if (!isIndex(cell.row, area.rowCount) || cell.row < 1 || !isIndex(cell.col, area.colCount))
    return `cell ${i} (${cell.figureId}) lies outside the table's body`;
  const v = cell.value;
  const fine =
    (typeof v === "number" && Number.isFinite(v)) ||
    (typeof v === "string" && v.length <= MAX_TEXT);
  return fine ? null : `cell ${i} (${cell.figureId}) has no number or text value`;
}

/** Checks every field of a record read back from a workbook. */
export function validateRecord(json: unknown): ParsedRecord {
  const fail = (problem: string): ParsedRecord => ({ ok: false, problem });
  if (!isObject(json)) return fail("the record is not an object");
  const { catalogueId, datasetVersion, excelTable, sheet, tableArea, liveFormulas, cells } = json;
  if (!isName(catalogueId)) return fail("the catalogue id is missing");
  if (typeof datasetVersion !== "string" || !ISO_DATE.test(datasetVersion))
    return fail("the dataset version is not a date (YYYY-MM-DD)");
  if (!isName(excelTable) || !isName(sheet)) return fail("the table or sheet name is missing");
  if (!validArea(tableArea)) return fail("the table's area is not a valid range of cells");
  if (typeof liveFormulas !== "boolean") return fail("the formula mode is missing");
  if (!Array.isArray(cells)) return fail("the list of cells is missing");
  const seen = new Set<string>();
  for (let i = 0; i < cells.length; i++) {
    const problem = cellProblem(cells[i], tableArea, i);
    if (problem) return fail(problem);
    const key = `${(cells[i] as RecordedCell).row},${(cells[i] as RecordedCell).col}`;
    if (seen.has(key)) return fail(`cell ${i} repeats the place of an earlier cell`);
    seen.add(key);
  }
  return {
    ok: true,
    record: {
      catalogueId,
      datasetVersion,
      excelTable,
      sheet,
      tableArea: { ...tableArea },
      liveFormulas,
      cells: (cells as RecordedCell[]).map(({ figureId, row, col, value }) => ({
        figureId,
        row,
        col,
        value,
      })),
    },
  };
}
