/**
 * Reads cut to fit Excel's response cap: each rectangle in bands of whole rows whose estimated response
 * stays within the budget, the bands packed into chunks read one sync each.
 */
import {
  ACTION_OVERHEAD_BYTES,
  chunkByPayload,
  CHUNK_BUDGET_BYTES,
  READ_BYTES_PER_CELL,
  splitRowsByBytes,
} from "./chunk";
import type { SheetRect } from "./rects";

export function readBytes(rect: SheetRect, bytesPerCell: number = READ_BYTES_PER_CELL): number {
  return ACTION_OVERHEAD_BYTES + rect.rowCount * rect.colCount * bytesPerCell;
}

export function chunkReads(
  rects: readonly SheetRect[],
  bytesPerCell: number = READ_BYTES_PER_CELL,
  budgetBytes: number = CHUNK_BUDGET_BYTES
): SheetRect[][] {
  const bands = rects.flatMap((rect) =>
    splitRowsByBytes(rect, () => rect.colCount * bytesPerCell, budgetBytes).map((band) => ({
      ...band,
      sheet: rect.sheet,
    }))
  );
  return chunkByPayload(bands, (band) => readBytes(band, bytesPerCell), budgetBytes);
}

/** Halves of a band, for a read that Excel refused as too large: by rows, or by columns for a single row. */
export function halve(rect: SheetRect): SheetRect[] {
  if (rect.rowCount > 1) {
    const top = Math.ceil(rect.rowCount / 2);
    return [
      { ...rect, rowCount: top },
      { ...rect, row: rect.row + top, rowCount: rect.rowCount - top },
    ];
  }
  if (rect.colCount > 1) {
    const left = Math.ceil(rect.colCount / 2);
    return [
      { ...rect, colCount: left },
      { ...rect, col: rect.col + left, colCount: rect.colCount - left },
    ];
  }
  return [rect];
}
