/** Which sheet the Sources plan goes to: ours if there is one, never a user's sheet. Pure. */
import { isSourcesSheet, SOURCES_FALLBACK_NAME, SOURCES_SHEET_NAME } from "./sourcesPlan";
import { uniqueSheetName } from "../placement";

export interface SheetFirstCell {
  name: string;
  /** The value of the sheet's A1. */
  firstCell: unknown;
}

/**
 * The sheet we wrote before (found by its first cell, so a renamed one is still found), else "Sources"
 * when free, else "Sources (Seizure Desk)" made unique.
 */
export function chooseSourcesSheet(sheets: readonly SheetFirstCell[]): {
  name: string;
  exists: boolean;
} {
  const ours = sheets.filter((s) => isSourcesSheet(s.firstCell));
  const preferred = ours.find((s) => s.name === SOURCES_SHEET_NAME) ?? ours[0];
  if (preferred) return { name: preferred.name, exists: true };
  const names = sheets.map((s) => s.name);
  const taken = names.some(
    (n) => n.toLocaleUpperCase("en-US") === SOURCES_SHEET_NAME.toUpperCase()
  );
  return {
    name: taken ? uniqueSheetName(SOURCES_FALLBACK_NAME, names) : SOURCES_SHEET_NAME,
    exists: false,
  };
}
