/**
 * Task pane entry: settles the language (a saved choice at once; else Office's display language once Office
 * is ready, or the browser's), renders the catalogue in it, then learns from Office where the pane runs.
 * Outside Excel (a plain browser, or Office.js absent) the pane browses and downloads; inside, it inserts.
 * A language chosen in the pane shows everything again in it, without reloading the page (which is also
 * the functions' runtime).
 */
import { planInLanguage } from "../core/i18n/planInLanguage";
import type { DatasetTexts } from "../core/i18n/datasetTexts";
import { activeLanguage } from "../i18n/activeLanguage";
import { loadDatasetTexts, loadedDatasetTexts } from "../i18n/dataset";
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
import { whenRateEngineLoads } from "../functions/rateEngineLoader";
import { mountRatesPanel } from "./ratesPanel";
import { mountUpdatesPanel } from "./updatesPanel";
import { mountSharePanel, today, workbookUsage } from "./sharePanel";
import { applyOfficeTheme, followColorScheme } from "./theme";
import { onLanguageChange } from "../i18n/activeLanguage";
import type { Language } from "../i18n/language";
import { ui, useUiLanguage } from "../i18n/ui/current";
import { tableInActiveLanguage, tableText } from "./tableText";
import { applyPageText } from "./pageText";
import { mountLanguageSelect } from "./languageSelect";
import {
  browserLanguages,
  officeDisplayLanguage,
  resolveLanguage,
  saveLanguage,
  savedLanguage,
} from "./languageChoice";
import type { App } from "./app";

performance.mark("desk:pane-start");
// The ECB history file in use (imported in the pane, else bundled at build) answers after the live
// service. Wired here, on the shared runtime's page: functions.js loaded on its own has no file store.
// The rate engine loads on first use, not at start: it is wired as it loads.
whenRateEngineLoads((engine) =>
  onImportedEcbHistory((current) => engine.rateChain().setImportedEcbHistory(current?.history))
);
// Tables in the active language once its texts are loaded (English until then, and for English).
const datasetTexts = () => loadedDatasetTexts(activeLanguage());
const buildPlan = (table: TableDef, texts?: DatasetTexts) =>
  planInLanguage(table, { anchorRow: 0, anchorCol: 0 }, texts);
/** The table texts of a language, fetched before the pane shows it; English (built in) if they fail. */
const loadTableTexts = (language: Language) =>
  loadDatasetTexts(language).then(
    () => undefined,
    () => undefined
  );

followColorScheme();
let inExcel: boolean | undefined;
let asked: ReturnType<typeof parseDownloadRequest>;

/** Office once ready (its theme applied), or undefined where the page runs without Office.js. */
const officeReady: Promise<{ host: Office.HostType | null } | undefined> =
  typeof Office === "undefined"
    ? Promise.resolve(undefined)
    : Office.onReady().then(
        (info) => {
          applyOfficeTheme();
          return info;
        },
        () => undefined
      );

/** A saved choice at once; else Office's display language, which Office gives once ready. */
async function startLanguage(): Promise<Language> {
  const saved = savedLanguage();
  if (saved) return saved;
  await officeReady;
  return resolveLanguage({ office: officeDisplayLanguage(), browser: browserLanguages() });
}

/** The catalogue in the active language: plans and table texts are built in it. */
const catalogueEntries = () =>
  CATALOGUE.map((table) =>
    catalogueEntry(table, { figureById, sourceById, buildPlan, texts: datasetTexts })
  );

function renderPane(): App {
  applyPageText();
  return startApp({
    entries: catalogueEntries(),
    planAt: (entry, anchorRow, anchorCol) =>
      planInLanguage(entry.table, { anchorRow, anchorCol }, datasetTexts()),
    insert: insertWithRecord,
    download(entry) {
      const title = ui("quotedTitle", { title: entry.text.title });
      if (inExcel)
        return downloadInBrowser(
          { kind: "csv", tableId: entry.table.id },
          title,
          ui("downloadCsv")
        );
      downloadCsv(entry.plan, entry.table.id);
      return ui("downloadingCsv", { title: entry.text.title });
    },
    datasetVersion: DATASET_VERSION,
  });
}

async function start(): Promise<void> {
  // A language whose strings cannot be fetched (offline, say) leaves the pane in English.
  const language = await startLanguage();
  await Promise.all([useUiLanguage(language).catch(() => undefined), loadTableTexts(language)]);
  const app = renderPane();
  performance.mark("desk:catalogue-rendered");
  const select = document.getElementById("language-select");
  if (select instanceof HTMLSelectElement)
    mountLanguageSelect(select, (language) => {
      saveLanguage(language);
      void useUiLanguage(language).catch(() => undefined);
    });
  onLanguageChange((language) => {
    void loadTableTexts(language).then(() => {
      applyPageText();
      app.relabel(catalogueEntries());
      if (inExcel !== undefined) mountPanels();
    });
  });
  const info = await officeReady;
  setHost(app, info !== undefined && info.host === Office.HostType.Excel);
}

function setHost(app: App, excel: boolean): void {
  inExcel = excel;
  app.setHost(inExcel);
  // Opened in a browser from Excel to save a file (see downloadRoute.ts): show what was asked for.
  asked = inExcel
    ? undefined
    : parseDownloadRequest(location.hash, new Set(CATALOGUE.map((t) => t.id)));
  if (asked?.kind === "csv") app.preview(asked.tableId);
  mountPanels();
  // The functions read date serials in the workbook's date system; only the pane can ask Excel for it.
  // An Excel that cannot answer gets its default, 1900. Cells that gave up waiting compute again.
  if (inExcel)
    void readWorkbookDateSystem()
      .catch(() => "1900" as const)
      .then((system) => (setWorkbookDateSystem(system) ? recalculateWorkbook() : undefined))
      .catch(() => undefined);
}

/** The share, updates and rates panels, in the active language (mounted again when it changes). */
function mountPanels(): void {
  const sharePanel = document.getElementById("share-panel");
  if (sharePanel)
    mountSharePanel(sharePanel, {
      inExcel: inExcel === true,
      chosenTableIds: asked?.kind === "xlsx" ? asked.tableIds : [],
    });
  const updatesPanel = document.getElementById("updates-panel");
  if (updatesPanel && inExcel) mountUpdatesPanel(updatesPanel, updatesServices());
  const ratesPanel = document.getElementById("rates-panel");
  if (ratesPanel) mountRatesPanel(ratesPanel);
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
    wording: {
      figureById,
      tableTitle: (id: string) => {
        const table = tableById(id);
        return table && tableText(tableInActiveLanguage(table)).title;
      },
    },
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

void start();
