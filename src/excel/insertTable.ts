/**
 * Writes one cell plan into the workbook: one Excel.run and three syncs, whatever the table's size.
 *
 * Sync 1 reads the active cell and the existing sheet, table and defined names; sync 2 what the area the
 * plan would cover holds (skipped when the area would run past the sheet's edge); sync 3 writes
 * everything, with the table's record (catalogue id, dataset version, figure cells) as a custom XML
 * part. Where the table goes is decided by the pure core/placement module, so that nothing already
 * in the workbook is ever overwritten.
 */
import type { CellPlan } from "../core/cellPlanTypes";
import { rangeAddress } from "../core/a1";
import {
  choosePlacement,
  fitsAtActiveCell,
  quoteSheetName,
  uniqueTableName,
} from "../core/placement";
import { cellInput } from "../core/share/literal";
import { buildTableRecord } from "../core/tracking/record";
import { addTableRecord } from "./tableRecords";

/** The cell plan of one catalogue table anchored at a sheet cell (0-based): its formulas depend on the anchor. */
export type PlanAt = (anchorRow: number, anchorCol: number) => CellPlan;

export interface InsertRequest {
  /** The catalogue table's title: the name of a new sheet is derived from it. */
  title: string;
  planAt: PlanAt;
  /** Derived columns as live formulas (true) or as their computed values (false). */
  liveFormulas: boolean;
  /** Adds a native Excel chart beside the table where the plan has a chart hint. */
  chart: boolean;
  /**
   * The dataset version the plan was built from: the table's record is kept in the workbook so that a
   * later version can update it. Absent where the host lacks custom XML parts (ExcelApi 1.5).
   */
  datasetVersion?: string;
}

export interface InsertOutcome {
  sheetName: string;
  /** The area written, without the sheet ("B2:F14"). */
  address: string;
  /** The same with the sheet, as a reader can type it in the Name Box ("'Cocaine seized'!A1:F14"). */
  fullAddress: string;
  newSheet: boolean;
  /** Why a new sheet, when it is one (see core/placement). */
  newSheetReason?: "occupied" | "pastSheetEdge";
  tableName: string;
  chart: boolean;
}

/** The look of the inserted table. */
const TABLE_STYLE = "TableStyleMedium2";
const TITLE_FONT_SIZE = 14;
/** Chart size, in cells, when one is placed beside the table. */
const CHART_WIDTH_COLS = 8;
const CHART_HEIGHT_ROWS = 16;

/** Inserts the table at the selected cell (or on a new sheet) in one Excel.run. */
export function insertTable(request: InsertRequest): Promise<InsertOutcome> {
  return Excel.run((context) => insertTableIn(context, request));
}

/** The body of the Excel.run, taking the request context so that tests can count its syncs. */
export async function insertTableIn(
  context: Excel.RequestContext,
  request: InsertRequest
): Promise<InsertOutcome> {
  // The plan's size does not depend on its anchor: one built at A1 tells how many cells to inspect.
  const probe = request.planAt(0, 0);
  const workbook = context.workbook;

  const active = workbook.getActiveCell();
  active.load(["rowIndex", "columnIndex"]);
  const activeSheet = workbook.worksheets.getActiveWorksheet();
  activeSheet.load("name");
  const sheets = workbook.worksheets.load("items/name");
  const tables = workbook.tables.load("items/name");
  const names = workbook.names.load("items/name");
  await context.sync();

  // An area past the sheet's last row or column cannot be addressed (Excel refuses the range): such a
  // table goes to a new sheet, and its area is not read.
  const fits = fitsAtActiveCell(
    active.rowIndex,
    active.columnIndex,
    probe.rowCount,
    probe.colCount
  );
  let areaFormulas: unknown[][] | undefined;
  let overlappingTables = 0;
  if (fits) {
    const area = active.getResizedRange(probe.rowCount - 1, probe.colCount - 1);
    area.load("formulas");
    // An existing table's empty cells read as empty, but writing a table over them would fail.
    const overlapping = area.getTables(false).getCount();
    await context.sync();
    areaFormulas = area.formulas;
    overlappingTables = overlapping.value;
  }

  // The title the reader sees (the plan's, in its language) names a new sheet and the chart.
  const title = typeof probe.values[0][0] === "string" ? probe.values[0][0] : request.title;
  const placement = choosePlacement({
    activeSheetName: activeSheet.name,
    activeRow: active.rowIndex,
    activeCol: active.columnIndex,
    areaFormulas,
    overlappingTables,
    sheetNames: sheets.items.map((s) => s.name),
    title,
  });
  const tableName = uniqueTableName(
    probe.tableId,
    tables.items.map((t) => t.name).concat(names.items.map((n) => n.name))
  );
  const plan = request.planAt(placement.row, placement.col);
  const sheet = placement.newSheet ? workbook.worksheets.add(placement.sheetName) : activeSheet;
  const withChart = request.chart && plan.chart !== undefined;

  writeCells(sheet, plan, request.liveFormulas);
  addTable(sheet, plan, tableName);
  if (withChart) addChart(sheet, plan, tableName, title);
  if (request.datasetVersion !== undefined)
    addTableRecord(
      context,
      buildTableRecord(plan, {
        datasetVersion: request.datasetVersion,
        excelTable: tableName,
        sheet: placement.sheetName,
        liveFormulas: request.liveFormulas,
      })
    );
  if (placement.newSheet) sheet.activate();
  await context.sync();

  const address = rangeAddress(plan.anchor.row, plan.anchor.col, plan.rowCount, plan.colCount);
  return {
    sheetName: placement.sheetName,
    address,
    fullAddress: `${quoteSheetName(placement.sheetName)}!${address}`,
    newSheet: placement.newSheet,
    newSheetReason: placement.reason,
    tableName,
    chart: withChart,
  };
}

/** A range in plan coordinates (relative to the anchor). */
function planRange(
  sheet: Excel.Worksheet,
  plan: CellPlan,
  row: number,
  col: number,
  rowCount: number,
  colCount: number
): Excel.Range {
  return sheet.getRangeByIndexes(plan.anchor.row + row, plan.anchor.col + col, rowCount, colCount);
}

/**
 * What each cell receives: the plan's derived cells (where `formulas` differs from `values`) as formulas
 * when asked for, every other cell as its value, text kept as text (core/share/literal.ts).
 */
function cellContents(plan: CellPlan, liveFormulas: boolean): (string | number | boolean)[][] {
  return plan.values.map((row, r) =>
    row.map((value, c) =>
      liveFormulas && plan.formulas[r][c] !== value
        ? (plan.formulas[r][c] as string)
        : cellInput(value, plan.numberFormats[r][c])
    )
  );
}

function writeCells(sheet: Excel.Worksheet, plan: CellPlan, liveFormulas: boolean): void {
  const all = planRange(sheet, plan, 0, 0, plan.rowCount, plan.colCount);
  const contents = cellContents(plan, liveFormulas);
  // Formats first: a cell's format decides how Excel reads what arrives in it.
  all.numberFormat = plan.numberFormats;
  if (liveFormulas) all.formulas = contents;
  else all.values = contents;

  const title = planRange(sheet, plan, 0, 0, 1, 1);
  title.format.font.bold = true;
  title.format.font.size = TITLE_FONT_SIZE;

  for (const link of plan.hyperlinks) {
    planRange(sheet, plan, link.row, link.col, 1, 1).hyperlink = {
      address: link.url,
      textToDisplay: link.text,
      screenTip: link.url,
    };
  }
}

function tableRange(sheet: Excel.Worksheet, plan: CellPlan): Excel.Range {
  const t = plan.table;
  return planRange(sheet, plan, t.row, t.col, t.rowCount, t.colCount);
}

function addTable(sheet: Excel.Worksheet, plan: CellPlan, tableName: string): void {
  const range = tableRange(sheet, plan);
  const table = sheet.tables.add(range, true);
  table.name = tableName;
  table.style = TABLE_STYLE;
  // Fitted to the table only: the long title, source line and notes spill over instead of widening column A.
  range.format.autofitColumns();
}

/**
 * A chart beside the table: one series per value column, categories from the category column. Series are
 * added one by one because the value columns need not be adjacent.
 */
function addChart(sheet: Excel.Worksheet, plan: CellPlan, tableName: string, title: string): void {
  const hint = plan.chart;
  if (!hint) return;
  const t = plan.table;
  const bodyRows = t.rowCount - 1;
  // The hint's columns are plan columns, like every coordinate of the plan.
  const categories = planRange(sheet, plan, t.row + 1, hint.categoryColumn, bodyRows, 1);
  const [first, ...others] = hint.valueColumns;
  const type = hint.kind === "line" ? "Line" : "ColumnClustered";
  // The header cell is included so that Excel names the first series after its column.
  const chart = sheet.charts.add(
    type,
    planRange(sheet, plan, t.row, first, bodyRows + 1, 1),
    "Columns"
  );
  chart.name = `${tableName}_chart`;
  chart.title.text = title;
  chart.series.getItemAt(0).setXAxisValues(categories);
  for (const col of others) {
    const header = plan.values[t.row][col];
    const series = chart.series.add(header === null ? "" : String(header));
    series.setValues(planRange(sheet, plan, t.row + 1, col, bodyRows, 1));
    series.setXAxisValues(categories);
  }
  const left = t.col + t.colCount + 1;
  chart.setPosition(
    planRange(sheet, plan, t.row, left, 1, 1),
    planRange(sheet, plan, t.row + CHART_HEIGHT_ROWS - 1, left + CHART_WIDTH_COLS - 1, 1, 1)
  );
}
