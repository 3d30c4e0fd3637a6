/**
 * Restore formulas, as pure decisions: for every kept record, whether its cells still hold what freezing
 * wrote (then they are cleared and the formula goes back on its cell, where it spills again) or were
 * edited since (then they are left as the user made them, and the record is kept).
 *
 * The records come from the workbook, which may come from anyone: a record is refused (its cells keep
 * their values, and the pane lists it) unless its formula calls a DESK function and nothing outside the
 * workbook (see restorableFormula.ts), and it goes back only into the cells it was frozen from: cells on
 * the sheet, holding no formula, holding exactly the fingerprinted values, claimed by no other record.
 */
import type { GridWrite } from "./gridWrite";
import { fingerprintOf, RECORDS_SHEET_NAME, type FrozenRecord } from "./records";
import { cellsOf, coveringRects, type SheetRect } from "./rects";
import { gridOf } from "./freezePlan";
import { restorableFormula, type RefusalWhy } from "./restorableFormula";
import { fitsOnSheet } from "../sheetLimits";

export type KeptReason = "edited" | "protected" | "missingSheet" | "refused";

/** A record Restore would not write, and why, for the pane to list. */
export interface RefusedRecord {
  record: FrozenRecord;
  why: RefusalWhy;
}

export interface RestorePlan {
  /** Spilled ranges to empty before their anchor gets its formula back (else the formula could not spill). */
  clears: SheetRect[];
  /** Formulas back on their cells, in rectangles. */
  writes: GridWrite[];
  restored: FrozenRecord[];
  /** Records not restored, and why: they stay in the records sheet. */
  kept: { record: FrozenRecord; reason: KeptReason }[];
  /** The kept records refused as unsafe or misplaced, with the reason for each. */
  refused: RefusedRecord[];
}

export interface SheetState {
  name: string;
  protected: boolean;
}

/**
 * More cells than one record may claim: a million, far above a DESK formula's spill over a column of
 * amounts, so that a forged record cannot make Restore read or walk a whole sheet (17 billion cells).
 */
const MAX_RECORD_CELLS = 1_000_000;

/** On the sheet, and no larger than a DESK formula fills: only such records are read or walked. */
export function isPlausibleRecord(record: FrozenRecord): boolean {
  return fitsOnSheet(record) && record.rowCount * record.colCount <= MAX_RECORD_CELLS;
}

/** What a record claims that no record made by freezing can: the reason, or undefined. */
function misplaced(record: FrozenRecord, sharedCells: ReadonlySet<string>): RefusalWhy | undefined {
  if (record.sheet.toLocaleUpperCase("en-US") === RECORDS_SHEET_NAME.toLocaleUpperCase("en-US"))
    return { key: "whyRecordsSheet" };
  if (!fitsOnSheet(record)) return { key: "whyOutsideSheet" };
  if (!isPlausibleRecord(record)) return { key: "whyTooManyCells" };
  if (cellsOf(record).some((c) => sharedCells.has(cellKey(record.sheet, c.row, c.col))))
    return { key: "whyOverlap" };
  return undefined;
}

function cellKey(sheet: string, row: number, col: number): string {
  return `${sheet.toLocaleUpperCase("en-US")}!${row},${col}`;
}

/** The cells that more than one record claims: such a cell is nobody's. */
function claimedTwice(records: readonly FrozenRecord[]): Set<string> {
  const seen = new Set<string>();
  const twice = new Set<string>();
  for (const record of records) {
    if (!isPlausibleRecord(record)) continue;
    for (const c of cellsOf(record)) {
      const key = cellKey(record.sheet, c.row, c.col);
      if (seen.has(key)) twice.add(key);
      seen.add(key);
    }
  }
  return twice;
}

/**
 * `valuesOf(record)` gives the current values of the record's cells (undefined where its sheet is gone or
 * was not read); `holdsFormula(record)` whether any of them holds a formula now (freezing wrote values).
 */
export function planRestore(
  records: readonly FrozenRecord[],
  sheets: readonly SheetState[],
  valuesOf: (record: FrozenRecord) => readonly unknown[][] | undefined,
  holdsFormula: (record: FrozenRecord) => boolean = () => false
): RestorePlan {
  const sheetByName = new Map(sheets.map((s) => [s.name, s]));
  const plan: RestorePlan = { clears: [], writes: [], restored: [], kept: [], refused: [] };
  const anchors = new Map<string, Map<string, string>>();
  const overlapping = claimedTwice(records);
  for (const record of records) {
    const safe = restorableFormula(record.formula);
    const refusal = safe.ok ? misplaced(record, overlapping) : safe.why;
    if (!safe.ok || refusal !== undefined) {
      plan.kept.push({ record, reason: "refused" });
      // Defined here: an unsafe formula's reason, or a misplaced record's.
      if (refusal) plan.refused.push({ record, why: refusal });
      continue;
    }
    const kept = reasonToKeep(record, sheetByName.get(record.sheet), valuesOf, holdsFormula);
    if (kept) {
      plan.kept.push({ record, reason: kept });
      continue;
    }
    plan.restored.push(record);
    if (record.rowCount > 1 || record.colCount > 1)
      plan.clears.push({
        sheet: record.sheet,
        row: record.row,
        col: record.col,
        rowCount: record.rowCount,
        colCount: record.colCount,
      });
    let formulas = anchors.get(record.sheet);
    if (!formulas) anchors.set(record.sheet, (formulas = new Map()));
    formulas.set(`${record.row},${record.col}`, safe.formula);
  }
  plan.writes.push(...formulaWrites(anchors));
  return plan;
}

/**
 * Why a safe, well-placed record's cells stay as they are, if they do: its sheet is gone (or was not
 * read), protected, or its cells changed since they were frozen.
 */
function reasonToKeep(
  record: FrozenRecord,
  sheet: SheetState | undefined,
  valuesOf: (record: FrozenRecord) => readonly unknown[][] | undefined,
  holdsFormula: (record: FrozenRecord) => boolean
): Exclude<KeptReason, "refused"> | undefined {
  const values = sheet ? valuesOf(record) : undefined;
  if (!sheet || !values) return "missingSheet";
  if (sheet.protected) return "protected";
  if (fingerprintOf(values) !== record.fingerprint || holdsFormula(record)) return "edited";
  return undefined;
}

/** The formulas to write back, by sheet ("row,col" of each anchor), in as few rectangles as cover them. */
function formulaWrites(anchors: ReadonlyMap<string, ReadonlyMap<string, string>>): GridWrite[] {
  const writes: GridWrite[] = [];
  for (const [sheet, formulas] of anchors) {
    const cells = [...formulas.keys()].map((key) => {
      const [row, col] = key.split(",").map(Number);
      return { row, col };
    });
    for (const rect of coveringRects(cells)) {
      writes.push({
        sheet,
        ...rect,
        kind: "formulas",
        grid: gridOf(rect, (row, col) => formulas.get(`${row},${col}`) as string),
      });
    }
  }
  return writes;
}
