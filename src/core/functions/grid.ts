import { DeskError, badValue, isDeskError } from "../deskError";

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

/** Cells of an omitted optional argument: Excel passes null or undefined instead of a grid. */
const OMITTED: Grid = [[null]];

/** Treats anything that is not a 2D array (an omitted argument, a bare scalar) as one cell. */
export function asGrid(arg: unknown): Grid {
  if (arg === undefined || arg === null) return OMITTED;
  if (
    Array.isArray(arg) &&
    arg.length > 0 &&
    arg.every((row) => Array.isArray(row) && row.length === arg[0].length && row.length > 0)
  ) {
    return arg as Grid;
  }
  return [[arg]];
}

/**
 * The result shape of an element-wise function, as Excel lifts its own functions: a single cell broadcasts
 * against anything; a single row broadcasts down a range with as many columns, a single column across a
 * range with as many rows; otherwise shapes must be equal.
 */
export function resultShape(grids: Grid[], names: string[]): Shape | DeskError {
  const shapes = grids.map(shapeOf);
  const rows = Math.max(...shapes.map((s) => s.rows));
  const cols = Math.max(...shapes.map((s) => s.cols));
  for (let i = 0; i < shapes.length; i++) {
    const s = shapes[i];
    if ((s.rows !== 1 && s.rows !== rows) || (s.cols !== 1 && s.cols !== cols)) {
      const widest = shapes.findIndex((t) => t.rows === rows || t.cols === cols);
      return badValue(
        `${names[i]} is ${s.rows}×${s.cols} cells but ${names[widest]} is ${shapes[widest].rows}×${shapes[widest].cols}: ` +
          "give ranges of the same shape, a single row or column that matches, or a single cell."
      );
    }
  }
  return { rows, cols };
}

/** Applies `cell` element-wise over the broadcast arguments. A shape mismatch is one error for the whole call. */
export function mapCells<T>(
  args: unknown[],
  names: string[],
  cell: (...values: unknown[]) => CellResult<T>
): Grid<CellResult<T>> | DeskError {
  const grids = args.map(asGrid);
  const shape = resultShape(grids, names);
  if (isDeskError(shape)) return shape;
  const out: Grid<CellResult<T>> = new Array(shape.rows);
  const values = new Array<unknown>(grids.length);
  for (let r = 0; r < shape.rows; r++) {
    const row = new Array<CellResult<T>>(shape.cols);
    for (let c = 0; c < shape.cols; c++) {
      for (let i = 0; i < grids.length; i++) {
        const g = grids[i];
        values[i] = g[g.length === 1 ? 0 : r][g[0].length === 1 ? 0 : c];
      }
      row[c] = cell(...values);
    }
    out[r] = row;
  }
  return out;
}
