/** Which sheet the Sources plan goes to: ours if there is one, never a user's sheet. Pure. */
import { isSourcesSheet, SOURCES_FALLBACK_NAME, SOURCES_SHEET_NAME } from "./sourcesPlan";
import { uniqueSheetName } from "../placement";

export interface SheetFirstCell {
  name: string;
  /** The value of the sheet's A1. */
  firstCell: unknown;
}

/**
 * The sheet we wrote before (found by its first cell, so a renamed one or one written in another language
 * is still found), else "Sources" ("Bronnen", "Quellen") when free, else "Sources (Seizure Desk)" made unique.
 */
export function chooseSourcesSheet(
  sheets: readonly SheetFirstCell[],
  names: { sheetName: string; fallbackSheetName: string } = {
    sheetName: SOURCES_SHEET_NAME,
    fallbackSheetName: SOURCES_FALLBACK_NAME,
  }
): {
  name: string;
  exists: boolean;
} {
  const ours = sheets.filter((s) => isSourcesSheet(s.firstCell));
  const preferred = ours.find((s) => s.name === names.sheetName) ?? ours[0];
  if (preferred) return { name: preferred.name, exists: true };
  const sheetNames = sheets.map((s) => s.name);
  const taken = sheetNames.some(
    (n) => n.toLocaleUpperCase("en-US") === names.sheetName.toLocaleUpperCase("en-US")
  );
  return {
    name: taken ? uniqueSheetName(names.fallbackSheetName, sheetNames) : names.sheetName,
    exists: false,
  };
}
