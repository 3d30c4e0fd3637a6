/**
 * The reads and writes that freezing, restoring and the Sources sheet share. Each function queues its
 * work and syncs a number of times that depends on megabytes (one sync per chunk under the payload cap),
 * never on the number of cells.
 */
import { ACTION_OVERHEAD_BYTES, chunkByPayload, READ_BYTES_PER_CELL } from "../core/share/chunk";
import { chunkWrites, writeBytes, type GridWrite } from "../core/share/gridWrite";
import { chunkReads, halve } from "../core/share/reads";
import { RECORDS_SHEET_NAME } from "../core/share/records";
import type { Rect, SheetRect } from "../core/share/rects";

export interface SheetInfo {
  name: string;
  protected: boolean;
  visibility: string;
}

/** Every worksheet with its protection and visibility: one sync. */
export async function listSheets(context: Excel.RequestContext): Promise<SheetInfo[]> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name,items/visibility,items/protection/protected");
  await context.sync();
  return sheets.items.map((s) => ({
    name: s.name,
    protected: s.protection.protected,
    visibility: s.visibility,
  }));
}

/** The used range of each named sheet (null where a sheet is empty), and its first cell's value: one sync. */
export async function usedRanges(
  context: Excel.RequestContext,
  names: readonly string[]
): Promise<Map<string, { used: Rect | null; firstCell: unknown }>> {
  const worksheets = context.workbook.worksheets;
  const queued = names.map((name) => {
    const sheet = worksheets.getItem(name);
    // Values only: cells that merely carry a format (a whole formatted column) are not read.
    const used = sheet.getUsedRangeOrNullObject(true);
    used.load("rowIndex,columnIndex,rowCount,columnCount");
    const first = sheet.getRangeByIndexes(0, 0, 1, 1);
    first.load("values");
    return { name, used, first };
  });
  await context.sync();
  return new Map(
    queued.map(({ name, used, first }) => [
      name,
      {
        used: used.isNullObject
          ? null
          : {
              row: used.rowIndex,
              col: used.columnIndex,
              rowCount: used.rowCount,
              colCount: used.columnCount,
            },
        firstCell: first.values[0][0],
      },
    ])
  );
}

export interface RectRead extends SheetRect {
  values: unknown[][];
  /** Present when formulas were asked for. */
  formulas?: unknown[][];
}

/** Excel's codes for a request or response over the payload cap. */
const PAYLOAD_TOO_LARGE = /PayloadSizeLimitExceeded/i;

function isPayloadTooLarge(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" && PAYLOAD_TOO_LARGE.test(code);
}

/**
 * Values (and formulas, if asked) of rectangles, one sync per chunk. A chunk that Excel refuses as too
 * large (its formulas were longer than estimated) is read again in halves.
 */
export async function readRects(
  context: Excel.RequestContext,
  rects: readonly SheetRect[],
  withFormulas: boolean
): Promise<RectRead[]> {
  const reads: RectRead[] = [];
  const pending = chunkReads(rects, withFormulas ? READ_BYTES_PER_CELL : READ_BYTES_PER_CELL / 2);
  while (pending.length > 0) {
    const chunk = pending.shift() as SheetRect[];
    const queued = chunk.map((rect) => {
      const range = context.workbook.worksheets
        .getItem(rect.sheet)
        .getRangeByIndexes(rect.row, rect.col, rect.rowCount, rect.colCount);
      if (withFormulas) range.load("values,formulas");
      else range.load("values");
      return { rect, range };
    });
    try {
      // One sync per chunk: the loop runs once per 4 MB of cells, as the payload cap requires.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    } catch (error) {
      const smaller = chunk.flatMap(halve);
      if (!isPayloadTooLarge(error) || smaller.length === chunk.length) throw error;
      pending.unshift(...smaller.map((rect) => [rect]));
      continue;
    }
    for (const { rect, range } of queued)
      reads.push({
        ...rect,
        values: range.values,
        formulas: withFormulas ? range.formulas : undefined,
      });
  }
  return reads;
}

/** Clearing a rectangle's contents (formats stay), or writing a grid. */
export type CellOp = ({ op: "clear" } & SheetRect) | ({ op: "write" } & GridWrite);

/** Writes the rows of the records sheet (the frozen formulas) from its top-left cell. */
export function recordsSheetWrite(rows: GridWrite["grid"]): CellOp {
  return {
    op: "write",
    kind: "values",
    sheet: RECORDS_SHEET_NAME,
    row: 0,
    col: 0,
    rowCount: rows.length,
    colCount: rows[0].length,
    grid: rows,
  };
}

/** A clear is one action without data; a write is estimated like every write (gridWrite.ts). */
function opBytes(op: CellOp): number {
  return op.op === "clear" ? ACTION_OVERHEAD_BYTES : writeBytes(op);
}

/** Applies the operations in order, one sync per chunk under the payload cap. */
export async function applyCellOps(
  context: Excel.RequestContext,
  ops: readonly CellOp[]
): Promise<void> {
  const pieces: CellOp[] = ops.flatMap((op): CellOp[] =>
    op.op === "clear"
      ? [op]
      : chunkWrites([op])
          .flat()
          .map((w) => ({ ...w, op: "write" as const }))
  );
  const chunks = chunkByPayload(pieces, opBytes);
  for (const chunk of chunks) {
    for (const op of chunk) {
      const range = context.workbook.worksheets
        .getItem(op.sheet)
        .getRangeByIndexes(op.row, op.col, op.rowCount, op.colCount);
      if (op.op === "clear") range.clear("Contents");
      else if (op.kind === "formulas") range.formulas = op.grid;
      else range.values = op.grid;
    }
    // One sync per chunk: the loop runs once per 4 MB of writes, as the payload cap requires.
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
  }
}
