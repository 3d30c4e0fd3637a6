/**
 * Writes a WorkbookExport as .xlsx bytes with exceljs. exceljs is imported here and only here, dynamically,
 * so that it lands in a chunk of its own that the task pane fetches when a download is asked for.
 *
 * Formulas are written without a cached result and the workbook asks for a full calculation on load: the
 * spreadsheet that opens the file computes every derived cell itself.
 */
import type { CellPlan } from "../core/cellPlanTypes";
import type { SheetPlan } from "../core/share/sheetPlan";
import type { WorkbookExport } from "./workbookExport";
import { exportedCell } from "./workbookExport";

type ExcelJsModule = typeof import("exceljs");
type Worksheet = import("exceljs").Worksheet;

const TITLE_FONT_SIZE = 14;
/** Column widths, in characters, for table sheets: long titles, source lines and notes overflow instead. */
const MIN_WIDTH = 8;
const MAX_WIDTH = 48;

async function loadExcelJs(): Promise<ExcelJsModule> {
  const loaded = await import(/* webpackChunkName: "exceljs" */ "exceljs");
  // The browser build is a CommonJS bundle: webpack (and ts-jest) hand it over as the default export.
  const withDefault = loaded as ExcelJsModule & { default?: ExcelJsModule };
  return withDefault.default ?? loaded;
}

export async function writeXlsx(
  book: WorkbookExport,
  creator = "Seizure Desk"
): Promise<Uint8Array> {
  const ExcelJS = await loadExcelJs();
  const workbook = new ExcelJS.Workbook();
  workbook.creator = creator;
  workbook.calcProperties.fullCalcOnLoad = true;
  for (const sheet of book.tables) writeTableSheet(workbook.addWorksheet(sheet.name), sheet.plan);
  writeSheetPlan(workbook.addWorksheet(book.sources.name), book.sources.plan);
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}

function writeTableSheet(ws: Worksheet, plan: CellPlan): void {
  const links = new Map(plan.hyperlinks.map((l) => [`${l.row},${l.col}`, l]));
  for (let r = 0; r < plan.rowCount; r++) {
    for (let c = 0; c < plan.colCount; c++) {
      const cell = ws.getCell(r + 1, c + 1);
      const link = links.get(`${r},${c}`);
      const content = exportedCell(plan, r, c);
      if (link) cell.value = { text: link.text, hyperlink: link.url };
      else if (content !== null) cell.value = content;
      const format = plan.numberFormats[r][c];
      if (format && format !== "General") cell.numFmt = format;
    }
  }
  const title = ws.getCell(1, 1);
  title.font = { bold: true, size: TITLE_FONT_SIZE };
  const t = plan.table;
  ws.getRow(t.row + 1).font = { bold: true };
  ws.autoFilter = {
    from: { row: t.row + 1, column: t.col + 1 },
    to: { row: t.row + t.rowCount, column: t.col + t.colCount },
  };
  for (let c = 0; c < plan.colCount; c++) {
    let chars = MIN_WIDTH;
    for (let r = t.row; r < t.row + t.rowCount; r++)
      chars = Math.max(chars, String(plan.values[r][c] ?? "").length + 2);
    ws.getColumn(c + 1).width = Math.min(chars, MAX_WIDTH);
  }
}

function writeSheetPlan(ws: Worksheet, plan: SheetPlan): void {
  const links = new Map(plan.hyperlinks.map((l) => [`${l.row},${l.col}`, l]));
  plan.cells.forEach((line, r) =>
    line.forEach((value, c) => {
      if (value === null) return;
      const cell = ws.getCell(r + 1, c + 1);
      const link = links.get(`${r},${c}`);
      cell.value = link ? { text: link.text, hyperlink: link.url } : value;
      const format = plan.numberFormats[r][c];
      if (format && format !== "General") cell.numFmt = format;
    })
  );
  for (const r of plan.boldRows) ws.getRow(r + 1).font = { bold: true };
  plan.columnWidths.forEach((chars, c) => {
    ws.getColumn(c + 1).width = chars;
  });
}
