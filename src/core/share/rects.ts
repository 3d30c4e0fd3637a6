/**
 * Rectangles of sheet cells. The Excel layer writes and reads whole rectangles rather than single cells:
 * a column of 10,000 DESK formulas is one range in the request, not 10,000.
 */

/** 0-based sheet coordinates of the top-left cell, and the size in cells. */
export interface Rect {
  row: number;
  col: number;
  rowCount: number;
  colCount: number;
}

export interface SheetRect extends Rect {
  sheet: string;
}

export interface CellRef {
  row: number;
  col: number;
}

/** Every cell of a rectangle, row by row. */
export function cellsOf(rect: Rect): CellRef[] {
  const cells: CellRef[] = [];
  for (let r = 0; r < rect.rowCount; r++)
    for (let c = 0; c < rect.colCount; c++) cells.push({ row: rect.row + r, col: rect.col + c });
  return cells;
}

/**
 * Rectangles that cover exactly the given cells (duplicates allowed), none overlapping: runs of adjacent
 * cells in a row, and runs with the same columns in consecutive rows merged into one rectangle.
 */
export function coveringRects(cells: Iterable<CellRef>): Rect[] {
  const colsByRow = new Map<number, Set<number>>();
  for (const { row, col } of cells) {
    let cols = colsByRow.get(row);
    if (!cols) colsByRow.set(row, (cols = new Set()));
    cols.add(col);
  }
  const rows = [...colsByRow.keys()].sort((a, b) => a - b);
  const done: Rect[] = [];
  /** Rectangles still growing downwards, by their column span. */
  let open = new Map<string, Rect>();
  let previousRow = -2;
  for (const row of rows) {
    const next = new Map<string, Rect>();
    const contiguous = row === previousRow + 1;
    for (const [col, colCount] of runsOf([...(colsByRow.get(row) as Set<number>)])) {
      const key = `${col}:${colCount}`;
      const growing = contiguous ? open.get(key) : undefined;
      if (growing) {
        growing.rowCount++;
        open.delete(key);
        next.set(key, growing);
      } else next.set(key, { row, col, rowCount: 1, colCount });
    }
    done.push(...open.values());
    open = next;
    previousRow = row;
  }
  done.push(...open.values());
  return done.sort((a, b) => a.row - b.row || a.col - b.col);
}

/** Runs of consecutive numbers as [first, length], ascending. */
function runsOf(cols: number[]): [number, number][] {
  cols.sort((a, b) => a - b);
  const runs: [number, number][] = [];
  for (const col of cols) {
    const last = runs[runs.length - 1];
    if (last && col === last[0] + last[1]) last[1]++;
    else runs.push([col, 1]);
  }
  return runs;
}
