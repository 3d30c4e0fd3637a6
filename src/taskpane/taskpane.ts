/**
 * Task pane entry: renders the catalogue from the dataset at once, then asks Office where the pane runs.
 * Outside Excel (a plain browser, or Office.js absent) the pane browses and downloads; inside, it inserts.
 */
import { buildCellPlan } from "../core/cellPlan";
import { CATALOGUE, DATASET_VERSION, figureById, sourceById, tableById } from "../data";
import type { TableDef } from "../data/types";
import { insertTable } from "../excel/insertTable";
import { canKeepRecords } from "../excel/tableRecords";
import { startApp } from "./app";
import { catalogueEntry } from "./catalogueEntries";
import { downloadCsv } from "./download";
import { setWorkbookDateSystem } from "../core/functions/dateSystem";
import { readWorkbookDateSystem } from "../excel/dateSystem";
import { mountRatesPanel } from "./ratesPanel";
import { mountSharePanel, today, workbookUsage } from "./sharePanel";
import { mountUpdatesPanel } from "./updatesPanel";
import { applyOfficeTheme, followColorScheme, watchOfficeTheme } from "./theme";

performance.mark("desk:pane-start");
const buildPlan = (table: TableDef) => buildCellPlan(table, { anchorRow: 0, anchorCol: 0 });

followColorScheme();
const app = startApp({
  entries: CATALOGUE.map((table) => catalogueEntry(table, { figureById, sourceById, buildPlan })),
  planAt: (entry, anchorRow, anchorCol) => buildCellPlan(entry.table, { anchorRow, anchorCol }),
  insert: (request) =>
    insertTable({ ...request, datasetVersion: canKeepRecords() ? DATASET_VERSION : undefined }),
  download: (entry) => downloadCsv(entry.plan, entry.table.id),
});
performance.mark("desk:catalogue-rendered");

function setHost(inExcel: boolean): void {
  app.setHost(inExcel);
  const sharePanel = document.getElementById("share-panel");
  if (sharePanel) mountSharePanel(sharePanel, { inExcel });
  const updatesPanel = document.getElementById("updates-panel");
  if (updatesPanel && inExcel) mountUpdatesPanel(updatesPanel, updatesServices());
  const ratesPanel = document.getElementById("rates-panel");
  if (ratesPanel) mountRatesPanel(ratesPanel);
  // The functions read date serials in the workbook's date system; only the pane can ask Excel for it.
  // An Excel that cannot answer keeps the default, 1900.
  if (inExcel) readWorkbookDateSystem().then(setWorkbookDateSystem, () => undefined);
}

/** Check and update against the dataset this build ships; the Excel layer is fetched when first used. */
function updatesServices() {
  const layer = () =>
    Promise.all([
      import("../excel/tableUpdates"),
      import("../excel/currentDataset"),
      import("../excel/sourcesPlanFor"),
    ]);
  return {
    wording: { figureById, tableTitle: (id: string) => tableById(id)?.title },
    async check() {
      const [{ checkInsertedTables }, { currentDataset }] = await layer();
      return checkInsertedTables(currentDataset());
    },
    async update(chosen: ReadonlySet<string>) {
      const [{ updateInsertedTables }, { currentDataset }, { sourcesPlanFor }] = await layer();
      return updateInsertedTables(currentDataset(), {
        chosen,
        sourcesPlanFor: sourcesPlanFor(await workbookUsage(), today()),
      });
    },
  };
}

if (typeof Office === "undefined") {
  setHost(false);
} else {
  Office.onReady((info) => {
    if (applyOfficeTheme()) watchOfficeTheme();
    setHost(info.host === Office.HostType.Excel);
  });
}
