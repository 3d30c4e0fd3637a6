/**
 * Task pane entry: renders the catalogue from the dataset at once, then asks Office where the pane runs.
 * Outside Excel (a plain browser, or Office.js absent) the pane browses and downloads; inside, it inserts.
 */
import { planInLanguage } from "../core/i18n/planInLanguage";
import type { DatasetTexts } from "../core/i18n/datasetTexts";
import { activeLanguage } from "../i18n/activeLanguage";
import { loadDatasetTexts, loadedDatasetTexts, preloadDatasetTextsOnChange } from "../i18n/dataset";
import { CATALOGUE, DATASET_VERSION } from "../data";
import { figureById, sourceById, tableById } from "../core/dataset/byId";
import type { TableDef } from "../data/types";
import type { InsertOutcome, InsertRequest } from "../excel/insertTable";
import { startApp } from "./app";
import { catalogueEntry } from "./catalogueEntries";
import { downloadCsv, downloadInBrowser } from "./download";
import { parseDownloadRequest } from "./downloadRoute";
import { setWorkbookDateSystem } from "../core/functions/dateSystem";
import { readWorkbookDateSystem } from "../excel/dateSystem";
import { recalculateWorkbook } from "../excel/recalculate";
import { onImportedEcbHistory } from "../functions/importedRates";
import { rateChain } from "../functions/runtime";
import { mountRatesPanel } from "./ratesPanel";
import { mountUpdatesPanel } from "./updatesPanel";
import { mountSharePanel, today, workbookUsage } from "./sharePanel";
import { applyOfficeTheme, followColorScheme } from "./theme";

performance.mark("desk:pane-start");
// The ECB history file in use (imported in the pane, else bundled at build) answers after the live
// service. Wired here, on the shared runtime's page: functions.js loaded on its own has no file store.
onImportedEcbHistory((current) => rateChain().setImportedEcbHistory(current?.history));
// Tables in the active language once its texts are loaded (English until then, and for English).
const datasetTexts = () => loadedDatasetTexts(activeLanguage());
preloadDatasetTextsOnChange();
void loadDatasetTexts(activeLanguage()).catch(() => undefined);
const buildPlan = (table: TableDef, texts?: DatasetTexts) =>
  planInLanguage(table, { anchorRow: 0, anchorCol: 0 }, texts);

followColorScheme();
let inExcel = false;
const app = startApp({
  entries: CATALOGUE.map((table) =>
    catalogueEntry(table, { figureById, sourceById, buildPlan, texts: datasetTexts })
  ),
  planAt: (entry, anchorRow, anchorCol) =>
    planInLanguage(entry.table, { anchorRow, anchorCol }, datasetTexts()),
  insert: insertWithRecord,
  download(entry) {
    const title = `“${entry.table.title}”`;
    if (inExcel)
      return downloadInBrowser({ kind: "csv", tableId: entry.table.id }, title, "Download CSV");
    downloadCsv(entry.plan, entry.table.id);
    return `Downloading ${title} as CSV.`;
  },
  datasetVersion: DATASET_VERSION,
});
performance.mark("desk:catalogue-rendered");

function setHost(excel: boolean): void {
  inExcel = excel;
  app.setHost(inExcel);
  // Opened in a browser from Excel to save a file (see downloadRoute.ts): show what was asked for.
  const asked = inExcel
    ? undefined
    : parseDownloadRequest(location.hash, new Set(CATALOGUE.map((t) => t.id)));
  if (asked?.kind === "csv") app.preview(asked.tableId);
  const sharePanel = document.getElementById("share-panel");
  if (sharePanel)
    mountSharePanel(sharePanel, {
      inExcel,
      chosenTableIds: asked?.kind === "xlsx" ? asked.tableIds : [],
    });
  const updatesPanel = document.getElementById("updates-panel");
  if (updatesPanel && inExcel) mountUpdatesPanel(updatesPanel, updatesServices());
  const ratesPanel = document.getElementById("rates-panel");
  if (ratesPanel) mountRatesPanel(ratesPanel);
  // The functions read date serials in the workbook's date system; only the pane can ask Excel for it.
  // An Excel that cannot answer gets its default, 1900. Cells that gave up waiting compute again.
  if (inExcel)
    void readWorkbookDateSystem()
      .catch(() => "1900" as const)
      .then((system) => (setWorkbookDateSystem(system) ? recalculateWorkbook() : undefined))
      .catch(() => undefined);
}

/** Inserts a table with its record; the Excel layer is fetched on the first insert, not at start. */
async function insertWithRecord(request: InsertRequest): Promise<InsertOutcome> {
  const [{ insertTable }, { canKeepRecords }] = await Promise.all([
    import("../excel/insertTable"),
    import("../excel/tableRecords"),
    // The table goes in in the active language: its texts are there before planAt reads them.
    loadDatasetTexts(activeLanguage()),
  ]);
  return insertTable({
    ...request,
    datasetVersion: canKeepRecords() ? DATASET_VERSION : undefined,
  });
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
    applyOfficeTheme();
    setHost(info.host === Office.HostType.Excel);
  });
}
