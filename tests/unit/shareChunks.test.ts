import fc from "fast-check";
import {
  chunkByPayload,
  CHUNK_BUDGET_BYTES,
  jsonBytes,
  PAYLOAD_CAP_BYTES,
  splitRowsByBytes,
} from "../../src/core/share/chunk";
import { chunkWrites, writeBytes, type GridWrite } from "../../src/core/share/gridWrite";
import { chunkReads, readBytes } from "../../src/core/share/reads";
import { coveringRects, cellsOf } from "../../src/core/share/rects";

describe("coveringRects", () => {
  it("covers a column of cells with one rectangle", () => {
    const cells = Array.from({ length: 10_000 }, (_, i) => ({ row: i + 1, col: 1 }));
    expect(coveringRects(cells)).toEqual([{ row: 1, col: 1, rowCount: 10_000, colCount: 1 }]);
  });

  it("covers exactly the cells given, without overlaps, whatever their shape", () => {
    const cells = [
      { row: 0, col: 0 },
      { row: 0, col: 1 },
      { row: 1, col: 0 },
      { row: 1, col: 1 },
      { row: 2, col: 1 },
      { row: 4, col: 1 },
      { row: 4, col: 3 },
      { row: 0, col: 1 },
    ];
    const rects = coveringRects(cells);
    const covered = rects.flatMap(cellsOf).map((c) => `${c.row},${c.col}`);
    expect(new Set(covered).size).toBe(covered.length);
    expect(new Set(covered)).toEqual(new Set(cells.map((c) => `${c.row},${c.col}`)));
    expect(rects).toContainEqual({ row: 0, col: 0, rowCount: 2, colCount: 2 });
  });
});

describe("payload chunks", () => {
  it("keep 1,000,000 cells of writes in several chunks, each under the 5 MB cap, nothing lost or reordered", () => {
    const rows = 10_000;
    const cols = 100;
    const grid = Array.from({ length: rows }, (_, r) =>
      Array.from({ length: cols }, (_, c) => `'value ${r}-${c}`)
    );
    const write: GridWrite = {
      sheet: "Data",
      row: 0,
      col: 0,
      rowCount: rows,
      colCount: cols,
      kind: "values",
      grid,
    };
    expect(jsonBytes(grid)).toBeGreaterThan(3 * PAYLOAD_CAP_BYTES);

    const chunks = chunkWrites([write]);
    expect(chunks.length).toBeGreaterThan(3);
    for (const chunk of chunks) {
      const bytes = chunk.reduce((n, w) => n + writeBytes(w), 0);
      expect(bytes).toBeLessThanOrEqual(CHUNK_BUDGET_BYTES);
      expect(bytes).toBeLessThan(PAYLOAD_CAP_BYTES);
    }
    const pieces = chunks.flat();
    expect(pieces.reduce((n, w) => n + w.rowCount * w.colCount, 0)).toBe(1_000_000);
    expect(pieces.map((w) => w.grid).flat()).toEqual(grid);
    pieces.forEach((w, i) =>
      expect(w.row).toBe(i === 0 ? 0 : pieces[i - 1].row + pieces[i - 1].rowCount)
    );
  });

  it("keep the reads of a 1,000,000-cell used range under the cap by their estimate", () => {
    const chunks = chunkReads([{ sheet: "Data", row: 0, col: 0, rowCount: 50_000, colCount: 20 }]);
    expect(chunks.length).toBeGreaterThan(1);
    for (const chunk of chunks)
      expect(chunk.reduce((n, r) => n + readBytes(r), 0)).toBeLessThanOrEqual(CHUNK_BUDGET_BYTES);
    expect(chunks.flat().reduce((n, r) => n + r.rowCount * r.colCount, 0)).toBe(1_000_000);
  });

  it("pack small items together and never split one", () => {
    expect(chunkByPayload([1, 2, 3, 4, 5], (n) => n, 6)).toEqual([[1, 2, 3], [4], [5]]);
    expect(chunkByPayload([10, 1], (n) => n, 6)).toEqual([[10], [1]]);
    expect(chunkByPayload([], () => 1)).toEqual([]);
  });

  it("cut a rectangle into bands of whole rows", () => {
    const bands = splitRowsByBytes({ row: 5, col: 2, rowCount: 10, colCount: 3 }, () => 1000, 3500);
    expect(bands.map((b) => [b.row, b.rowCount])).toEqual([
      [5, 3],
      [8, 3],
      [11, 3],
      [14, 1],
    ]);
  });

  it("count UTF-8 bytes, not UTF-16 units", () => {
    expect(jsonBytes("é")).toBe(4);
    expect(jsonBytes("€")).toBe(5);
    expect(jsonBytes("😀")).toBe(6);
  });

  it("count exactly the bytes of the UTF-8 JSON text that travels, for any grid", () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.oneof(fc.string({ unit: "binary" }), fc.double(), fc.boolean()))),
        (grid) => {
          expect(jsonBytes(grid)).toBe(Buffer.byteLength(JSON.stringify(grid), "utf8"));
        }
      )
    );
  });
});
