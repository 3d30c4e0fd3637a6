/**
 * The size of an Excel worksheet: 1,048,576 rows by 16,384 columns (A to XFD), per Microsoft's "Excel
 * specifications and limits" (https://support.microsoft.com/office/excel-specifications-and-limits-1672b34d-7043-467e-8e27-269d656771c3).
 * A range past the last row or column does not exist: Excel refuses to address it.
 */
import type { Rect } from "./share/rects";

const SHEET_ROW_COUNT = 1_048_576;
const SHEET_COL_COUNT = 16_384;

/** True when every cell of the rectangle lies on the sheet. */
export function fitsOnSheet(rect: Rect): boolean {
  return (
    rect.row >= 0 &&
    rect.col >= 0 &&
    rect.rowCount >= 1 &&
    rect.colCount >= 1 &&
    rect.row + rect.rowCount <= SHEET_ROW_COUNT &&
    rect.col + rect.colCount <= SHEET_COL_COUNT
  );
}
