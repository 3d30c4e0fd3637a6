/**
 * Keeping each Excel request under the 5 MB payload cap of Excel on the web. Work is cut into chunks whose
 * estimated JSON payload stays under a budget; the Excel layer sends one chunk per `context.sync()`, so
 * the number of round trips grows with megabytes, never with cells.
 *
 * One unit throughout: bytes of the UTF-8 JSON text that travels (what the network carries; a "€" is 3
 * bytes, not 1 character). Microsoft states the cap as "5 MB" for requests and responses in Excel on the
 * web ("Resource limits and performance optimization for Office Add-ins", Excel add-ins:
 * https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins),
 * without saying whether a MB is 10^6 or 2^20 bytes: the smaller reading is taken.
 */
import type { Rect } from "./rects";

/** Excel on the web refuses a request or response larger than this, in UTF-8 bytes (5 MB read as 10^6). */
export const PAYLOAD_CAP_BYTES = 5_000_000;
/** What a chunk may use: a fifth is left for the request envelope and for estimates that run short. */
export const CHUNK_BUDGET_BYTES = Math.floor(PAYLOAD_CAP_BYTES * 0.8);
/** Estimated cost of one queued action (object path, method, arguments) besides its data. */
export const ACTION_OVERHEAD_BYTES = 400;
/**
 * Assumed response size per cell when reading formulas and values together, averaged over a used range:
 * a DESK formula of about 40 characters plus its value, JSON-quoted, comes to about 60; empty cells to 6.
 * A response that turns out larger is refused by Excel and read again in halves by the layer.
 */
export const READ_BYTES_PER_CELL = 64;

/** UTF-8 length of the JSON text of `value`. */
export function jsonBytes(value: unknown): number {
  const text = JSON.stringify(value) ?? "";
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x800 && (code < 0xd800 || code > 0xdfff)) bytes += 2;
    else if (code >= 0x80 && (code < 0xd800 || code > 0xdfff)) bytes += 1;
    // A surrogate pair is 2 UTF-16 units and 4 UTF-8 bytes: 1 extra byte per unit.
    else if (code >= 0xd800 && code <= 0xdfff) bytes += 1;
  }
  return bytes;
}

/**
 * Items packed in order into chunks whose summed estimate stays within `budgetBytes`. An item that alone
 * exceeds the budget gets a chunk of its own: callers split such items first (see `splitRowsByBytes`).
 */
export function chunkByPayload<T>(
  items: readonly T[],
  bytesOf: (item: T) => number,
  budgetBytes: number = CHUNK_BUDGET_BYTES
): T[][] {
  const chunks: T[][] = [];
  let current: T[] = [];
  let used = 0;
  for (const item of items) {
    const bytes = bytesOf(item);
    if (current.length > 0 && used + bytes > budgetBytes) {
      chunks.push(current);
      current = [];
      used = 0;
    }
    current.push(item);
    used += bytes;
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}

/**
 * A rectangle cut into bands of whole rows, each estimated within `budgetBytes` (a single row larger than
 * the budget is still one band: Excel cannot take less than a row of a rectangle in one range here).
 */
export function splitRowsByBytes(
  rect: Rect,
  rowBytes: (rowOffset: number) => number,
  budgetBytes: number = CHUNK_BUDGET_BYTES
): Rect[] {
  const bands: Rect[] = [];
  let start = 0;
  let used = ACTION_OVERHEAD_BYTES;
  for (let r = 0; r < rect.rowCount; r++) {
    const bytes = rowBytes(r);
    if (r > start && used + bytes > budgetBytes) {
      bands.push({ ...rect, row: rect.row + start, rowCount: r - start });
      start = r;
      used = ACTION_OVERHEAD_BYTES;
    }
    used += bytes;
  }
  if (rect.rowCount > start)
    bands.push({ ...rect, row: rect.row + start, rowCount: rect.rowCount - start });
  return bands;
}
