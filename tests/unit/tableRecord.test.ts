/**
 * The record an inserted table keeps, read back as untrusted input; matching records to tables; the diff
 * against the changelog; the update plan; and what the pane says about each.
 */
import fc from "fast-check";
import { buildCellPlan } from "../../src/core/cellPlan";
import {
  changesSince,
  checkTable,
  matchTables,
  type CheckData,
  type StoredRecord,
  type TableCheck,
  type WorkbookTable,
} from "../../src/core/tracking/check";
import {
  changeText,
  checkSummary,
  tableRemarks,
  tableState,
  updateSummary,
  type Wording,
} from "../../src/core/tracking/messages";
import {
  buildTableRecord,
  parseRecordXml,
  RECORD_NAMESPACE,
  recordXml,
  validateRecord,
  type TableRecord,
} from "../../src/core/tracking/record";
import { planUpdate } from "../../src/core/tracking/updatePlan";
import { trackingWording } from "../../src/taskpane/trackingWording";
import { CATALOGUE } from "../../src/data";
import { figureById } from "../../src/core/dataset/byId";
import type { DatasetVersion } from "../../src/data/changelog";
import type { Figure } from "../../src/data/types";

const sample = (): TableRecord => ({
  catalogueId: "cocaine-seized-in-ports",
  datasetVersion: "2026-06-01",
  excelTable: "Desk_cocaine_seized_in_ports",
  sheet: "Ports & <harbours>",
  tableArea: { row: 3, col: 1, rowCount: 4, colCount: 3 },
  liveFormulas: true,
  cells: [
    { figureId: "a", row: 1, col: 1, value: 7.2 },
    { figureId: "b", row: 2, col: 1, value: '=HYPERLINK("x") & </insertedTable> ]]> "quoted" ✓' },
  ],
});

describe("the record of an inserted table", () => {
  it("is built from the cell plan: every figure cell with its value, relative to the Excel table", () => {
    const table = CATALOGUE[0];
    const plan = buildCellPlan(table, { anchorRow: 5, anchorCol: 2 });
    const record = buildTableRecord(plan, {
      datasetVersion: "2026-06-01",
      excelTable: "T",
      sheet: "S",
      liveFormulas: false,
    });
    expect(record.tableArea).toEqual({
      row: 5 + plan.table.row,
      col: 2 + plan.table.col,
      rowCount: plan.table.rowCount,
      colCount: plan.table.colCount,
    });
    for (const cell of record.cells) {
      const value = plan.values[cell.row + plan.table.row][cell.col + plan.table.col];
      expect(value).toBe(cell.value);
      expect(figureById(cell.figureId)?.value).toBe(value);
    }
    expect(record.cells.length).toBeGreaterThan(0);
  });

  it("reads back as written, whatever text it carries", () => {
    const record = sample();
    expect(parseRecordXml(recordXml(record))).toEqual({ ok: true, record });
    expect(recordXml(record)).not.toMatch(/<\/insertedTable>.*<\/insertedTable>/);
  });

  it("reads back after an XML writer re-escaped it or added a declaration", () => {
    const xml = recordXml(sample())
      .replace(/"/g, "&quot;")
      .replace(`xmlns=&quot;${RECORD_NAMESPACE}&quot;`, `xmlns='${RECORD_NAMESPACE}'`);
    const declared = `<?xml version="1.0" encoding="UTF-8"?>\n${xml}`;
    expect(parseRecordXml(declared)).toEqual({ ok: true, record: sample() });
  });

  it("round-trips any record with values a cell can hold (property)", () => {
    const text = fc.string({ maxLength: 40 });
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), text), {
          maxLength: 6,
        }),
        text.filter((s) => s.length > 0),
        (values, sheet) => {
          const record: TableRecord = {
            ...sample(),
            sheet,
            tableArea: { row: 0, col: 0, rowCount: 7, colCount: 1 },
            cells: values.map((value, i) => ({
              figureId: `f${i}`,
              row: i + 1,
              col: 0,
              value: Object.is(value, -0) ? 0 : value,
            })),
          };
          expect(parseRecordXml(recordXml(record))).toEqual({ ok: true, record });
        }
      )
    );
  });

  it.each([
    ["no text", 42, "the part holds no text"],
    ["another namespace", `<insertedTable xmlns="urn:other">{}</insertedTable>`, "namespace"],
    [
      "child elements",
      `<insertedTable xmlns="${RECORD_NAMESPACE}"><a/></insertedTable>`,
      "namespace",
    ],
    [
      "broken JSON",
      `<insertedTable xmlns="${RECORD_NAMESPACE}">{"a":</insertedTable>`,
      "not valid JSON",
    ],
    ["an array", `<insertedTable xmlns="${RECORD_NAMESPACE}">[]</insertedTable>`, "not an object"],
  ])("is refused when it has %s", (_what, xml, problem) => {
    const parsed = parseRecordXml(xml);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problem).toContain(problem);
  });

  const broken: [string, (r: Record<string, unknown>) => void, string][] = [
    ["no catalogue id", (r) => delete r.catalogueId, "catalogue id"],
    ["a version that is not a date", (r) => (r.datasetVersion = "latest"), "not a date"],
    ["no sheet", (r) => (r.sheet = ""), "sheet name"],
    [
      "a negative area",
      (r) => (r.tableArea = { row: -1, col: 0, rowCount: 2, colCount: 2 }),
      "area",
    ],
    [
      "an area beyond the grid",
      (r) => (r.tableArea = { row: 1048575, col: 0, rowCount: 2, colCount: 1 }),
      "area",
    ],
    ["no formula mode", (r) => (r.liveFormulas = "yes"), "formula mode"],
    ["no cells", (r) => (r.cells = {}), "list of cells"],
    ["a cell in the header row", (r) => ((r.cells as { row: number }[])[0].row = 0), "outside"],
    ["a cell beyond the table", (r) => ((r.cells as { col: number }[])[0].col = 3), "outside"],
    [
      "an infinite value",
      (r) => ((r.cells as { value: unknown }[])[0].value = Infinity),
      "no number",
    ],
    [
      "an object value",
      (r) => ((r.cells as { value: unknown }[])[0].value = { f: 1 }),
      "no number",
    ],
    ["two cells in one place", (r) => ((r.cells as { row: number }[])[1].row = 1), "repeats"],
  ];
  it.each(broken)("is refused when it has %s, saying what is wrong", (_what, spoil, problem) => {
    const json = JSON.parse(JSON.stringify(sample())) as Record<string, unknown>;
    spoil(json);
    const parsed = validateRecord(json);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problem).toContain(problem);
  });

  it("keeps no field it does not know", () => {
    const parsed = validateRecord({ ...sample(), extra: "<script>" });
    expect(parsed.ok && Object.keys(parsed.record)).not.toContain("extra");
  });
});

const stored = (partId: string, over: Partial<TableRecord> = {}): StoredRecord => ({
  partId,
  record: { ...sample(), ...over },
});
const wbTable = (name: string, sheet: string, row: number, col: number): WorkbookTable => ({
  name,
  sheet,
  area: { row, col, rowCount: 4, colCount: 3 },
});

describe("matching records with the workbook's tables", () => {
  it("takes the recorded name first (any case), else the table at the recorded place", () => {
    const records = [
      stored("p1", {
        excelTable: "Desk_a",
        sheet: "S",
        tableArea: { row: 0, col: 0, rowCount: 4, colCount: 3 },
      }),
      stored("p2", {
        excelTable: "Desk_b",
        sheet: "S",
        tableArea: { row: 10, col: 0, rowCount: 4, colCount: 3 },
      }),
      stored("p3", {
        excelTable: "Desk_c",
        sheet: "Gone",
        tableArea: { row: 0, col: 0, rowCount: 4, colCount: 3 },
      }),
    ];
    const tables = [
      wbTable("DESK_A", "S", 20, 0),
      wbTable("Mine", "s", 10, 0),
      wbTable("Other", "S", 0, 0),
    ];
    const matches = matchTables(records, tables);
    expect(matches.map((m) => [m.table?.name ?? null, m.renamed])).toEqual([
      ["DESK_A", false],
      ["Mine", true],
      [null, false],
    ]);
  });

  it("gives a table to one record only", () => {
    const area = { row: 0, col: 0, rowCount: 4, colCount: 3 };
    const records = [
      stored("p1", { excelTable: "Gone1", sheet: "S", tableArea: area }),
      stored("p2", { excelTable: "Gone2", sheet: "S", tableArea: area }),
    ];
    const matches = matchTables(records, [wbTable("X", "S", 0, 0)]);
    expect(matches.map((m) => m.table?.name ?? null)).toEqual(["X", null]);
  });
});

const v = (version: string, changes: DatasetVersion["changes"]): DatasetVersion => ({
  version,
  summary: version,
  changes,
});
const revised = (figureId: string, why: string) => ({
  figureId,
  kind: "revised" as const,
  why,
  sourceIds: ["s1"],
});

describe("the diff against the changelog", () => {
  it("takes only versions after the record's, oldest first", () => {
    const log = [
      v("2026-01-01", [revised("a", "one")]),
      v("2026-06-01", [revised("a", "two")]),
      v("2026-12-01", [revised("a", "three")]),
    ];
    expect(
      changesSince(log, "2026-06-01")
        .get("a")
        ?.map((r) => r.why)
    ).toEqual(["three"]);
    expect(
      changesSince(log, "2025-12-31")
        .get("a")
        ?.map((r) => r.why)
    ).toEqual(["one", "two", "three"]);
  });

  const figure = (id: string, value: number | string, extra: Partial<Figure> = {}): Figure =>
    ({
      id,
      value,
      unit: "tonnes",
      measure: "cocaine seized",
      place: "Antwerp port",
      period: { start: "", end: "", label: "2023" },
      sourceIds: ["s1"],
      confidence: "high",
      note: "",
      ...extra,
    }) as Figure;
  const data = (figures: Figure[], changelog: DatasetVersion[]): CheckData => ({
    changelog,
    figureById: (id) => figures.find((f) => f.id === id),
    figureIdsOfTable: () => ["a", "b", "new"],
  });
  const values = [
    ["h", "h", "h"],
    ["x", 7.2, ""],
    ["y", "edited", ""],
    ["z", "", ""],
  ];
  const match = { stored: stored("p"), table: wbTable("T", "S", 3, 1), renamed: false };

  it("marks each changed cell update, keep or withdrawn, and a figure revised back to its value as unchanged", () => {
    const log = [
      v("2026-06-01", []),
      v("2026-12-01", [revised("a", "final figure"), revised("b", "typo")]),
    ];
    const check = checkTable(match, values, data([figure("a", 7.4), figure("b", "new text")], log));
    expect(check.state).toBe("changed");
    expect(check.newFigureIds).toEqual(["new"]);
    expect(check.changes.map((c) => [c.figureId, c.action, c.address, c.newValue])).toEqual([
      ["a", "update", "C5", 7.4],
      ["b", "keep", "C6", "new text"],
    ]);
    const back = checkTable(match, values, data([figure("a", 7.2), figure("b", "new text")], log));
    expect(back.changes.map((c) => c.figureId)).toEqual(["b"]);
    const gone = checkTable(
      match,
      values,
      data(
        [],
        [v("2026-06-01", []), v("2026-12-01", [{ ...revised("a", "wrong"), kind: "withdrawn" }])]
      )
    );
    expect(gone.changes.map((c) => [c.action, c.newValue])).toEqual([["withdrawn", null]]);
  });

  it("plans the writes: the hedge's number format, text kept as text, the record at the new version", () => {
    const log = [v("2026-06-01", []), v("2026-12-01", [revised("a", "final"), revised("b", "x")])];
    const figures = [figure("a", 7.4, { qualifier: "more than" })];
    const text = {
      ...sample(),
      cells: [sample().cells[0], { figureId: "t", row: 3, col: 1, value: "old" }],
    };
    const check = checkTable(
      { stored: { partId: "p", record: text }, table: wbTable("T2", "S", 3, 1), renamed: false },
      [
        ["h", "h", "h"],
        ["x", 7.2, ""],
        ["y", "", ""],
        ["z", "old", ""],
      ],
      data(
        [...figures, { ...figure("t", "=1+1"), unit: "text" } as Figure],
        [...log, v("2026-12-02", [revised("t", "new")])]
      )
    );
    const plan = planUpdate(
      [check],
      (id) =>
        [...figures, { ...figure("t", "=1+1"), unit: "text" } as Figure].find((f) => f.id === id),
      "2026-12-02"
    );
    expect(plan.writes).toEqual([
      { sheet: "S", row: 4, col: 2, input: 7.4, numberFormat: '">"#,##0.0' },
      { sheet: "S", row: 6, col: 2, input: "'=1+1", numberFormat: "@" },
    ]);
    const reread = parseRecordXml(plan.records[0].xml);
    expect(reread.ok && reread.record).toMatchObject({
      datasetVersion: "2026-12-02",
      excelTable: "T2",
    });
    expect(planUpdate([check], () => undefined, "2026-12-02", new Set(["other"])).tables).toEqual(
      []
    );
  });
});

describe("what the pane says", () => {
  const base = (over: Partial<TableCheck>): TableCheck => ({
    partId: "p",
    record: sample(),
    table: wbTable("T", "S", 3, 1),
    renamed: false,
    state: "changed",
    changes: [],
    newFigureIds: [],
    ...over,
  });
  const lookups = {
    figureById: (id: string) =>
      id === "a"
        ? ({
            id,
            value: 7.4,
            unit: "tonnes",
            measure: "cocaine seized",
            place: "BE",
            period: { label: "2023" },
          } as Figure)
        : undefined,
    tableTitle: () => "Ports",
  };
  // The wording the panel uses, in English: the same module that the pane fetches on the first check.
  let wording: Wording;
  beforeAll(async () => {
    wording = await trackingWording("en", lookups);
  });

  /** A revised figure that the user had edited: the cell keeps the edit. */
  const keptRevision = (sourceIds: string[]) => ({
    figureId: "a",
    row: 1,
    col: 1,
    address: "C5",
    inserted: 7.2,
    current: 8,
    newValue: 7.4,
    reasons: [
      { version: "2026-12-01", kind: "revised" as const, why: "The final figure.", sourceIds },
    ],
    action: "keep" as const,
  });

  it("gives old and new values, what happens to the cell, and the changelog's reason", () => {
    const change = keptRevision(["s1"]);
    expect(changeText(change, wording)).toBe(
      "cocaine seized, Belgium, 2023 (C5): 7.2 t → 7.4 t. Kept as you edited it: the cell holds 8 t. Why: 2026-12-01, revised: The final figure. (sources: s1)"
    );
  });

  it("speaks the pane's language: French sentences, place names, units and numbers", async () => {
    const fr = await trackingWording("fr", lookups);
    const change = keptRevision([]);
    expect(changeText(change, fr)).toBe(
      "cocaine seized, Belgique, 2023 (C5)\u00a0: 7,2 t → 7,4 t. Gardée telle que vous l’avez modifiée\u00a0: la cellule contient 8 t. Pourquoi\u00a0: 2026-12-01, révisé\u00a0: The final figure."
    );
    expect(tableState(base({ state: "changed", changes: [change, change] }), fr)).toBe(
      "2 chiffres modifiés depuis la version 2026-06-01 du jeu de données."
    );
    expect(checkSummary([base({}), base({ state: "missing" })], 1234, fr)).toBe(
      "2 tableaux insérés\u00a0: 1 a des mises à jour, 1 introuvable. 1\u202f234 traces de tableaux insérés n’ont pas pu être lues et ont été laissées telles quelles."
    );
    expect(
      updateSummary({ tables: 1, cellsUpdated: 1500, cellsKept: 0, sourcesSheet: null }, fr)
    ).toBe(
      "Mise à jour de 1\u202f500 cellules dans 1 tableau. Le classeur n’a pas de feuille des sources\u00a0; écrivez-en une sous Partager avec la rédaction pour citer les nouveaux chiffres."
    );
  });

  it("names each state and remark in a sentence", () => {
    expect(tableState(base({ state: "current" }), wording)).toMatch(/^Up to date/);
    expect(tableState(base({ state: "missing", table: null }), wording)).toMatch(
      /^Not found: no table is named Desk_/
    );
    expect(tableState(base({ state: "resized" }), wording)).toMatch(
      /^Resized since it was inserted/
    );
    expect(tableState(base({ state: "protected" }), wording)).toMatch(
      /but sheet S is protected: lift its protection/
    );
    expect(tableRemarks(base({ newFigureIds: ["x", "y"] }), wording)).toEqual([
      "The catalogue's table now has 2 figures this copy lacks (rows or columns added since): insert it again to get them.",
    ]);
    expect(
      checkSummary([base({}), base({ state: "current" }), base({ state: "missing" })], 1, wording)
    ).toBe(
      "3 inserted tables: 1 has updates, 1 up to date, 1 not found. 1 record of inserted tables could not be read and was left as it is."
    );
    expect(checkSummary([], 0, wording)).toMatch(
      /^This workbook has no table inserted with its record/
    );
    expect(
      updateSummary({ tables: 2, cellsUpdated: 5, cellsKept: 1, sourcesSheet: "Sources" }, wording)
    ).toBe(
      "Updated 5 cells in 2 tables. 1 cell you had edited was kept (listed below). The sheet Sources was refreshed."
    );
  });
});
