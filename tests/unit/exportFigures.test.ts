import { execFileSync } from "node:child_process";
import * as path from "node:path";
import { exportFiguresCsv, FIGURE_CSV_HEADER } from "../../scripts/export-figures";
import { DATASET_VERSION, FIGURES } from "../../src/data";
import { figureById, sourceById } from "../../src/core/dataset/byId";
import type { Figure, Source } from "../../src/data";
import { UTF8_BOM } from "../../src/core/csv";
import { parseCsv } from "../support/parseCsv";

function records(csv: string): Record<string, string>[] {
  expect(csv.startsWith(UTF8_BOM)).toBe(true);
  const [header, ...rows] = parseCsv(csv.slice(UTF8_BOM.length));
  expect(header).toEqual([...FIGURE_CSV_HEADER]);
  return rows.map((row) => {
    expect(row).toHaveLength(header.length);
    return Object.fromEntries(header.map((h, i) => [h, row[i]]));
  });
}

describe("export of every figure as tidy CSV", () => {
  const rows = records(exportFiguresCsv());

  it("has one row per figure and source, in the figures' order", () => {
    const expected = FIGURES.flatMap((f) => f.sourceIds.map((s) => [f.id, s]));
    expect(rows.map((r) => [r.id, r.source_id])).toEqual(expected);
  });

  it("reads back each figure's value, unit, period, place, verdict and its source's citation fields", () => {
    for (const r of rows) {
      const f = figureById(r.id) as Figure;
      const s = sourceById(r.source_id) as Source;
      if (typeof f.value === "number") expect(Number(r.value)).toBe(f.value);
      else expect(r.value).toBe(f.value);
      expect(r.unit).toBe(f.unit);
      expect([r.period, r.period_start, r.period_end]).toEqual([
        f.period.label,
        f.period.start,
        f.period.end,
      ]);
      expect(r.place).toBe(f.place);
      expect(r.measure).toBe(f.measure);
      expect(r.verdict).toBe(f.claim?.verdict ?? "");
      expect(r.qualifier).toBe(f.qualifier ?? "");
      expect(r.confidence).toBe(f.confidence);
      expect(r.provisional).toBe(f.provisional ? "TRUE" : "FALSE");
      expect([r.publisher, r.title, r.date, r.url]).toEqual([
        s.publisher,
        s.title ?? "",
        s.date,
        s.url,
      ]);
      expect(r.note).toBe(f.note);
      expect(r.dataset_version).toBe(DATASET_VERSION);
    }
  });

  it("keeps the earlier columns in their order and adds the dataset version last", () => {
    expect(FIGURE_CSV_HEADER.slice(0, 18)).toEqual([
      "id",
      "value",
      "qualifier",
      "unit",
      "period",
      "period_start",
      "period_end",
      "place",
      "measure",
      "verdict",
      "confidence",
      "provisional",
      "source_id",
      "publisher",
      "title",
      "date",
      "url",
      "note",
    ]);
    expect(FIGURE_CSV_HEADER[18]).toBe("dataset_version");
  });

  it("quotes awkward text so that it survives the round trip", () => {
    const awkward: Figure = {
      ...(figureById("op.be.items") as Figure),
      id: "test.awkward",
      value: 'Line one, "quoted"\r\nline two',
      note: 'comma, quote " and\nnewline',
    };
    const [r] = records(exportFiguresCsv([awkward], sourceById));
    expect(r.value).toBe(awkward.value);
    expect(r.note).toBe(awkward.note);
  });

  it("prints the same CSV on stdout when run as a script", () => {
    const root = path.resolve(__dirname, "../..");
    const out = execFileSync(
      path.join(root, "node_modules/.bin/tsx"),
      ["scripts/export-figures.ts"],
      { cwd: root, encoding: "utf8" }
    );
    expect(out).toBe(exportFiguresCsv());
  }, 60000);
});
