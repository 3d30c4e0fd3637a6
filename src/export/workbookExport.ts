/**
 * What a standalone .xlsx holds: one sheet per chosen catalogue table (its cell plan at A1: title, table,
 * number formats, live formulas for derived columns, source lines with links, notes) and the Sources
 * sheet. Pure: the writer turns it into a file.
 */
import type { CellPlan } from "../core/cellPlanTypes";
import type { DatasetTexts } from "../core/i18n/datasetTexts";
import type { WriteMessage } from "../core/messages/text";
import { planInLanguage } from "../core/i18n/planInLanguage";
import type { SheetPlan } from "../core/share/sheetPlan";
import { buildSourcesSheet, SOURCES_SHEET_NAME, type SourcesData } from "../core/share/sourcesPlan";
import type { RateUse } from "../core/usage/usageLog";
import type { TableDef } from "../data/types";
import { uniqueSheetName } from "../core/placement";

export interface ExportedSheet {
  name: string;
  table: TableDef;
  plan: CellPlan;
}

export interface WorkbookExport {
  tables: ExportedSheet[];
  sources: { name: string; plan: SheetPlan };
}

export interface ExportUsage {
  figureIds(): string[];
  rates(): RateUse[];
}

export function buildWorkbookExport(
  tables: readonly TableDef[],
  usage: ExportUsage,
  writtenOn: string,
  data: SourcesData,
  texts?: DatasetTexts,
  write?: WriteMessage
): WorkbookExport {
  const sourcesName = texts?.sources.sheetName ?? SOURCES_SHEET_NAME;
  const taken = [sourcesName];
  const sheets = tables.map((table) => {
    const plan = planInLanguage(table, { anchorRow: 0, anchorCol: 0 }, texts);
    // The sheet is named after the title the reader sees, in the plan's language.
    const title = plan.values[0][0];
    const name = uniqueSheetName(typeof title === "string" ? title : table.title, taken);
    taken.push(name);
    return { name, table, plan };
  });
  const sources = buildSourcesSheet(
    {
      tables: sheets.map((s) => ({
        table: s.table,
        sheet: s.name,
        figureIds: s.plan.figureIds,
        sourceIds: s.plan.sourceIds,
      })),
      functionFigureIds: usage.figureIds(),
      rates: usage.rates(),
      writtenOn,
    },
    data,
    texts,
    write
  );
  return { tables: sheets, sources: { name: sourcesName, plan: sources } };
}

/**
 * A cell of a table sheet: its formula (without "=") where the plan's live formula differs from the value
 * it computes, else the value.
 */
export function exportedCell(
  plan: CellPlan,
  row: number,
  col: number
): { formula: string } | string | number | boolean | null {
  const value = plan.values[row][col];
  const formula = plan.formulas[row][col];
  if (typeof formula === "string" && formula.startsWith("=") && formula !== value)
    return { formula: formula.slice(1) };
  return value;
}
