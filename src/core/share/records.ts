/**
 * The frozen formulas, kept in the workbook so that Restore formulas can put every one back, even in
 * another session: one row per frozen DESK formula on a very hidden sheet that Excel users cannot unhide
 * from the UI (and that travels with the file).
 */
import type { CellValue } from "../cellPlanTypes";
import { rangeAddress } from "../a1";
import { textInput } from "./literal";

export const RECORDS_SHEET_NAME = "DeskFormulas";
/** First cell of the records sheet: tells it apart from a user's sheet of the same name. */
const RECORDS_MARKER =
  "Seizure Desk: DESK formulas frozen for sharing. Restore formulas puts them back. Do not edit this sheet.";
const RECORDS_HEADER = [
  "Sheet",
  "Cells frozen",
  "Row index (0-based)",
  "Column index (0-based)",
  "Rows",
  "Columns",
  "Formula",
  "Fingerprint of the frozen values",
];
/** Rows above the first record: the marker and the header. */
const RECORDS_FIRST_ROW = 2;

/** One frozen DESK formula: where it was, what it was, and what freezing wrote over its cells. */
export interface FrozenRecord {
  sheet: string;
  /** 0-based sheet coordinates of the formula's cell (a spill's anchor). */
  row: number;
  col: number;
  /** The cells frozen: 1 × 1, or the whole spilled range with the anchor at its top left. */
  rowCount: number;
  colCount: number;
  /** As read through `Range.formulas` (English names, comma separators). */
  formula: string;
  /** Of the values written: Restore compares it with the cells' values, to leave edited cells alone. */
  fingerprint: string;
}

function recordKey(r: { sheet: string; row: number; col: number }): string {
  return `${r.sheet.toLocaleUpperCase("en-US")}!${r.row},${r.col}`;
}

/** The records sheet's cells, marker and header included, as `Range.values` input (text kept as text). */
export function recordsSheetRows(records: readonly FrozenRecord[]): CellValue[][] {
  const width = RECORDS_HEADER.length;
  const marker: CellValue[] = [textInput(RECORDS_MARKER), ...Array<CellValue>(width - 1).fill("")];
  return [
    marker,
    RECORDS_HEADER.map((h) => textInput(h)),
    ...records.map((r) => [
      textInput(r.sheet),
      rangeAddress(r.row, r.col, r.rowCount, r.colCount),
      r.row,
      r.col,
      r.rowCount,
      r.colCount,
      textInput(r.formula),
      textInput(r.fingerprint),
    ]),
  ];
}

/** True when the values read from a sheet's first cell say it is our records sheet. */
export function isRecordsSheet(firstCell: unknown): boolean {
  return firstCell === RECORDS_MARKER;
}

/** Records read back through `Range.values` of the records sheet's used range; malformed rows are dropped. */
export function parseRecords(rows: readonly unknown[][]): FrozenRecord[] {
  const records: FrozenRecord[] = [];
  for (const row of rows.slice(RECORDS_FIRST_ROW)) {
    const [sheet, , r, c, rowCount, colCount, formula, fingerprint] = row;
    if (
      typeof sheet !== "string" ||
      sheet === "" ||
      !isIndex(r) ||
      !isIndex(c) ||
      !isIndex(rowCount) ||
      !isIndex(colCount) ||
      rowCount < 1 ||
      colCount < 1 ||
      typeof formula !== "string" ||
      !formula.startsWith("=")
    )
      continue;
    records.push({
      sheet,
      row: r,
      col: c,
      rowCount,
      colCount,
      formula,
      fingerprint: String(fingerprint ?? ""),
    });
  }
  return records;
}

function isIndex(value: unknown): value is number {
  return typeof value === "number" && Number.isInteger(value) && value >= 0;
}

/** Old and new records together; a newer record for the same cell replaces the older one. */
export function mergeRecords(
  existing: readonly FrozenRecord[],
  added: readonly FrozenRecord[]
): FrozenRecord[] {
  const byCell = new Map<string, FrozenRecord>();
  for (const r of [...existing, ...added]) {
    byCell.delete(recordKey(r));
    byCell.set(recordKey(r), r);
  }
  return [...byCell.values()];
}

/**
 * FNV-1a (32 bit) of the values' JSON, as 8 hex digits: short enough for a cell however large the spill,
 * and any edit of a frozen cell changes it.
 */
export function fingerprintOf(values: readonly unknown[][]): string {
  const text = JSON.stringify(values.map((row) => row.map(normalise)));
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, "0");
}

/** Empty cells read as "" from Excel, and may be null in a plan. */
function normalise(value: unknown): unknown {
  return value === null || value === undefined ? "" : value;
}
