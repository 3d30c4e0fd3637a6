/** What the share panel says after each action, in plain sentences. Pure, so the wording is tested. */
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
  refused: { cells: string; formula: string; why: string }[];
  /** True when the workbook holds no frozen formulas: nothing was changed. */
  nothingFrozen: boolean;
}

export interface SourcesReport {
  sheetName: string;
  refreshed: boolean;
}

function count(n: number, one: string, many: string): string {
  return `${n.toLocaleString("en-US")} ${n === 1 ? one : many}`;
}

export function freezeMessage(r: FreezeReport): string {
  if (r.recordsSheetTaken)
    return "Nothing frozen: a sheet named DeskFormulas already exists and is not Seizure Desk's. Rename it, then try again.";
  const parts: string[] = [];
  if (r.formulasFrozen > 0)
    parts.push(
      `Froze ${count(r.formulasFrozen, "DESK formula", "DESK formulas")} to ${r.formulasFrozen === 1 ? "its value" : "their values"} (${count(r.cellsFrozen, "cell", "cells")}). Restore formulas puts them back.`
    );
  else if (r.alreadyFrozen > 0)
    parts.push(
      `Nothing to freeze: no DESK formulas left; ${count(r.alreadyFrozen, "formula", "formulas")} frozen earlier can be restored.`
    );
  else if (r.protectedSheets.length === 0 && r.busy === 0)
    parts.push("Nothing to freeze: this workbook has no DESK formulas.");
  if (r.protectedSheets.length > 0)
    parts.push(
      `Skipped protected ${r.protectedSheets.length === 1 ? "sheet" : "sheets"}: ${r.protectedSheets
        .map((p) => `${p.sheet} (${count(p.formulas, "formula", "formulas")})`)
        .join(", ")}. Unprotect and run again to freeze them.`
    );
  if (r.busy > 0)
    parts.push(
      `${count(r.busy, "formula was", "formulas were")} still calculating and left as is: run again once they show values.`
    );
  return parts.join(" ");
}

/** How many refused formulas the message names one by one. */
const REFUSED_LISTED = 10;
const FORMULA_SHOWN_CHARS = 60;

function shortened(formula: string): string {
  return formula.length > FORMULA_SHOWN_CHARS
    ? `${formula.slice(0, FORMULA_SHOWN_CHARS - 1)}…`
    : formula;
}

export function restoreMessage(r: RestoreReport): string {
  if (r.nothingFrozen) return "Nothing to restore: no frozen DESK formulas in this workbook.";
  const parts = [
    r.formulasRestored > 0
      ? `Restored ${count(r.formulasRestored, "DESK formula", "DESK formulas")}.`
      : "No formula restored.",
  ];
  if (r.kept.edited > 0)
    parts.push(
      `${count(r.kept.edited, "frozen cell was", "frozen cells were")} edited since freezing and left as you made ${r.kept.edited === 1 ? "it" : "them"}.`
    );
  if (r.kept.protected > 0)
    parts.push(
      `${count(r.kept.protected, "formula", "formulas")} on protected ${r.protectedSheets.length === 1 ? "sheet" : "sheets"} ${r.protectedSheets.join(", ")} left frozen: unprotect and run again.`
    );
  if (r.kept.missingSheet > 0)
    parts.push(
      `${count(r.kept.missingSheet, "formula belongs", "formulas belong")} to a sheet that no longer exists.`
    );
  if (r.refused.length > 0)
    parts.push(
      `Not restored, the cells keep their values: ${r.refused
        .slice(0, REFUSED_LISTED)
        .map((x) => `${x.cells} ${shortened(x.formula)}: ${x.why}`)
        .join(
          "; "
        )}${r.refused.length > REFUSED_LISTED ? `; and ${count(r.refused.length - REFUSED_LISTED, "other", "others")}` : ""}.`
    );
  return parts.join(" ");
}

export function sourcesMessage(r: SourcesReport): string {
  return r.refreshed
    ? `Sources sheet "${r.sheetName}" refreshed.`
    : `Sources sheet "${r.sheetName}" written.`;
}
