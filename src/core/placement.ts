/**
 * Where an inserted table goes: pure decisions, no Office.js. The rule is that nothing is ever
 * overwritten: the table lands at the selected cell only when every cell it needs is empty, otherwise on
 * a new sheet named after it.
 */

/** Excel's limits on worksheet names. */
const SHEET_NAME_MAX = 31;
const SHEET_NAME_FORBIDDEN = /[:\\/?*[\]]/g;
/** Excel reserves "History" for its change-tracking sheet. */
const RESERVED_SHEET_NAMES = ["history"];

export interface Placement {
  /** True when the table goes to a new sheet (named `sheetName`), false when it goes at the selected cell. */
  newSheet: boolean;
  sheetName: string;
  /** 0-based sheet row and column of the title cell. */
  row: number;
  col: number;
}

export interface PlacementInput {
  activeSheetName: string;
  activeRow: number;
  activeCol: number;
  /** `Range.formulas` of the area the plan needs, anchored at the active cell. */
  areaFormulas: unknown[][];
  /** Number of existing tables that the area touches, even through empty cells. */
  overlappingTables: number;
  /** Names of every sheet in the workbook. */
  sheetNames: string[];
  /** The catalogue table's title, from which a new sheet's name is derived. */
  title: string;
}

/** True when a cell read through `Range.formulas` holds nothing: no value, no formula. */
function isEmptyCell(cell: unknown): boolean {
  return cell === "" || cell === null || cell === undefined;
}

/** True when no cell of the area holds a value or a formula. */
export function isAreaEmpty(areaFormulas: unknown[][]): boolean {
  return areaFormulas.every((row) => row.every(isEmptyCell));
}

/** The selected cell when the area is free; otherwise a new sheet, at A1. */
export function choosePlacement(input: PlacementInput): Placement {
  if (isAreaEmpty(input.areaFormulas) && input.overlappingTables === 0) {
    return {
      newSheet: false,
      sheetName: input.activeSheetName,
      row: input.activeRow,
      col: input.activeCol,
    };
  }
  return {
    newSheet: true,
    sheetName: uniqueSheetName(input.title, input.sheetNames),
    row: 0,
    col: 0,
  };
}

/** Excel compares sheet and table names without regard to case. */
function nameKey(name: string): string {
  return name.toLocaleUpperCase("en-US");
}

/**
 * A worksheet name derived from `title` that Excel accepts and that no existing sheet has: forbidden
 * characters removed, at most 31 characters, no leading or trailing apostrophe, and " (2)", " (3)"…
 * appended (after shortening the base) until it is unique, ignoring case.
 */
export function uniqueSheetName(title: string, existing: string[]): string {
  const cleaned = title.replace(SHEET_NAME_FORBIDDEN, " ").replace(/\s+/g, " ").trim();
  const base = shorten(cleaned, SHEET_NAME_MAX) || "Table";
  const taken = new Set(existing.map(nameKey).concat(RESERVED_SHEET_NAMES.map(nameKey)));
  if (!taken.has(nameKey(base))) return base;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = (shorten(base, SHEET_NAME_MAX - suffix.length) || "Table") + suffix;
    if (!taken.has(nameKey(candidate))) return candidate;
  }
}

/**
 * At most `max` characters, cut after a whole word where that keeps at least half of them (a tab reads
 * "Share of Sky ECC users by" rather than "…by regio"), without the apostrophes Excel refuses at either end.
 */
function shorten(name: string, max: number): string {
  let cut = name;
  if (name.length > max) {
    cut = name.slice(0, max);
    const space = cut.lastIndexOf(" ");
    if (name[max] !== " " && space >= max / 2) cut = cut.slice(0, space);
  }
  return cut
    .replace(/^'+|'+$/g, "")
    .replace(/[\s,;.-]+$/, "")
    .trim();
}

/**
 * A table name derived from the catalogue id ("operation-day" → "Desk_operation_day") that no table or
 * defined name in the workbook has. Excel table names hold letters, digits, "_" and "."; the prefix keeps
 * them from starting with a digit or looking like a cell reference.
 */
export function uniqueTableName(tableId: string, existing: string[]): string {
  const base = ("Desk_" + tableId.replace(/[^A-Za-z0-9_.]/g, "_")).slice(0, 250);
  const taken = new Set(existing.map(nameKey));
  if (!taken.has(nameKey(base))) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base}_${n}`;
    if (!taken.has(nameKey(candidate))) return candidate;
  }
}

/**
 * A sheet name as it is written in a reference ("Sheet1", "'Cocaine seized'!A1"): quoted unless it is
 * letters, digits, "_" and "." only and cannot be read as a cell reference.
 */
export function quoteSheetName(name: string): string {
  const plain = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name);
  const looksLikeReference =
    /^[A-Za-z]{1,3}[0-9]+$/.test(name) || /^[Rr][0-9]*[Cc][0-9]*$/.test(name);
  return plain && !looksLikeReference ? name : `'${name.replace(/'/g, "''")}'`;
}
