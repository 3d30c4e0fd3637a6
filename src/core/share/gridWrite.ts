/**
 * A rectangle of cells to write in one range assignment, and the cutting of many of them into chunks that
 * each fit one Excel request.
 */
import type { CellValue } from "../cellPlanTypes";
import {
  ACTION_OVERHEAD_BYTES,
  chunkByPayload,
  jsonBytes,
  splitRowsByBytes,
  CHUNK_BUDGET_BYTES,
} from "./chunk";
import type { SheetRect } from "./rects";

export interface GridWrite extends SheetRect {
  /** `values` writes literal inputs; `formulas` writes formulas (strings starting with "="). */
  kind: "values" | "formulas";
  /** rowCount × colCount. */
  grid: CellValue[][];
}

export function writeBytes(write: GridWrite): number {
  return ACTION_OVERHEAD_BYTES + jsonBytes(write.grid);
}

/** Writes cut into row bands within the budget, then packed in order into chunks: one chunk per sync. */
export function chunkWrites(
  writes: readonly GridWrite[],
  budgetBytes: number = CHUNK_BUDGET_BYTES
): GridWrite[][] {
  const pieces: GridWrite[] = [];
  for (const write of writes) {
    if (writeBytes(write) <= budgetBytes) {
      pieces.push(write);
      continue;
    }
    const bands = splitRowsByBytes(write, (r) => jsonBytes(write.grid[r]) + 1, budgetBytes);
    for (const band of bands) {
      const from = band.row - write.row;
      pieces.push({ ...write, ...band, grid: write.grid.slice(from, from + band.rowCount) });
    }
  }
  return chunkByPayload(pieces, writeBytes, budgetBytes);
}
