/**
 * Restore formulas, as pure decisions: for every kept record, whether its cells still hold what freezing
 * wrote (then they are cleared and the formula goes back on its cell, where it spills again) or were
 * edited since (then they are left as the user made them, and the record is kept).
 */
import type { GridWrite } from "./gridWrite";
import { fingerprintOf, type FrozenRecord } from "./records";
import { coveringRects, type SheetRect } from "./rects";
import { gridOf } from "./freezePlan";

export type KeptReason = "edited" | "protected" | "missingSheet";

export interface RestorePlan {
  /** Spilled ranges to empty before their anchor gets its formula back (else the formula could not spill). */
  clears: SheetRect[];
  /** Formulas back on their cells, in rectangles. */
  writes: GridWrite[];
  restored: FrozenRecord[];
  /** Records not restored, and why: they stay in the records sheet. */
  kept: { record: FrozenRecord; reason: KeptReason }[];
}

export interface SheetState {
  name: string;
  protected: boolean;
}

/**
 * `valuesOf(record)` gives the current values of the record's cells (undefined where its sheet is gone or
 * was not read).
 */
export function planRestore(
  records: readonly FrozenRecord[],
  sheets: readonly SheetState[],
  valuesOf: (record: FrozenRecord) => readonly unknown[][] | undefined
): RestorePlan {
  const sheetByName = new Map(sheets.map((s) => [s.name, s]));
  const plan: RestorePlan = { clears: [], writes: [], restored: [], kept: [] };
  const anchors = new Map<string, Map<string, string>>();
  for (const record of records) {
    const sheet = sheetByName.get(record.sheet);
    const values = sheet ? valuesOf(record) : undefined;
    if (!sheet || !values) {
      plan.kept.push({ record, reason: "missingSheet" });
      continue;
    }
    if (sheet.protected) {
      plan.kept.push({ record, reason: "protected" });
      continue;
    }
    if (fingerprintOf(values) !== record.fingerprint) {
      plan.kept.push({ record, reason: "edited" });
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
    formulas.set(`${record.row},${record.col}`, record.formula);
  }
  for (const [sheet, formulas] of anchors) {
    const cells = [...formulas.keys()].map((key) => {
      const [row, col] = key.split(",").map(Number);
      return { row, col };
    });
    for (const rect of coveringRects(cells)) {
      plan.writes.push({
        sheet,
        ...rect,
        kind: "formulas",
        grid: gridOf(rect, (row, col) => formulas.get(`${row},${col}`) as string),
      });
    }
  }
  return plan;
}
