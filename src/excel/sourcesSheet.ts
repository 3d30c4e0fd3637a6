/**
 * Writes (or refreshes) the Sources sheet in one Excel.run: three syncs for a new sheet, four to refresh
 * ours, whatever the workbook holds. Sync 1 lists sheets and tables, sync 2 reads each sheet's first cell
 * (to find ours), sync 3 reads ours when there is one (to keep what it cited), the last writes.
 * Refreshing replaces only our sheet's content; a user's sheet called "Sources" is never touched.
 */
import { cellInput } from "../core/share/literal";
import type { SheetPlan } from "../core/share/sheetPlan";
import { chooseSourcesSheet } from "../core/share/sourcesSheetName";
import type { DatasetTexts } from "../core/i18n/datasetTexts";
import type { WriteMessage } from "../core/messages/text";
import { messageWriter } from "../functions/messages";
import { activeLanguage } from "../i18n/activeLanguage";
import { loadDatasetTexts } from "../i18n/dataset";
import type { ExcelTableName } from "../core/share/sourcesTables";

/** Points per character of column width, for Calibri 11. */
const POINTS_PER_CHAR = 7;

export interface SourcesOutcome {
  sheetName: string;
  /** True when an earlier Sources sheet of ours was refreshed, false when a new one was added. */
  refreshed: boolean;
  rows: number;
}

/**
 * Builds the plan from the Excel tables found in the workbook (catalogue look-up happens there) and the
 * values of the Sources sheet being refreshed (empty for a new one), whose citations it keeps.
 */
/**
 * The Sources plan for the workbook's tables and the earlier sheet, in the language of `texts`, its
 * messages (the rates' citations) written by `write`.
 */
export type SourcesPlanFor = (
  tables: ExcelTableName[],
  earlierSheet: unknown[][],
  texts?: DatasetTexts,
  write?: WriteMessage
) => SheetPlan;

export function writeSourcesSheet(planFor: SourcesPlanFor): Promise<SourcesOutcome> {
  return Excel.run((context) => writeSourcesSheetIn(context, planFor));
}

export async function writeSourcesSheetIn(
  context: Excel.RequestContext,
  planFor: SourcesPlanFor
): Promise<SourcesOutcome> {
  return (await sourcesSheetIn(context, planFor, false)) as SourcesOutcome;
}

/** Refreshes our Sources sheet where the workbook has one (null where it has none): two to four syncs. */
export function refreshSourcesSheetIn(
  context: Excel.RequestContext,
  planFor: SourcesPlanFor
): Promise<SourcesOutcome | null> {
  return sourcesSheetIn(context, planFor, true);
}

async function sourcesSheetIn(
  context: Excel.RequestContext,
  planFor: SourcesPlanFor,
  onlyIfPresent: boolean
): Promise<SourcesOutcome | null> {
  // The active language at the moment of writing (its texts and messages fetched once, before the first
  // sync).
  const language = activeLanguage();
  const [texts, write] = await Promise.all([loadDatasetTexts(language), messageWriter(language)]);
  const workbook = context.workbook;
  const sheets = workbook.worksheets.load("items/name");
  const tables = workbook.tables.load("items/name,items/worksheet/name");
  await context.sync();

  const firstCells = sheets.items.map((sheet) => {
    const cell = sheet.getRangeByIndexes(0, 0, 1, 1);
    cell.load("values");
    return { name: sheet.name, cell };
  });
  await context.sync();

  const target = chooseSourcesSheet(
    firstCells.map((s) => ({ name: s.name, firstCell: s.cell.values[0][0] })),
    texts?.sources
  );
  if (onlyIfPresent && !target.exists) return null;
  let earlier: unknown[][] = [];
  if (target.exists) {
    // Our own sheet, a few hundred rows: one read.
    const used = workbook.worksheets.getItem(target.name).getUsedRange(true);
    used.load("values,rowIndex,columnIndex");
    await context.sync();
    earlier = used.rowIndex === 0 && used.columnIndex === 0 ? used.values : [];
  }
  const plan = planFor(
    tables.items.map((t) => ({ name: t.name, sheet: t.worksheet.name })),
    earlier,
    texts,
    write
  );
  const sheet = target.exists
    ? workbook.worksheets.getItem(target.name)
    : workbook.worksheets.add(target.name);
  if (target.exists) sheet.getRange().clear("All");
  writePlan(sheet, plan);
  await context.sync();
  return { sheetName: target.name, refreshed: target.exists, rows: plan.cells.length };
}

/** The values that store the plan as it is, text kept as text (core/share/literal.ts), in the plan's formats. */
function sheetInputs(plan: SheetPlan): (string | number | boolean)[][] {
  return plan.cells.map((row, r) => row.map((v, c) => cellInput(v, plan.numberFormats[r][c])));
}

function writePlan(sheet: Excel.Worksheet, plan: SheetPlan): void {
  const rows = plan.cells.length;
  const cols = plan.cells[0]?.length ?? 0;
  if (rows === 0 || cols === 0) return;
  const all = sheet.getRangeByIndexes(0, 0, rows, cols);
  // Formats first: a cell's format decides how Excel reads what arrives in it.
  all.numberFormat = plan.numberFormats;
  all.values = sheetInputs(plan);
  for (const row of plan.boldRows) sheet.getRangeByIndexes(row, 0, 1, cols).format.font.bold = true;
  for (const link of plan.hyperlinks)
    sheet.getRangeByIndexes(link.row, link.col, 1, 1).hyperlink = {
      address: link.url,
      textToDisplay: link.text,
      screenTip: link.url,
    };
  plan.columnWidths.forEach((chars, c) => {
    sheet.getRangeByIndexes(0, c, 1, 1).format.columnWidth = chars * POINTS_PER_CHAR;
  });
}
