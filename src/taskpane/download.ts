/**
 * Files the pane hands to the user: in a browser, through a short-lived Blob link; inside Excel, by
 * opening the pane's own page in the system browser, where the same buttons save the file (see
 * downloadRoute.ts for why).
 */
import { cellPlanToCsv, CSV_COMMA, CSV_SEMICOLON, type CsvDialect } from "../core/csv";
import type { Language } from "../i18n/language";
import { DATASET_VERSION } from "../data";
import type { CellPlan } from "../core/cellPlanTypes";
import { activeLanguage } from "../i18n/activeLanguage";
import { ui } from "../i18n/ui/current";
import { downloadPageUrl, type DownloadRequest } from "./downloadRoute";

export function csvFileName(tableId: string): string {
  return `seizure-desk-${tableId}.csv`;
}

/** The CSV dialect Excel expects in that language's regional settings (see core/csv.ts). */
export function csvDialectOf(language: Language): CsvDialect {
  return language === "en" ? CSV_COMMA : CSV_SEMICOLON;
}

/** Hands content to the browser as a file download, through a short-lived Blob URL. */
export function saveFile(content: string | Uint8Array, fileName: string, type: string): void {
  // A Blob takes a copy of bytes backed by a plain ArrayBuffer.
  const part = typeof content === "string" ? content : new Uint8Array(content).buffer;
  const url = URL.createObjectURL(new Blob([part], { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.appendChild(link);
  link.click();
  link.remove();
  // The browser has taken the file by the next task; the URL would otherwise live as long as the page.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/**
 * The cell plan's values as UTF-8 CSV with a BOM (so that Excel reads accents), with the separators Excel
 * expects in the active language (see core/csv.ts).
 */
export function downloadCsv(plan: CellPlan, tableId: string): void {
  const csv = cellPlanToCsv(plan, DATASET_VERSION, csvDialectOf(activeLanguage()));
  saveFile(csv, csvFileName(tableId), "text/csv;charset=utf-8");
}

/**
 * Inside Excel: opens the pane's page in the system browser with the request
 * (Office.context.ui.openBrowserWindow, OpenBrowserWindowApi 1.1:
 * https://learn.microsoft.com/javascript/api/requirement-sets/common/open-browser-window-api-requirement-sets),
 * and returns what the pane says: what happens, or the address to open where the host cannot open it.
 */
export function downloadInBrowser(request: DownloadRequest, what: string, button: string): string {
  const url = downloadPageUrl(window.location.href, request);
  if (Office.context.requirements.isSetSupported("OpenBrowserWindowApi", "1.1")) {
    Office.context.ui.openBrowserWindow(url);
    return ui("openedInBrowser", { what, button });
  }
  return ui("openThisAddress", { url, what, button });
}
