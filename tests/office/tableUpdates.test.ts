/**
 * Inserted tables and their updates, through the Excel layer the pane uses, against the in-memory
 * workbook: tables are inserted with an older dataset (an older changelog and older values, passed as
 * parameters), then checked and updated with the current one. Nothing in the product is replaced.
 */
import { buildCellPlan } from "../../src/core/cellPlan";
import { a1 } from "../../src/core/a1";
import { trackingData } from "../../src/core/tracking/data";
import { parseRecordXml, RECORD_NAMESPACE, type TableRecord } from "../../src/core/tracking/record";
import { SOURCES_MARKER } from "../../src/core/share/sourcesPlan";
import { createUsageLog } from "../../src/core/usage/usageLog";
import type { DatasetVersion } from "../../src/data/changelog";
import { figureById, sourceById, tableById } from "../../src/core/dataset/byId";
import { insertTableIn } from "../../src/excel/insertTable";
import { writeSourcesSheetIn } from "../../src/excel/sourcesSheet";
import { sourcesPlanFor } from "../../src/excel/sourcesPlanFor";
import { checkInsertedTablesIn, updateInsertedTablesIn } from "../../src/excel/tableUpdates";
import { asExcelContext, FakeWorkbook } from "../support/fakeWorkbook";
import {
  bodyRows,
  current,
  firstVersion,
  insertOld,
  newData,
  NEW,
  OLD,
  older,
  oldLookup,
  revisedA,
  revisedB,
  revision,
  table,
  withdrawnC,
} from "../support/olderDataset";

/** The workbook's readable records, in the order of their parts. */
function records(wb: FakeWorkbook): TableRecord[] {
  return wb.customXmlParts.flatMap((p) => {
    const parsed = parseRecordXml(p.xml);
    return parsed.ok ? [parsed.record] : [];
  });
}

/** The sheet address of a recorded figure's cell. */
function cellOf(wb: FakeWorkbook, figureId: string, index = 0): string {
  const record = records(wb)[index];
  const cell = record.cells.find((c) => c.figureId === figureId);
  if (!cell) throw new Error(`${figureId} is not recorded`);
  return a1(record.tableArea.row + cell.row, record.tableArea.col + cell.col);
}

function usage() {
  return createUsageLog();
}

describe("an inserted table's record", () => {
  it("is a custom XML part with the catalogue id, the dataset version and each figure cell's value, written in the insert's three syncs", async () => {
    const wb = new FakeWorkbook(["Sheet1"]);
    wb.active = { sheet: "Sheet1", row: 2, col: 1 };
    const context = wb.context();
    const sync = jest.spyOn(context, "sync");
    const outcome = await insertTableIn(asExcelContext(context), {
      title: table.title,
      planAt: (r, c) => buildCellPlan(table, { anchorRow: r, anchorCol: c }, oldLookup),
      liveFormulas: true,
      chart: false,
      datasetVersion: OLD,
    });
    expect(sync).toHaveBeenCalledTimes(3);
    expect(wb.customXmlParts).toHaveLength(1);
    expect(wb.customXmlParts[0].namespaceUri).toBe(RECORD_NAMESPACE);
    const [record] = records(wb);
    expect(record).toMatchObject({
      catalogueId: table.id,
      datasetVersion: OLD,
      excelTable: outcome.tableName,
      sheet: "Sheet1",
      liveFormulas: true,
    });
    expect(record.tableArea).toEqual(wb.tables[0].area);
    const plan = buildCellPlan(table, { anchorRow: 2, anchorCol: 1 }, oldLookup);
    expect(record.cells).toHaveLength(
      plan.figureCells.filter((c) => plan.values[c.row][c.col] !== null).length
    );
    // Every recorded value is what the cell shows, at the address relative to the table.
    for (const cell of record.cells) {
      const address = a1(record.tableArea.row + cell.row, record.tableArea.col + cell.col);
      expect(wb.valueAt("Sheet1", address)).toBe(cell.value);
      expect(cell.value).toBe(oldLookup.figureById(cell.figureId)?.value);
    }
    // Nothing of the record is in a visible cell.
    const texts = Object.values(wb.snapshot()[0].cells).map((c) => String(c.value));
    expect(texts.some((t) => t.includes(RECORD_NAMESPACE) || t.includes(OLD))).toBe(false);
  });

  it("is not written where the host cannot keep one (no dataset version given)", async () => {
    const wb = new FakeWorkbook(["Sheet1"]);
    wb.active = { sheet: "Sheet1", row: 0, col: 0 };
    await insertTableIn(asExcelContext(wb.context()), {
      title: table.title,
      planAt: (r, c) => buildCellPlan(table, { anchorRow: r, anchorCol: c }),
      liveFormulas: true,
      chart: false,
    });
    expect(wb.tables).toHaveLength(1);
    expect(wb.customXmlParts).toHaveLength(0);
  });
});

describe("Check inserted tables for updates", () => {
  it("lists the figures a later version changed, with old and new values and the changelog's reason", async () => {
    const wb = new FakeWorkbook(["Sheet1"]);
    await insertOld(wb, 0);
    const { checks, malformed } = await checkInsertedTablesIn(
      asExcelContext(wb.context()),
      newData
    );
    expect(malformed).toEqual([]);
    expect(checks).toHaveLength(1);
    expect(checks[0].state).toBe("changed");
    expect(checks[0].changes.map((c) => c.figureId).sort()).toEqual([revisedA, revisedB].sort());
    const a = checks[0].changes.find((c) => c.figureId === revisedA);
    expect(a).toMatchObject({
      inserted: older(revisedA),
      current: older(revisedA),
      newValue: current(revisedA),
      action: "update",
      address: cellOf(wb, revisedA),
    });
    expect(a?.reasons).toEqual([
      {
        version: NEW,
        kind: "revised",
        why: revision(revisedA).why,
        sourceIds: revision(revisedA).sourceIds,
      },
    ]);
  });

  it("finds nothing to update when the workbook is at the current version", async () => {
    const wb = new FakeWorkbook(["Sheet1"]);
    await insertOld(wb, 0);
    const olderData = trackingData({
      changelog: [firstVersion],
      lookup: oldLookup,
      tableById,
    });
    const { checks } = await checkInsertedTablesIn(asExcelContext(wb.context()), olderData);
    expect(checks.map((c) => c.state)).toEqual(["current"]);
  });
});

describe("Update inserted tables", () => {
  it("changes only cells that still hold the inserted value, keeps and lists edited ones, and leaves the table and formulas that use it as they were", async () => {
    const wb = new FakeWorkbook(["Sheet1"]);
    const outcome = await insertOld(wb, 0);
    const tableBefore = wb.tables[0];
    const areaBefore = { ...tableBefore.area };
    const addressA = cellOf(wb, revisedA);
    const addressB = cellOf(wb, revisedB);
    // The user corrected B by hand, and a formula elsewhere sums the table's column.
    wb.setValue("Sheet1", addressB, 99.5);
    const total = `=SUM(${outcome.tableName}[Seized (t)])`;
    wb.setFormula("Sheet1", "Z1", total, 1234);

    const result = await updateInsertedTablesIn(asExcelContext(wb.context()), newData);
    expect(wb.valueAt("Sheet1", addressA)).toBe(current(revisedA));
    expect(wb.valueAt("Sheet1", addressB)).toBe(99.5);
    expect(result.plan.tables).toHaveLength(1);
    expect(result.plan.tables[0].updated.map((c) => c.figureId)).toEqual([revisedA]);
    expect(result.plan.tables[0].kept.map((c) => [c.figureId, c.current])).toEqual([
      [revisedB, 99.5],
    ]);
    // The same table, name and area: written into, never deleted and added again.
    expect(wb.tables).toEqual([tableBefore]);
    expect(wb.tables[0].name).toBe(outcome.tableName);
    expect(wb.tables[0].area).toEqual(areaBefore);
    expect(wb.formulaAt("Sheet1", "Z1")).toBe(total);
    // The record is at the current version, with the value now written.
    const [record] = records(wb);
    expect(record.datasetVersion).toBe(NEW);
    expect(record.cells.find((c) => c.figureId === revisedA)?.value).toBe(current(revisedA));
    expect(record.cells.find((c) => c.figureId === revisedB)?.value).toBe(older(revisedB));
    const again = await checkInsertedTablesIn(asExcelContext(wb.context()), newData);
    expect(again.checks.map((c) => c.state)).toEqual(["current"]);
  });

  it("updates only the tables chosen", async () => {
    const wb = new FakeWorkbook(["Sheet1"]);
    const gap = bodyRows() + 2;
    await insertOld(wb, 0);
    await insertOld(wb, gap);
    const { checks } = await checkInsertedTablesIn(asExcelContext(wb.context()), newData);
    const chosen = new Set([checks[1].partId]);
    await updateInsertedTablesIn(asExcelContext(wb.context()), newData, { chosen });
    expect(wb.valueAt("Sheet1", cellOf(wb, revisedA, 0))).toBe(older(revisedA));
    expect(wb.valueAt("Sheet1", cellOf(wb, revisedA, 1))).toBe(current(revisedA));
  });

  it("leaves a withdrawn figure's cell as it is and says so", async () => {
    const wb = new FakeWorkbook(["Sheet1"]);
    await insertOld(wb, 0);
    const withdrawal: DatasetVersion = {
      version: NEW,
      summary: "Withdrawal",
      changes: [
        {
          figureId: withdrawnC,
          kind: "withdrawn",
          oldValue: current(withdrawnC),
          why: "The source corrected itself; no figure replaces it.",
          sourceIds: [],
        },
      ],
    };
    const data = trackingData({
      changelog: [firstVersion, withdrawal],
      lookup: { sourceById, figureById: (id) => (id === withdrawnC ? undefined : figureById(id)) },
      tableById,
    });
    const address = cellOf(wb, withdrawnC);
    const result = await updateInsertedTablesIn(asExcelContext(wb.context()), data);
    const change = result.checks[0].changes.find((c) => c.figureId === withdrawnC);
    expect(change).toMatchObject({ action: "withdrawn", newValue: null });
    expect(wb.valueAt("Sheet1", address)).toBe(current(withdrawnC));
  });

  it("refreshes the Sources sheet where the workbook has one, and adds none where it has not", async () => {
    const wb = new FakeWorkbook(["Sheet1"]);
    await insertOld(wb, 0);
    await writeSourcesSheetIn(asExcelContext(wb.context()), sourcesPlanFor(usage(), "2026-11-30"));
    const result = await updateInsertedTablesIn(asExcelContext(wb.context()), newData, {
      sourcesPlanFor: sourcesPlanFor(usage(), NEW),
    });
    expect(result.sources).toMatchObject({ sheetName: "Sources", refreshed: true });
    const sheet = wb.snapshot().find((s) => s.name === "Sources");
    expect(sheet?.cells.A1.value).toBe(SOURCES_MARKER);
    expect(String(sheet?.cells.A2.value)).toContain("Written on 5 December 2026");

    const bare = new FakeWorkbook(["Sheet1"]);
    await insertOld(bare, 0);
    const none = await updateInsertedTablesIn(asExcelContext(bare.context()), newData, {
      sourcesPlanFor: sourcesPlanFor(usage(), NEW),
    });
    expect(none.sources).toBeNull();
    expect(bare.sheets.map((s) => s.name)).toEqual(["Sheet1"]);
  });
});

describe("tables the user changed, and records that were tampered with", () => {
  it("lists a deleted table as not found and keeps its record", async () => {
    const wb = new FakeWorkbook(["Sheet1"]);
    await insertOld(wb, 0);
    wb.tables.splice(0, 1);
    const result = await updateInsertedTablesIn(asExcelContext(wb.context()), newData);
    expect(result.checks.map((c) => c.state)).toEqual(["missing"]);
    expect(result.plan.tables).toEqual([]);
    expect(records(wb)[0].datasetVersion).toBe(OLD);
  });

  it("finds a renamed table at its place, updates it, records its new name and cites it on the Sources sheet", async () => {
    const wb = new FakeWorkbook(["Sheet1"]);
    await insertOld(wb, 0);
    await writeSourcesSheetIn(asExcelContext(wb.context()), sourcesPlanFor(usage(), "2026-11-30"));
    wb.renameTable(wb.tables[0], "MyPorts");
    const result = await updateInsertedTablesIn(asExcelContext(wb.context()), newData, {
      sourcesPlanFor: sourcesPlanFor(usage(), NEW),
    });
    expect(result.checks[0]).toMatchObject({ state: "changed", renamed: true });
    expect(wb.valueAt("Sheet1", cellOf(wb, revisedA))).toBe(current(revisedA));
    expect(records(wb)[0].excelTable).toBe("MyPorts");
    const sources = wb.snapshot().find((s) => s.name === "Sources");
    const cited = Object.values(sources?.cells ?? {}).map((c) => c.value);
    expect(cited).toContain("MyPorts");
    expect(cited).toContain(table.title);
  });

  it("lists a resized table's changes and changes none of its cells", async () => {
    const wb = new FakeWorkbook(["Sheet1"]);
    await insertOld(wb, 0);
    const address = cellOf(wb, revisedA);
    const area = wb.tables[0].area as NonNullable<(typeof wb.tables)[0]["area"]>;
    wb.tables[0].area = { ...area, colCount: area.colCount + 1 };
    const result = await updateInsertedTablesIn(asExcelContext(wb.context()), newData);
    expect(result.checks[0].state).toBe("resized");
    expect(result.checks[0].changes.every((c) => c.action === "hold")).toBe(true);
    expect(result.checks[0].changes).toHaveLength(2);
    expect(wb.valueAt("Sheet1", address)).toBe(older(revisedA));
    expect(records(wb)[0].datasetVersion).toBe(OLD);
  });

  it("lists a table on a protected sheet and writes nothing there", async () => {
    const wb = new FakeWorkbook(["Sheet1"]);
    await insertOld(wb, 0);
    wb.setProtected("Sheet1", true);
    const result = await updateInsertedTablesIn(asExcelContext(wb.context()), newData);
    expect(result.checks[0].state).toBe("protected");
    expect(result.plan.tables).toEqual([]);
    expect(wb.valueAt("Sheet1", cellOf(wb, revisedA))).toBe(older(revisedA));
  });

  it("lists tampered records as unreadable, leaves them alone, and still updates the sound ones", async () => {
    const wb = new FakeWorkbook(["Sheet1"]);
    await insertOld(wb, 0);
    const sound = wb.customXmlParts[0].xml;
    const tampered = [
      `<insertedTable xmlns="${RECORD_NAMESPACE}">{not json</insertedTable>`,
      sound.replace(/"row":\d+,"col":(\d+),"value"/, '"row":9999,"col":$1,"value"'),
      sound.replace(/"datasetVersion":"[^"]*"/, '"datasetVersion":"yesterday"'),
      sound.replace(/"value":[\d.]+/, '"value":{"formula":"=1/0"}'),
    ];
    for (const xml of tampered) wb.addXmlPart(xml);
    const result = await updateInsertedTablesIn(asExcelContext(wb.context()), newData);
    expect(result.malformed.map((m) => m.problem)).toEqual([
      "the part's content is not valid JSON",
      expect.stringContaining("lies outside the table's body"),
      "the dataset version is not a date (YYYY-MM-DD)",
      expect.stringContaining("has no number or text value"),
    ]);
    expect(wb.customXmlParts.slice(1).map((p) => p.xml)).toEqual(tampered);
    expect(wb.valueAt("Sheet1", cellOf(wb, revisedA))).toBe(current(revisedA));
  });
});

describe("the cost of a check and an update", () => {
  /** Syncs of a check and of an update (with a Sources sheet to refresh) in a workbook of n tables. */
  async function syncsFor(n: number): Promise<{ check: number; update: number; cells: number }> {
    const wb = new FakeWorkbook(["Sheet1"]);
    const gap = bodyRows() + 2;
    for (let i = 0; i < n; i++) await insertOld(wb, i * gap);
    await writeSourcesSheetIn(asExcelContext(wb.context()), sourcesPlanFor(usage(), "2026-11-30"));
    const checkContext = wb.context();
    const checkSyncs = jest.spyOn(checkContext, "sync");
    await checkInsertedTablesIn(asExcelContext(checkContext), newData);
    const updateContext = wb.context();
    const updateSyncs = jest.spyOn(updateContext, "sync");
    const result = await updateInsertedTablesIn(asExcelContext(updateContext), newData, {
      sourcesPlanFor: sourcesPlanFor(usage(), NEW),
    });
    return {
      check: checkSyncs.mock.calls.length,
      update: updateSyncs.mock.calls.length,
      cells: result.plan.writes.length,
    };
  }

  it("does not grow with the number of tables or cells: 20 tables cost what 1 does", async () => {
    const one = await syncsFor(1);
    const twenty = await syncsFor(20);
    expect(twenty.cells).toBe(20 * one.cells);
    expect(twenty.check).toBe(one.check);
    expect(twenty.update).toBe(one.update);
    // Read: records and tables, their XML and areas, the cells; write; Sources sheet: 4.
    expect(twenty).toMatchObject({ check: 3, update: 8 });
  });
});
