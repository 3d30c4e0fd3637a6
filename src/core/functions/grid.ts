import { DeskError, PassedError, badValue, isDeskError, isExcelErrorValue } from "../deskError";
import type { ArgName } from "../messages/en";
import { argName } from "./inputs";

/** A range as Excel passes it to a custom function: rows of cells. A single cell arrives as [[value]]. */
export type Grid<T = unknown> = T[][];

/** What one cell of a result holds: a value or an error for that cell alone. */
export type CellResult<T> = T | DeskError;

interface Shape {
  rows: number;
  cols: number;
}

function shapeOf(grid: Grid): Shape {
  return { rows: grid.length, cols: grid.length === 0 ? 0 : grid[0].length };
}

/**
 * Cells of an omitted optional argument: Excel passes null or undefined instead of a grid. They hold
 * undefined, which no cell holds (an empty cell is null or ""), so that a function can tell an argument
 * left out (a date: the latest rate) from an empty cell (a date missing: an error).
 */
const OMITTED: Grid = [[undefined]];

/** Treats anything that is not a 2D array (an omitted argument, a bare scalar) as one cell. */
function asGrid(arg: unknown): Grid {
  if (arg === undefined || arg === null) return OMITTED;
  return isRectangle(arg) ? arg : [[arg]];
}

/** An argument that is one cell: omitted, a bare value, or a 1×1 range. */
function isSingleCell(arg: unknown): boolean {
  if (!Array.isArray(arg)) return true;
  return arg.length === 1 && Array.isArray(arg[0]) && (arg[0] as unknown[]).length === 1;
}

/** Rows of cells, all as long, none empty. */
function isRectangle(arg: unknown): arg is Grid {
  if (!Array.isArray(arg) || arg.length === 0 || !Array.isArray(arg[0])) return false;
  const width = (arg[0] as unknown[]).length;
  if (width === 0) return false;
  for (let r = 1; r < arg.length; r++) {
    const row: unknown = arg[r];
    if (!Array.isArray(row) || row.length !== width) return false;
  }
  return true;
}

/**
 * The result shape of an element-wise function, as Excel lifts its own functions: a single cell broadcasts
 * against anything; a single row broadcasts down a range with as many columns, a single column across a
 * range with as many rows; otherwise shapes must be equal.
 */
function resultShape(grids: Grid[], names: readonly ArgName[]): Shape | DeskError {
  const shapes = grids.map(shapeOf);
  const rows = Math.max(...shapes.map((s) => s.rows));
  const cols = Math.max(...shapes.map((s) => s.cols));
  for (let i = 0; i < shapes.length; i++) {
    const s = shapes[i];
    if ((s.rows !== 1 && s.rows !== rows) || (s.cols !== 1 && s.cols !== cols)) {
      // Name the argument it does not fit: the first other one that is not a single row or column of it.
      const widest = shapes.findIndex(
        (t, j) =>
          j !== i && ((t.rows !== 1 && t.rows !== s.rows) || (t.cols !== 1 && t.cols !== s.cols))
      );
      return badValue("grid.shapeMismatch", {
        name: argName(names[i]),
        rows: s.rows,
        cols: s.cols,
        other: argName(names[widest]),
        otherRows: shapes[widest].rows,
        otherCols: shapes[widest].cols,
      });
    }
  }
  return { rows, cols };
}

/** The number of cells of the largest argument, read from its outer shape only (no validation). */
export function largestArgumentCells(args: unknown[]): number {
  let most = 1;
  for (const arg of args) {
    if (Array.isArray(arg) && Array.isArray(arg[0]))
      most = Math.max(most, arg.length * arg[0].length);
  }
  return most;
}

/**
 * The most arguments an element-wise DESK function takes (CONVERT: amount, from, to, date, rule,
 * full_precision).
 */
const MAX_ARGS = 6;

type CellFunction<T> = (
  a: unknown,
  b: unknown,
  c: unknown,
  d: unknown,
  e: unknown,
  f: unknown
) => CellResult<T>;

/** The first Excel error value among a cell's arguments, or undefined (read one by one: this runs per cell). */
function firstExcelError(a: unknown, b: unknown, c: unknown, d: unknown, e: unknown, f: unknown) {
  if (isExcelErrorValue(a)) return a;
  if (isExcelErrorValue(b)) return b;
  if (isExcelErrorValue(c)) return c;
  if (isExcelErrorValue(d)) return d;
  if (isExcelErrorValue(e)) return e;
  return isExcelErrorValue(f) ? f : undefined;
}

/**
 * Applies `cell` element-wise over the broadcast arguments (at most six). A shape mismatch is one error
 * for the whole call; an Excel error in an argument cell passes through to that cell.
 */
export function mapCells<T>(
  args: unknown[],
  names: readonly ArgName[],
  cell: CellFunction<T>
): Grid<CellResult<T>> | DeskError {
  if (args.length > MAX_ARGS) throw new Error(`mapCells takes at most ${MAX_ARGS} arguments.`);
  // An Excel error in an argument cell is that cell's result, as in Excel's own functions.
  const checked: CellFunction<T> = (a, b, c, d, e, f) => {
    const error = firstExcelError(a, b, c, d, e, f);
    return error === undefined ? cell(a, b, c, d, e, f) : new PassedError(error);
  };
  // Most formulas give single cells: one call, no broadcasting.
  if (args.every(isSingleCell)) {
    const cell = (i: number) => asGrid(args[i])[0][0];
    return [[checked(cell(0), cell(1), cell(2), cell(3), cell(4), cell(5))]];
  }
  const grids = args.map(asGrid);
  const shape = resultShape(grids, names);
  if (isDeskError(shape)) return shape;
  // Arguments past the function's own are one empty cell; the function does not declare them.
  while (grids.length < MAX_ARGS) grids.push(OMITTED);
  const [g0, g1, g2, g3, g4, g5] = grids;
  // A column step of 0 repeats a single column across the result; a single row is repeated down it.
  const [s0, s1, s2, s3, s4, s5] = grids.map((g) => (g[0].length === 1 ? 0 : 1));
  const rowOf = (g: Grid, r: number) => (g.length === 1 ? g[0] : g[r]);
  const out: Grid<CellResult<T>> = new Array(shape.rows);
  for (let r = 0; r < shape.rows; r++) {
    const r0 = rowOf(g0, r);
    const r1 = rowOf(g1, r);
    const r2 = rowOf(g2, r);
    const r3 = rowOf(g3, r);
    const r4 = rowOf(g4, r);
    const r5 = rowOf(g5, r);
    // A row built by a literal or by push has the right element kind from its first value: no copy when
    // the first number arrives (a column of results is a row of one per cell).
    const row: CellResult<T>[] = [checked(r0[0], r1[0], r2[0], r3[0], r4[0], r5[0])];
    for (let c = 1; c < shape.cols; c++) {
      row.push(checked(r0[c * s0], r1[c * s1], r2[c * s2], r3[c * s3], r4[c * s4], r5[c * s5]));
    }
    out[r] = row;
  }
  return out;
}
