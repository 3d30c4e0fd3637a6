/**
 * What the share panel says after each action, in the active language: what Prepare for sharing froze,
 * what Restore formulas put back or left, and which Sources sheet was written. The reports come from the
 * core (core/share/messages.ts); the words from src/i18n/ui/share/, loaded with this module (English) or
 * on the first action in another language (useShareLanguage).
 */
import type { FreezeReport, RestoreReport, SourcesReport } from "../core/share/messages";
import { activeLanguage } from "../i18n/activeLanguage";
import { fill, localeOf, type FillValue } from "../i18n/fill";
import type { Language } from "../i18n/language";
import { loadShareStrings, shareEn, type ShareKey, type ShareStrings } from "../i18n/ui/share";

let strings: ShareStrings = shareEn;
let stringsLanguage: Language = "en";

/** Loads the language's outcome strings (once per language) before an outcome is worded. */
export async function useShareLanguage(language: Language = activeLanguage()): Promise<void> {
  if (language === stringsLanguage) return;
  strings = await loadShareStrings(language);
  stringsLanguage = language;
}

function ui(key: ShareKey, values: Readonly<Record<string, FillValue>> = {}): string {
  return fill(strings[key], values, stringsLanguage);
}

/** The "one" or the "other" key, by the language's plural rule (French says "0 formule", English "0 formulas"). */
function plural(n: number, one: ShareKey, many: ShareKey): ShareKey {
  return new Intl.PluralRules(localeOf(stringsLanguage)).select(n) === "one" ? one : many;
}

const cells = (n: number) => ui(plural(n, "cellsOne", "cellsMany"), { count: n });
const formulas = (n: number) => ui(plural(n, "formulasOne", "formulasMany"), { count: n });

export function freezeMessage(r: FreezeReport): string {
  if (r.recordsSheetTaken) return ui("sharedRecordsSheetTaken");
  const parts: string[] = [];
  if (r.formulasFrozen > 0)
    parts.push(
      ui(plural(r.formulasFrozen, "frozeOne", "frozeMany"), {
        count: r.formulasFrozen,
        cells: cells(r.cellsFrozen),
      })
    );
  else if (r.alreadyFrozen > 0)
    parts.push(ui("nothingLeftToFreeze", { formulas: formulas(r.alreadyFrozen) }));
  else if (r.protectedSheets.length === 0 && r.busy === 0) parts.push(ui("nothingToFreeze"));
  if (r.protectedSheets.length > 0) {
    const sheets = r.protectedSheets
      .map((p) => ui("sheetWithFormulas", { sheet: p.sheet, formulas: formulas(p.formulas) }))
      .join(", ");
    parts.push(
      ui(r.protectedSheets.length === 1 ? "skippedProtectedOne" : "skippedProtectedMany", {
        sheets,
      })
    );
  }
  if (r.busy > 0)
    parts.push(
      ui(plural(r.busy, "stillCalculatingOne", "stillCalculatingMany"), { count: r.busy })
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

function refusedText(refused: RestoreReport["refused"]): string {
  const listed = refused.slice(0, REFUSED_LISTED).map((x) =>
    ui("refusedFormula", {
      cells: x.cells,
      formula: shortened(x.formula),
      why: ui(x.why.key, x.why.values),
    })
  );
  const more = refused.length - REFUSED_LISTED;
  if (more > 0) listed.push(ui(plural(more, "andOthersOne", "andOthersMany"), { count: more }));
  return ui("notRestored", {
    list: listed.reduce((list, item) => ui("list", { first: list, rest: item })),
  });
}

export function restoreMessage(r: RestoreReport): string {
  if (r.nothingFrozen) return ui("nothingToRestore");
  const parts = [
    r.formulasRestored > 0
      ? ui(plural(r.formulasRestored, "restoredOne", "restoredMany"), { count: r.formulasRestored })
      : ui("noFormulaRestored"),
  ];
  if (r.kept.edited > 0)
    parts.push(ui(plural(r.kept.edited, "editedOne", "editedMany"), { count: r.kept.edited }));
  if (r.kept.protected > 0)
    parts.push(
      ui(r.protectedSheets.length === 1 ? "keptProtectedOne" : "keptProtectedMany", {
        formulas: formulas(r.kept.protected),
        sheets: r.protectedSheets.join(", "),
      })
    );
  if (r.kept.missingSheet > 0)
    parts.push(
      ui(plural(r.kept.missingSheet, "missingSheetOne", "missingSheetMany"), {
        count: r.kept.missingSheet,
      })
    );
  if (r.refused.length > 0) parts.push(refusedText(r.refused));
  return parts.join(" ");
}

export function sourcesMessage(r: SourcesReport): string {
  return ui(r.refreshed ? "sourcesSheetRefreshed" : "sourcesSheetWritten", { name: r.sheetName });
}
