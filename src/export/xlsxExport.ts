/**
 * The Download .xlsx action, loaded by the task pane only when asked for: the chosen catalogue tables and
 * the Sources sheet as a file. The tests call this same function.
 */
import { DATASET } from "../core/share/dataset";
import { messageWriter } from "../functions/messages";
import { activeLanguage } from "../i18n/activeLanguage";
import { loadDatasetTexts } from "../i18n/dataset";
import type { TableDef } from "../data/types";
import { buildWorkbookExport, type ExportUsage } from "./workbookExport";
import { writeXlsx } from "./xlsxWriter";

export const XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export interface XlsxFile {
  fileName: string;
  bytes: Uint8Array;
  sheetNames: string[];
}

/** `today` is an ISO date: it names the file and is printed on the Sources sheet. */
export async function exportWorkbook(
  tables: readonly TableDef[],
  usage: ExportUsage,
  today: string
): Promise<XlsxFile> {
  // In the language the pane speaks when the file is asked for: its texts, and its messages for the
  // rates' citations.
  const language = activeLanguage();
  const [texts, write] = await Promise.all([loadDatasetTexts(language), messageWriter(language)]);
  const book = buildWorkbookExport(tables, usage, today, DATASET, texts, write);
  return {
    fileName: `seizure-desk-${today}.xlsx`,
    bytes: await writeXlsx(book),
    sheetNames: [...book.tables.map((t) => t.name), book.sources.name],
  };
}
