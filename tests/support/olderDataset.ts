/**
 * An older version of the dataset, for tests of inserted tables: the current data with two figures of the
 * ports table at older values, a changelog whose last version revises them, and insertion with the older
 * data through the same Excel layer as the pane's Insert.
 */
import { buildCellPlan, type CellPlanLookup } from "../../src/core/cellPlan";
import { trackingData, type TrackingData } from "../../src/core/tracking/data";
import type { DatasetVersion } from "../../src/data/changelog";
import { CATALOGUE } from "../../src/data";
import { figureById, sourceById, tableById } from "../../src/core/dataset/byId";
import type { Figure } from "../../src/data/types";
import { insertTableIn } from "../../src/excel/insertTable";
import { asExcelContext, type FakeWorkbook } from "./fakeWorkbook";

export const OLD = "2026-06-01";
export const NEW = "2026-12-05";
export const table = (() => {
  const found = CATALOGUE.find((t) => t.id === "cocaine-seized-in-ports");
  if (!found) throw new Error("The catalogue lacks the ports table.");
  return found;
})();

/** Three figures of the table with numbers: two revised since the older version, one withdrawn. */
const numeric = buildCellPlan(table, { anchorRow: 0, anchorCol: 0 }).figureCells.filter(
  (c) => typeof figureById(c.figureId)?.value === "number"
);
export const [revisedA, revisedB, withdrawnC] = numeric.map((c) => c.figureId);
export const current = (id: string): number => (figureById(id) as Figure).value as number;
/** What the older version said. */
export const older = (id: string): number => Math.round(current(id) * 0.9 * 10) / 10;

export const oldLookup: CellPlanLookup = {
  sourceById,
  figureById(id) {
    const f = figureById(id);
    return f && (id === revisedA || id === revisedB) ? { ...f, value: older(id) } : f;
  },
};
export const firstVersion: DatasetVersion = { version: OLD, summary: "First", changes: [] };
export const revision = (id: string) => ({
  figureId: id,
  kind: "revised" as const,
  oldValue: older(id),
  newValue: current(id),
  why: `The customs' final figure for ${id} replaces the provisional one.`,
  sourceIds: (figureById(id) as Figure).sourceIds,
});
export const changelog: DatasetVersion[] = [
  firstVersion,
  { version: NEW, summary: "Revisions", changes: [revision(revisedA), revision(revisedB)] },
];
export const newData: TrackingData = trackingData({
  changelog,
  lookup: { figureById, sourceById },
  tableById,
});

export const bodyRows = (plan = buildCellPlan(table, { anchorRow: 0, anchorCol: 0 })) =>
  plan.rowCount;

/** Inserts the table at a cell of Sheet1 with the older dataset, as the pane's Insert does. */
export async function insertOld(wb: FakeWorkbook, row: number, col = 0, liveFormulas = true) {
  wb.active = { sheet: "Sheet1", row, col };
  return insertTableIn(asExcelContext(wb.context()), {
    title: table.title,
    planAt: (r, c) => buildCellPlan(table, { anchorRow: r, anchorCol: c }, oldLookup),
    liveFormulas,
    chart: false,
    datasetVersion: OLD,
  });
}
