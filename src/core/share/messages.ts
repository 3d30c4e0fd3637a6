/**
 * What the share actions report, for the share panel to word in the active language
 * (src/taskpane/shareMessages.ts).
 */
import type { RefusalWhy } from "./restorableFormula";
import type { KeptReason } from "./restorePlan";

/** What Prepare for sharing froze. */
export interface FreezeReport {
  /** DESK formulas turned into values now. */
  formulasFrozen: number;
  /** Cells that received a value (spilled results count every cell). */
  cellsFrozen: number;
  /** Formulas kept from an earlier Prepare for sharing and not restored since. */
  alreadyFrozen: number;
  protectedSheets: { sheet: string; formulas: number }[];
  /** Still calculating: left as formulas; try again once they show values. */
  busy: number;
  /** A sheet named like the records sheet that is not ours: nothing was frozen. */
  recordsSheetTaken: boolean;
}

/** What Restore formulas put back. */
export interface RestoreReport {
  /** Formulas put back. */
  formulasRestored: number;
  /** Frozen formulas left as values, by reason (edited since, on a protected sheet, sheet gone). */
  kept: Record<KeptReason, number>;
  /** Sheets where formulas were kept because the sheet is protected. */
  protectedSheets: string[];
  /** Kept formulas refused as unsafe to write back: where ("'Data'!B2:C4"), the formula and why. */
  refused: { cells: string; formula: string; why: RefusalWhy }[];
  /** True when the workbook holds no frozen formulas: nothing was changed. */
  nothingFrozen: boolean;
}

export interface SourcesReport {
  sheetName: string;
  refreshed: boolean;
}
