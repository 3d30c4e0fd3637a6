/**
 * The Excel layer against office-addin-mock: where the table lands (never over anything), what is written
 * there (values, live formulas, number formats, table, title, links, chart), and that one insertion costs
 * three syncs whatever the table's size.
 *
 * office-addin-mock has no collections: the mock's worksheets, tables and names load their `items` array
 * (a plain list of { name }) when asked for "items/name". Ranges handed out for writing are recorders that
 * note every assignment and the number of syncs made before it; `materialize` lays them onto a grid.
 */
import { OfficeMockObject } from "office-addin-mock";
import { buildCellPlan } from "../../src/core/cellPlan";
import type { CellPlan, CellValue } from "../../src/core/cellPlanTypes";
import { CATALOGUE } from "../../src/data";
import type { TableDef } from "../../src/data/types";
import { insertTableIn, type InsertRequest } from "../../src/excel/insertTable";
import { insertedMessage } from "../../src/taskpane/app";
import { catalogueEntry } from "../../src/taskpane/catalogueEntries";
import { figureById, sourceById } from "../../src/core/dataset/byId";
import { planInLanguage } from "../../src/core/i18n/planInLanguage";
import { activeLanguage, setActiveLanguage } from "../../src/i18n/activeLanguage";
import { loadDatasetTexts, loadedDatasetTexts } from "../../src/i18n/dataset";
import fr from "../../src/i18n/dataset/fr";

type Grid = unknown[][];

/** OfficeMockObject.setValue, which the typings mark private: the area's formulas depend on the size asked for. */
type MockSetValue = { setValue(name: string, value: unknown): void };

interface RangeRecord {
  sheet: string;
  row: number;
  col: number;
  rowCount: number;
  colCount: number;
  /** Syncs made before this range was asked for: writes belong to the batch after that many syncs. */
  syncsBefore: number;
  /** Property names in the order they were assigned. */
  assigned: string[];
  values?: Grid;
  formulas?: Grid;
  numberFormat?: Grid;
  hyperlink?: Excel.RangeHyperlink;
  format: { font: { bold?: boolean; size?: number }; autofitted: boolean; autofitColumns(): void };
}

interface TableRecord {
  sheet: string;
  range: RangeRecord;
  hasHeaders: boolean;
  name?: string;
  style?: string;
}

interface ChartRecord {
  sheet: string;
  type: string;
  source: RangeRecord;
  name?: string;
  title: { text?: string };
  series: { name?: string; values?: RangeRecord; xValues?: RangeRecord }[];
  position?: [RangeRecord, RangeRecord];
}

interface WorkbookSpec {
  activeSheet?: string;
  /** 0-based row and column of the active cell. */
  active: [number, number];
  /** What the active sheet already holds, by [row, col]: a value, or a formula beginning with "=". */
  filled?: [number, number, string | number][];
  otherSheets?: string[];
  tableNames?: string[];
  names?: string[];
  /** Tables that the area overlaps (on the active sheet). */
  overlappingTables?: number;
}

/** A mock workbook with recorders behind it. */
function mockWorkbook(spec: WorkbookSpec) {
  const activeSheet = spec.activeSheet ?? "Sheet1";
  const ranges: RangeRecord[] = [];
  const tables: TableRecord[] = [];
  const charts: ChartRecord[] = [];
  const addedSheets: string[] = [];
  const activated: string[] = [];
  const resized: [number, number][] = [];
  let syncsSoFar = (): number => 0;

  const filledAt = (row: number, col: number): string | number => {
    const hit = (spec.filled ?? []).find(([r, c]) => r === row && c === col);
    return hit ? hit[2] : "";
  };

  /** Write-side worksheet: every range it hands out is recorded. */
  function sheetRecorder(name: string) {
    return {
      getRangeByIndexes(row: number, col: number, rowCount: number, colCount: number): RangeRecord {
        const record: RangeRecord = {
          sheet: name,
          row,
          col,
          rowCount,
          colCount,
          syncsBefore: syncsSoFar(),
          assigned: [],
          format: {
            font: {},
            autofitted: false,
            autofitColumns() {
              record.format.autofitted = true;
            },
          },
        };
        ranges.push(record);
        return new Proxy(record, {
          set(target, property, value) {
            target.assigned.push(String(property));
            return Reflect.set(target, property, value);
          },
        });
      },
      tables: {
        add(range: RangeRecord, hasHeaders: boolean): TableRecord {
          const table: TableRecord = { sheet: name, range, hasHeaders };
          tables.push(table);
          return table;
        },
      },
      charts: {
        add(type: string, source: RangeRecord): ChartRecord {
          const chart: ChartRecord = { sheet: name, type, source, title: {}, series: [{}] };
          charts.push(chart);
          const proxy = (entry: ChartRecord["series"][number]) => ({
            setValues: (r: RangeRecord) => (entry.values = r),
            setXAxisValues: (r: RangeRecord) => (entry.xValues = r),
          });
          return Object.assign(chart, {
            series: Object.assign(chart.series, {
              getItemAt: (i: number) => proxy(chart.series[i]),
              add: (seriesName: string) => {
                const entry = { name: seriesName };
                chart.series.push(entry);
                return proxy(entry);
              },
            }),
            setPosition: (a: RangeRecord, b: RangeRecord) => (chart.position = [a, b]),
          });
        },
      },
      activate: () => activated.push(name),
    };
  }

  /** office-addin-mock has no collections: "items/name" loads the items array itself. */
  function mockCollection(names: string[], extra: Record<string, unknown> = {}) {
    return {
      items: names.map((name) => ({ name })),
      load(this: OfficeMockObject) {
        return OfficeMockObject.prototype.load.call(this, "items");
      },
      ...extra,
    };
  }

  const area = {
    formulas: [] as Grid,
    // A ClientResult: its value is there after the sync.
    getTables: () => ({ getCount: () => ({ value: spec.overlappingTables ?? 0 }) }),
  };

  const data = {
    workbook: {
      activeCell: {
        rowIndex: spec.active[0],
        columnIndex: spec.active[1],
        area,
        getResizedRange(this: { area: MockSetValue }, rows: number, cols: number) {
          resized.push([rows, cols]);
          // Excel refuses a range past the sheet's last row (1,048,576) or column (16,384).
          if (spec.active[0] + rows >= 1_048_576 || spec.active[1] + cols >= 16_384)
            throw new Error("InvalidArgument: the range is outside the sheet");
          const grid: Grid = [];
          for (let r = 0; r <= rows; r++) {
            const line: unknown[] = [];
            for (let c = 0; c <= cols; c++)
              line.push(filledAt(spec.active[0] + r, spec.active[1] + c));
            grid.push(line);
          }
          this.area.setValue("formulas", grid);
          return this.area;
        },
      },
      getActiveCell(this: { activeCell: unknown }) {
        return this.activeCell;
      },
      worksheets: mockCollection([activeSheet, ...(spec.otherSheets ?? [])], {
        add(name: string) {
          addedSheets.push(name);
          return sheetRecorder(name);
        },
        getActiveWorksheet(this: { active: unknown }) {
          return this.active;
        },
        active: { name: activeSheet, ...sheetRecorder(activeSheet) },
      }),
      tables: mockCollection(spec.tableNames ?? []),
      names: mockCollection(spec.names ?? []),
    },
  };
  const context = new OfficeMockObject(data) as unknown as Excel.RequestContext;
  const sync = jest.spyOn(context, "sync");
  syncsSoFar = () => sync.mock.calls.length;
  return { context, sync, ranges, tables, charts, addedSheets, activated, resized };
}

type Recorded = ReturnType<typeof mockWorkbook>;

interface LandedCell {
  /** What the cell holds, as Excel stores what was written. */
  content?: unknown;
  /** What was written to it. */
  written?: unknown;
  numberFormat?: unknown;
  hyperlink?: string;
  bold?: boolean;
  size?: number;
}

/**
 * The cells of one sheet as the recorded writes leave them, by "row,col". Like Excel, a leading apostrophe
 * keeps the rest as text and is not stored, except in a Text ("@") cell, which keeps what it is given.
 */
function materialize(recorded: Recorded, sheet: string): Map<string, LandedCell> {
  const cells = new Map<string, LandedCell>();
  const at = (r: number, c: number): LandedCell => {
    const key = `${r},${c}`;
    if (!cells.has(key)) cells.set(key, {});
    return cells.get(key) as LandedCell;
  };
  for (const range of recorded.ranges.filter((x) => x.sheet === sheet)) {
    for (let r = 0; r < range.rowCount; r++) {
      for (let c = 0; c < range.colCount; c++) {
        const cell = at(range.row + r, range.col + c);
        const content = range.formulas ?? range.values;
        if (content) cell.content = content[r][c];
        if (range.numberFormat) cell.numberFormat = range.numberFormat[r][c];
        if (range.hyperlink) cell.hyperlink = range.hyperlink.address;
        if (range.format.font.bold !== undefined) cell.bold = range.format.font.bold;
        if (range.format.font.size !== undefined) cell.size = range.format.font.size;
      }
    }
  }
  for (const cell of cells.values()) {
    cell.written = cell.content;
    if (
      typeof cell.content === "string" &&
      cell.content.startsWith("'") &&
      cell.numberFormat !== "@"
    )
      cell.content = cell.content.slice(1);
  }
  return cells;
}

function request(table: TableDef, options: Partial<InsertRequest> = {}): InsertRequest {
  return {
    title: table.title,
    planAt: (anchorRow, anchorCol) => buildCellPlan(table, { anchorRow, anchorCol }),
    liveFormulas: true,
    chart: false,
    ...options,
  };
}

const hasDerived = (t: TableDef): boolean => t.columns.some((c) => c.kind === "derived");
/** A catalogue table with live formulas and a chart: the richest case. */
const richTable = (): TableDef => {
  const table = CATALOGUE.find((t) => hasDerived(t) && t.chart) ?? CATALOGUE.find(hasDerived);
  if (!table) throw new Error("The catalogue has no table with a derived column.");
  return table;
};

function sizeOf(table: TableDef): { rows: number; cols: number } {
  const plan = buildCellPlan(table, { anchorRow: 0, anchorCol: 0 });
  return { rows: plan.rowCount, cols: plan.colCount };
}

const blank = (v: CellValue): unknown => (v === null ? "" : v);

/** Column letters of a 0-based index, written out here independently of the code under test. */
function letters(col: number): string {
  let s = "";
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26))
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

describe("insertTable at the selected cell, when the area is empty", () => {
  const table = richTable();
  const anchor: [number, number] = [2, 3]; // D3

  it("reads in two syncs, writes in the next, and nothing else", async () => {
    const wb = mockWorkbook({ active: anchor });
    await insertTableIn(wb.context, request(table, { chart: true }));
    expect(wb.sync).toHaveBeenCalledTimes(3);
    // Every write was queued after the reads (the decision) and flushed by the last sync.
    expect(wb.ranges.length).toBeGreaterThan(0);
    expect(wb.ranges.every((r) => r.syncsBefore === 2)).toBe(true);
    const { rows, cols } = sizeOf(table);
    expect(wb.resized).toEqual([[rows - 1, cols - 1]]);
  });

  it("writes the plan's cells, formulas and number formats at the active cell", async () => {
    const wb = mockWorkbook({ active: anchor });
    const outcome = await insertTableIn(wb.context, request(table));
    const plan = buildCellPlan(table, { anchorRow: anchor[0], anchorCol: anchor[1] });

    expect(wb.addedSheets).toEqual([]);
    expect(outcome.newSheet).toBe(false);
    expect(outcome.sheetName).toBe("Sheet1");
    const end = `${letters(anchor[1] + plan.colCount - 1)}${anchor[0] + plan.rowCount}`;
    expect(outcome.address).toBe(`D3:${end}`);
    expect(outcome.fullAddress).toBe(`Sheet1!D3:${end}`);

    const cells = materialize(wb, "Sheet1");
    let formulaCells = 0;
    for (let r = 0; r < plan.rowCount; r++) {
      for (let c = 0; c < plan.colCount; c++) {
        const landed = cells.get(`${anchor[0] + r},${anchor[1] + c}`);
        expect(landed?.content).toEqual(blank(plan.formulas[r][c]));
        expect(landed?.numberFormat).toBe(plan.numberFormats[r][c]);
        if (typeof landed?.content === "string" && landed.content.startsWith("=")) formulaCells++;
      }
    }
    // The derived column went in as live formulas that point inside the table.
    expect(formulaCells).toBeGreaterThan(0);
    // Nothing outside the plan's rectangle was touched.
    for (const key of cells.keys()) {
      const [r, c] = key.split(",").map(Number);
      expect(r >= anchor[0] && r < anchor[0] + plan.rowCount).toBe(true);
      expect(c >= anchor[1] && c < anchor[1] + plan.colCount).toBe(true);
    }
  });

  it("makes an Excel table over the plan's table area, named after the table id, styled and fitted", async () => {
    const wb = mockWorkbook({ active: anchor, tableNames: ["Other"] });
    const outcome = await insertTableIn(wb.context, request(table));
    const plan = buildCellPlan(table, { anchorRow: anchor[0], anchorCol: anchor[1] });
    expect(wb.tables).toHaveLength(1);
    const [made] = wb.tables;
    expect(made.hasHeaders).toBe(true);
    expect([made.range.row, made.range.col, made.range.rowCount, made.range.colCount]).toEqual([
      anchor[0] + plan.table.row,
      anchor[1] + plan.table.col,
      plan.table.rowCount,
      plan.table.colCount,
    ]);
    expect(made.name).toMatch(/^[A-Za-z_][A-Za-z0-9_.]*$/);
    expect(made.name?.toLowerCase()).toContain(table.id.replace(/-/g, "_").toLowerCase());
    expect(outcome.tableName).toBe(made.name);
    expect(made.style).toMatch(/^TableStyle/);
    expect(made.range.format.autofitted).toBe(true);
  });

  it("sets the title bold and larger, and writes every hyperlink of the plan", async () => {
    const wb = mockWorkbook({ active: anchor });
    await insertTableIn(wb.context, request(table));
    const plan = buildCellPlan(table, { anchorRow: anchor[0], anchorCol: anchor[1] });
    const cells = materialize(wb, "Sheet1");
    const title = cells.get(`${anchor[0]},${anchor[1]}`);
    expect(title?.bold).toBe(true);
    expect(title?.size).toBeGreaterThan(11);
    expect(plan.hyperlinks.length).toBeGreaterThan(0);
    for (const link of plan.hyperlinks) {
      expect(cells.get(`${anchor[0] + link.row},${anchor[1] + link.col}`)?.hyperlink).toBe(
        link.url
      );
    }
  });

  it("adds a chart beside the table with one series per value column, only when asked", async () => {
    const charted = CATALOGUE.find((t) => t.chart);
    if (!charted?.chart) throw new Error("The catalogue has no table with a chart.");
    const wb = mockWorkbook({ active: anchor });
    const outcome = await insertTableIn(wb.context, request(charted, { chart: true }));
    const plan = buildCellPlan(charted, { anchorRow: anchor[0], anchorCol: anchor[1] });
    expect(outcome.chart).toBe(true);
    expect(wb.charts).toHaveLength(1);
    const [chart] = wb.charts;
    expect(chart.type).toBe(charted.chart.kind === "line" ? "Line" : "ColumnClustered");
    expect(chart.title.text).toBe(charted.title);
    expect(chart.series).toHaveLength(charted.chart.valueColumns.length);
    const bodyTop = anchor[0] + plan.table.row + 1;
    for (const series of chart.series) expect(series.xValues?.row).toBe(bodyTop);
    expect(chart.position?.[0].col).toBeGreaterThanOrEqual(anchor[1] + plan.colCount);

    const without = mockWorkbook({ active: anchor });
    expect((await insertTableIn(without.context, request(charted, { chart: false }))).chart).toBe(
      false
    );
    expect(without.charts).toHaveLength(0);
  });

  it("in values-only mode writes computed numbers, not formulas", async () => {
    const wb = mockWorkbook({ active: anchor });
    await insertTableIn(wb.context, request(table, { liveFormulas: false }));
    const plan = buildCellPlan(table, { anchorRow: anchor[0], anchorCol: anchor[1] });
    const cells = materialize(wb, "Sheet1");
    for (let r = 0; r < plan.rowCount; r++) {
      for (let c = 0; c < plan.colCount; c++) {
        expect(cells.get(`${anchor[0] + r},${anchor[1] + c}`)?.content).toEqual(
          blank(plan.values[r][c])
        );
      }
    }
    expect(wb.ranges.some((r) => r.formulas !== undefined)).toBe(false);
  });

  it("takes a table name that no table or defined name has, ignoring case", async () => {
    const first = mockWorkbook({ active: anchor });
    const taken = (await insertTableIn(first.context, request(table))).tableName;
    const wb = mockWorkbook({
      active: anchor,
      tableNames: [taken.toUpperCase()],
      names: [`${taken}_2`],
    });
    expect((await insertTableIn(wb.context, request(table))).tableName).toBe(`${taken}_3`);
  });
});

describe("insertTable never overwrites", () => {
  const table = richTable();
  const anchor: [number, number] = [4, 1]; // B5

  it.each([
    ["a value", 42],
    ["a formula", "=SUM(A1:A3)"],
    ["a text", "note"],
    ["a zero", 0],
  ])(
    "puts the table on a new sheet when one cell in the middle of the area holds %s",
    async (_what, content) => {
      const { rows, cols } = sizeOf(table);
      const middle: [number, number] = [
        anchor[0] + Math.floor(rows / 2),
        anchor[1] + Math.floor(cols / 2),
      ];
      const wb = mockWorkbook({ active: anchor, filled: [[middle[0], middle[1], content]] });
      const outcome = await insertTableIn(wb.context, request(table));

      expect(wb.sync).toHaveBeenCalledTimes(3);
      expect(wb.addedSheets).toEqual([outcome.sheetName]);
      expect(outcome.newSheet).toBe(true);
      // Named after the table: the title's first words, within Excel's 31 characters.
      expect(table.title.startsWith(outcome.sheetName)).toBe(true);
      expect(outcome.sheetName.length).toBeGreaterThan(10);
      expect(outcome.sheetName.length).toBeLessThanOrEqual(31);
      expect(outcome.fullAddress.endsWith(`!A1:${letters(cols - 1)}${rows}`)).toBe(true);
      expect(wb.activated).toEqual([outcome.sheetName]);
      // Not one write on the user's sheet.
      expect(wb.ranges.filter((r) => r.sheet === "Sheet1")).toEqual([]);
      // On the new sheet, the plan anchored at A1 (its formulas refer to A1-based cells).
      const plan = buildCellPlan(table, { anchorRow: 0, anchorCol: 0 });
      const cells = materialize(wb, outcome.sheetName);
      for (let r = 0; r < plan.rowCount; r++)
        for (let c = 0; c < plan.colCount; c++)
          expect(cells.get(`${r},${c}`)?.content).toEqual(blank(plan.formulas[r][c]));
    }
  );

  it("stays at the selected cell when the only filled cells are just outside the area", async () => {
    const { rows, cols } = sizeOf(table);
    const wb = mockWorkbook({
      active: anchor,
      filled: [
        [anchor[0] + rows, anchor[1], "below"],
        [anchor[0], anchor[1] + cols, "right"],
        [anchor[0] - 1, anchor[1], "above"],
      ],
    });
    const outcome = await insertTableIn(wb.context, request(table));
    expect(outcome.newSheet).toBe(false);
    expect(wb.addedSheets).toEqual([]);
  });

  it.each([
    ["row", [1_048_570, 0] as [number, number]],
    ["column", [0, 16_380] as [number, number]],
  ])(
    "goes to a new sheet, in two syncs, when the area would run past the sheet's last %s",
    async (_edge, active) => {
      const wb = mockWorkbook({ active });
      const outcome = await insertTableIn(wb.context, request(table));
      expect(outcome).toMatchObject({ newSheet: true, newSheetReason: "pastSheetEdge" });
      expect(wb.resized).toEqual([]);
      expect(wb.sync).toHaveBeenCalledTimes(2);
      expect(wb.addedSheets).toEqual([outcome.sheetName]);
      expect(wb.ranges.filter((r) => r.sheet === "Sheet1")).toEqual([]);
      expect(insertedMessage(table.title, outcome)).toMatch(
        /^From the selected cell it would run past the sheet's last row or column, so “.*” went to a new sheet: /
      );
    }
  );

  it("goes to a new sheet when the area overlaps an existing table, even through empty cells", async () => {
    const wb = mockWorkbook({ active: anchor, overlappingTables: 1 });
    const outcome = await insertTableIn(wb.context, request(table));
    expect(outcome.newSheet).toBe(true);
    expect(wb.ranges.filter((r) => r.sheet === "Sheet1")).toEqual([]);
  });

  it("numbers the new sheet when a sheet already has the title's name, in any case", async () => {
    // The name the table takes in a workbook that does not have it yet.
    const first = mockWorkbook({ active: anchor, filled: [[anchor[0], anchor[1], "occupied"]] });
    const base = (await insertTableIn(first.context, request(table))).sheetName;
    const second = mockWorkbook({
      active: anchor,
      filled: [[anchor[0], anchor[1], "occupied"]],
      otherSheets: [base.toUpperCase()],
    });
    const numbered = (await insertTableIn(second.context, request(table))).sheetName;
    expect(numbered).toMatch(/ \(2\)$/);
    const wb = mockWorkbook({
      active: anchor,
      filled: [[anchor[0], anchor[1], "occupied"]],
      otherSheets: [base.toUpperCase(), numbered.toLowerCase()],
    });
    const outcome = await insertTableIn(wb.context, request(table));
    expect(outcome.sheetName).not.toBe(base);
    expect(outcome.sheetName).toMatch(/ \(3\)$/);
    expect(outcome.sheetName.length).toBeLessThanOrEqual(31);
    expect(wb.addedSheets).toEqual([outcome.sheetName]);
    expect(outcome.fullAddress.startsWith(`'${outcome.sheetName}'!A1:`)).toBe(true);
  });
});

/** A plan laid out as the core lays it out, with any body size, for what the catalogue cannot show. */
function syntheticPlan(
  anchorRow: number,
  anchorCol: number,
  bodyRows: number,
  labels: string[] = []
): CellPlan {
  const rowCount = 1 + 1 + bodyRows + 1 + 1 + 1;
  const values: CellValue[][] = [];
  const formulas: CellValue[][] = [];
  const formats: string[][] = [];
  const push = (v: CellValue[], f: CellValue[] = v, n: string[] = v.map(() => "General")): void => {
    values.push(v);
    formulas.push(f);
    formats.push(n);
  };
  push(["Synthetic", null, null]);
  push(["Label", "Tonnes", "Share"]);
  for (let i = 0; i < bodyRows; i++) {
    const r = anchorRow + 2 + i + 1;
    const label = labels[i] ?? `Row ${i + 1}`;
    push(
      [label, i + 1, (i + 1) / 10],
      [label, i + 1, `=${letters(anchorCol + 1)}${r}/10`],
      ["General", "#,##0.0", "0.0%"]
    );
  }
  push([null, null, null]);
  push(["Source: Example", null, null]);
  push(["Note", null, null]);
  return {
    tableId: "synthetic",
    anchor: { row: anchorRow, col: anchorCol },
    rowCount,
    colCount: 3,
    values,
    formulas,
    numberFormats: formats,
    table: { row: 1, col: 0, rowCount: bodyRows + 1, colCount: 3 },
    sourceRow: bodyRows + 3,
    sourceRows: [bodyRows + 3],
    noteRows: [bodyRows + 4],
    hyperlinks: [
      { row: bodyRows + 3, col: 0, url: "https://example.org/", text: "Source: Example" },
    ],
    figureCells: [],
    datasetVersionLabel: "Seizure Desk dataset version",
    figureIds: [],
    sourceIds: [],
  };
}

describe("insertTable's cost and text safety", () => {
  it.each([1, 50, 2000])("makes three syncs for a table of %i rows", async (bodyRows) => {
    const wb = mockWorkbook({ active: [0, 0] });
    await insertTableIn(wb.context, {
      title: "Synthetic",
      planAt: (r, c) => syntheticPlan(r, c, bodyRows),
      liveFormulas: true,
      chart: false,
    });
    expect(wb.sync).toHaveBeenCalledTimes(3);
  });

  it.each([true, false])(
    "keeps dataset text that begins with = + - @ as text (live formulas: %s)",
    async (liveFormulas) => {
      const labels = ['=HYPERLINK("http://x")', "+32 3 000 00 00", "-5 t", "@home", "plain"];
      const wb = mockWorkbook({ active: [0, 0] });
      await insertTableIn(wb.context, {
        title: "Synthetic",
        planAt: (r, c) => syntheticPlan(r, c, labels.length, labels),
        liveFormulas,
        chart: false,
      });
      const cells = materialize(wb, "Sheet1");
      labels.forEach((label, i) => {
        const cell = cells.get(`${2 + i},0`);
        // Written behind an apostrophe, which Excel does not keep: the cell holds the text itself, in the
        // plan's format, and no formula.
        expect(cell?.written).toBe(`'${label}`);
        expect(cell?.content).toBe(label);
        expect(cell?.numberFormat).toBe("General");
      });
      // The derived cells are still formulas in live mode, and numbers otherwise.
      const derived = cells.get("2,2")?.content;
      if (liveFormulas) expect(derived).toBe("=B3/10");
      else expect(derived).toBe(0.1);
      // The formats are assigned before the contents, so that they are in place when the contents arrive.
      const all = wb.ranges.find((r) => r.rowCount > 1 && r.colCount === 3);
      expect(all?.assigned).toEqual(["numberFormat", liveFormulas ? "formulas" : "values"]);
    }
  );
});

describe("insertTable in the active language (French)", () => {
  const table = richTable();
  const anchor: [number, number] = [1, 1];

  beforeAll(() => setActiveLanguage("fr"));
  afterAll(() => setActiveLanguage("en"));

  /** The request as the pane makes it: its catalogue entry, its plan in the active language. */
  async function frenchRequest(options: Partial<InsertRequest> = {}): Promise<InsertRequest> {
    await loadDatasetTexts(activeLanguage());
    const texts = () => loadedDatasetTexts(activeLanguage());
    const entry = catalogueEntry(table, {
      figureById,
      sourceById,
      buildPlan: (t, x) => planInLanguage(t, { anchorRow: 0, anchorCol: 0 }, x),
      texts,
    });
    return {
      title: entry.table.title,
      planAt: (anchorRow, anchorCol) =>
        planInLanguage(entry.table, { anchorRow, anchorCol }, texts()),
      liveFormulas: true,
      chart: true,
      ...options,
    };
  }

  it("writes the French texts and the English plan's numbers, formulas and formats", async () => {
    const wb = mockWorkbook({ active: anchor });
    await insertTableIn(wb.context, await frenchRequest());
    const english = buildCellPlan(table, { anchorRow: anchor[0], anchorCol: anchor[1] });
    const french = fr.tables[table.id];
    const cells = materialize(wb, "Sheet1");
    const at = (r: number, c: number) => cells.get(`${anchor[0] + r},${anchor[1] + c}`);

    expect(at(0, 0)?.content).toBe(french.title);
    french.headers.forEach((header, c) => expect(at(1, c)?.content).toBe(header));
    let numbers = 0;
    let formulas = 0;
    for (let r = 0; r < english.rowCount; r++)
      for (let c = 0; c < english.colCount; c++) {
        const value = english.values[r][c];
        const formula = english.formulas[r][c];
        if (formula !== value) {
          expect(at(r, c)?.content).toBe(formula);
          formulas++;
        } else if (typeof value === "number") {
          expect(at(r, c)?.content).toBe(value);
          numbers++;
        }
        if (typeof value === "number" || formula !== value)
          expect(at(r, c)?.numberFormat).toBe(english.numberFormats[r][c]);
      }
    expect([numbers > 0, formulas > 0]).toEqual([true, true]);
    // Under the table: the French source prefix and notes, the links of the English plan.
    expect(at(english.sourceRows[0], 0)?.content).toMatch(/^Sources\u00a0: /);
    expect(at(english.noteRows[0], 0)?.content).toMatch(/^Note\u00a0: /);
    expect(english.hyperlinks.map((h) => at(h.row, h.col)?.hyperlink)).toEqual(
      english.hyperlinks.map((h) => h.url)
    );
    expect(wb.charts[0]?.title.text).toBe(french.title);
  });

  it("names a new sheet after the French title when the area is taken", async () => {
    const wb = mockWorkbook({ active: anchor, filled: [[anchor[0], anchor[1], "mine"]] });
    const outcome = await insertTableIn(wb.context, await frenchRequest());
    expect(outcome.newSheet).toBe(true);
    expect(fr.tables[table.id].title.startsWith(outcome.sheetName.slice(0, 20))).toBe(true);
  });
});
