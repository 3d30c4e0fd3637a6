/**
 * Prepare for sharing, as pure decisions: which cells hold DESK formulas, what to write over them, and
 * what to keep so that Restore formulas can put them back. The Excel layer reads, calls these, and writes.
 */
import { callsDeskFunction, canonicalDeskFormula } from "./deskFormula";
import type { GridWrite } from "./gridWrite";
import { literalInput } from "./literal";
import { fingerprintOf, type FrozenRecord } from "./records";
import { cellsOf, coveringRects, type Rect } from "./rects";

/** What the layer read of one sheet: its used range's formulas and values, and whether it is protected. */
export interface ScannedSheet {
  name: string;
  protected: boolean;
  /** 0-based sheet coordinates of `formulas[0][0]`. */
  row: number;
  col: number;
  formulas: readonly unknown[][];
  values: readonly unknown[][];
}

/** A cell whose formula calls a DESK function. */
export interface DeskCell {
  sheet: string;
  row: number;
  col: number;
  formula: string;
}

/** The spilled range of a DESK cell (the anchor at its top left), or null where the result does not spill. */
export type SpillExtent = Rect | null;

export interface FreezePlan {
  /** One per DESK formula frozen. */
  records: FrozenRecord[];
  /** Values over the frozen cells, in rectangles. */
  writes: GridWrite[];
  /** Cells holding a value now: the DESK formulas' own cells and their spilled cells. */
  cellsFrozen: number;
  /** Protected sheets, left as they are, with the number of DESK formulas each holds. */
  protectedSheets: { sheet: string; formulas: number }[];
  /** DESK formulas left alone because they were still calculating (#BUSY!). */
  busy: number;
}

/** Value that Excel shows while a custom function has not answered yet. */
const BUSY = "#BUSY!";

/** Every DESK formula of a scanned sheet, row by row. Spilled cells carry no formula and are not found. */
export function findDeskCells(sheet: ScannedSheet): DeskCell[] {
  const found: DeskCell[] = [];
  sheet.formulas.forEach((row, r) =>
    row.forEach((formula, c) => {
      if (callsDeskFunction(formula))
        found.push({
          sheet: sheet.name,
          row: sheet.row + r,
          col: sheet.col + c,
          formula: canonicalDeskFormula(formula as string),
        });
    })
  );
  return found;
}

/** The value a scanned sheet holds at a sheet cell ("" outside what was read). */
function valueAt(sheet: ScannedSheet, row: number, col: number): unknown {
  const line = sheet.values[row - sheet.row];
  const value = line === undefined ? undefined : line[col - sheet.col];
  return value === undefined || value === null ? "" : value;
}

/**
 * The plan for DESK cells found in `sheets`, given the spill extent of each (same order as `cells`).
 * Protected sheets are counted, not planned; cells still calculating are left for another try.
 */
export function planFreeze(
  sheets: readonly ScannedSheet[],
  cells: readonly DeskCell[],
  spills: readonly SpillExtent[]
): FreezePlan {
  const byName = new Map(sheets.map((s) => [s.name, s]));
  const records: FrozenRecord[] = [];
  const protectedCounts = new Map<string, number>();
  const targets = new Map<string, { row: number; col: number }[]>();
  let busy = 0;

  cells.forEach((cell, i) => {
    const sheet = byName.get(cell.sheet);
    if (!sheet) return;
    if (sheet.protected) {
      protectedCounts.set(sheet.name, (protectedCounts.get(sheet.name) ?? 0) + 1);
      return;
    }
    const extent: Rect = spills[i] ?? { row: cell.row, col: cell.col, rowCount: 1, colCount: 1 };
    const frozen = gridOf(extent, (row, col) => valueAt(sheet, row, col));
    if (frozen.some((line) => line.includes(BUSY))) {
      busy++;
      return;
    }
    records.push({
      sheet: cell.sheet,
      row: cell.row,
      col: cell.col,
      rowCount: extent.rowCount,
      colCount: extent.colCount,
      formula: cell.formula,
      fingerprint: fingerprintOf(frozen),
    });
    let list = targets.get(sheet.name);
    if (!list) targets.set(sheet.name, (list = []));
    list.push(...cellsOf(extent));
  });

  const writes: GridWrite[] = [];
  let cellsFrozen = 0;
  for (const [name, list] of targets) {
    const sheet = byName.get(name) as ScannedSheet;
    for (const rect of coveringRects(list)) {
      cellsFrozen += rect.rowCount * rect.colCount;
      writes.push({
        sheet: name,
        ...rect,
        kind: "values",
        grid: gridOf(rect, (row, col) => literalInput(valueAt(sheet, row, col))),
      });
    }
  }
  return {
    records,
    writes,
    cellsFrozen,
    protectedSheets: [...protectedCounts].map(([sheet, formulas]) => ({ sheet, formulas })),
    busy,
  };
}

/** A rectangle's cells as a grid, row by row, from a function of sheet coordinates. */
export function gridOf<T>(rect: Rect, at: (row: number, col: number) => T): T[][] {
  const grid: T[][] = [];
  for (let r = 0; r < rect.rowCount; r++) {
    const line: T[] = [];
    for (let c = 0; c < rect.colCount; c++) line.push(at(rect.row + r, rect.col + c));
    grid.push(line);
  }
  return grid;
}
