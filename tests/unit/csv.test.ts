import { cellPlanToCsv, csvField, toCsv, UTF8_BOM } from "../../src/core/csv";
import { buildCellPlan } from "../../src/core/cellPlan";
import { CATALOGUE, DATASET_VERSION } from "../../src/data";
import { figureById } from "../../src/core/dataset/byId";
import { parseCsv } from "../support/parseCsv";

describe("csvField", () => {
  it.each([
    [null, ""],
    ["plain", "plain"],
    ["a,b", '"a,b"'],
    ['say "17 t"', '"say ""17 t"""'],
    ["two\r\nlines", '"two\r\nlines"'],
    ["line\nfeed", '"line\nfeed"'],
    [0.1 + 0.2, "0.30000000000000004"],
    [1200000, "1200000"],
    [true, "TRUE"],
    ["Clarín – 9–10 Mar", "Clarín – 9–10 Mar"],
  ])("%p -> %p", (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });
});

describe("toCsv", () => {
  it("starts with a BOM, ends every record with CRLF and reads back field for field", () => {
    const rows = [
      ["id", "note"],
      ["x", 'a "quoted", multi\r\nline note'],
      ["y", null],
    ];
    const text = toCsv(rows);
    expect(text.startsWith(UTF8_BOM)).toBe(true);
    expect(text.endsWith("\r\n")).toBe(true);
    expect(parseCsv(text.slice(1))).toEqual([
      ["id", "note"],
      ["x", 'a "quoted", multi\r\nline note'],
      ["y", ""],
    ]);
  });
});

describe("cellPlanToCsv", () => {
  it.each(CATALOGUE.map((t) => [t.id, t] as const))(
    "writes the values of %s, never its formulas",
    (_, table) => {
      const plan = buildCellPlan(table, { anchorRow: 3, anchorCol: 2 });
      const text = cellPlanToCsv(plan, DATASET_VERSION);
      expect(text).not.toMatch(/=IF\(/);
      const records = parseCsv(text.slice(UTF8_BOM.length));
      expect(records).toHaveLength(plan.rowCount + 1);
      // The last line names the dataset version; a table that hedges a number explains its signs.
      expect(records[plan.rowCount][0]).toBe(`Seizure Desk dataset version: ${DATASET_VERSION}`);
      const hedged = plan.figureIds.some((id) => {
        const f = figureById(id);
        return f?.qualifier !== undefined && plan.values.flat().includes(f.value);
      });
      if (hedged) expect(text).toMatch(/Signs before a number, as the source hedges it: /);
      records.slice(0, plan.rowCount).forEach((record, r) => {
        expect(record).toHaveLength(plan.colCount);
        record.forEach((field, c) => {
          const value = plan.values[r][c];
          if (value === null) expect(field).toBe("");
          else if (typeof value === "number") expect(Number(field)).toBe(value);
          else expect(field).toBe(String(value));
        });
      });
    }
  );
});
