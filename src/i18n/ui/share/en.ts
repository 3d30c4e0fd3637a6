/**
 * What the share panel says after an action (src/taskpane/shareMessages.ts), in English, the source of the
 * keys. These strings travel with the share panel's outcome code, fetched on the first action, not with
 * the start bundle; each other language is its own chunk.
 */
export const shareEn = {
  sharedRecordsSheetTaken:
    "Nothing frozen: a sheet named DeskFormulas already exists and is not Seizure Desk's. Rename it, then try again.",
  frozeOne: "Froze {count} DESK formula to its value ({cells}). Restore formulas puts them back.",
  frozeMany:
    "Froze {count} DESK formulas to their values ({cells}). Restore formulas puts them back.",
  cellsOne: "{count} cell",
  cellsMany: "{count} cells",
  formulasOne: "{count} formula",
  formulasMany: "{count} formulas",
  nothingLeftToFreeze:
    "Nothing to freeze: no DESK formulas left; {formulas} frozen earlier can be restored.",
  nothingToFreeze: "Nothing to freeze: this workbook has no DESK formulas.",
  skippedProtectedOne: "Skipped protected sheet: {sheets}. Unprotect and run again to freeze them.",
  skippedProtectedMany:
    "Skipped protected sheets: {sheets}. Unprotect and run again to freeze them.",
  sheetWithFormulas: "{sheet} ({formulas})",
  stillCalculatingOne:
    "{count} formula was still calculating and left as is: run again once they show values.",
  stillCalculatingMany:
    "{count} formulas were still calculating and left as is: run again once they show values.",
  nothingToRestore: "Nothing to restore: no frozen DESK formulas in this workbook.",
  restoredOne: "Restored {count} DESK formula.",
  restoredMany: "Restored {count} DESK formulas.",
  noFormulaRestored: "No formula restored.",
  editedOne: "{count} frozen cell was edited since freezing and left as you made it.",
  editedMany: "{count} frozen cells were edited since freezing and left as you made them.",
  keptProtectedOne: "{formulas} on protected sheet {sheets} left frozen: unprotect and run again.",
  keptProtectedMany:
    "{formulas} on protected sheets {sheets} left frozen: unprotect and run again.",
  missingSheetOne: "{count} formula belongs to a sheet that no longer exists.",
  missingSheetMany: "{count} formulas belong to a sheet that no longer exists.",
  notRestored: "Not restored, the cells keep their values: {list}.",
  refusedFormula: "{cells} {formula}: {why}",
  andOthersOne: "and {count} other",
  andOthersMany: "and {count} others",
  list: "{first}; {rest}",
  sourcesSheetRefreshed: 'Sources sheet "{name}" refreshed.',
  sourcesSheetWritten: 'Sources sheet "{name}" written.',
  // Why Restore formulas left a kept formula as a value (core/share/restorableFormula.ts, restorePlan.ts).
  whyNotAccepted: "it is not a formula Excel accepts",
  whyNotFormula: "it is not a formula",
  whyNotToken: "it holds something that is not a formula token ({text})",
  whyUnclosedText: "a text in it is not closed",
  whyOtherFile: "it refers to another file ({text})",
  whyOutsideName: "it refers to a name outside this workbook ({text})",
  whyReachesOutside: "it calls {name}, which reaches outside the workbook",
  whyNoDeskCall: "it calls no DESK function",
  whyRecordsSheet: "it points into the records sheet itself",
  whyOutsideSheet: "its cells lie outside the sheet",
  whyTooManyCells: "it claims more cells than a DESK formula fills",
  whyOverlap: "its cells overlap those of another kept formula",
};

export type ShareStrings = { readonly [K in keyof typeof shareEn]: string };
export type ShareKey = keyof ShareStrings;
