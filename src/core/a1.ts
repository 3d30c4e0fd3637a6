/** A1 addresses from 0-based sheet coordinates: row 4, column 3 is "D5"; column 26 is "AA". */

function assertIndex(n: number, what: string): void {
  if (!Number.isInteger(n) || n < 0)
    throw new RangeError(`${what} must be a whole number from 0, got ${n}`);
}

/** Column letters of a 0-based column index: 0 -> "A", 25 -> "Z", 26 -> "AA", 701 -> "ZZ", 702 -> "AAA". */
export function columnLetters(col: number): string {
  assertIndex(col, "Column index");
  let letters = "";
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

/** The A1 address of a 0-based cell: (4, 3) -> "D5". */
export function a1(row: number, col: number): string {
  assertIndex(row, "Row index");
  return `${columnLetters(col)}${row + 1}`;
}

/** The A1 address of a block of cells: (1, 1, 3, 2) -> "B2:C4"; a single cell gives "B2". */
export function rangeAddress(row: number, col: number, rowCount: number, colCount: number): string {
  if (!Number.isInteger(rowCount) || rowCount < 1 || !Number.isInteger(colCount) || colCount < 1) {
    throw new RangeError(
      `A range needs at least one row and one column, got ${rowCount} x ${colCount}`
    );
  }
  const start = a1(row, col);
  return rowCount === 1 && colCount === 1
    ? start
    : `${start}:${a1(row + rowCount - 1, col + colCount - 1)}`;
}
