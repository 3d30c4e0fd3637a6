/**
 * Where an inserted table's record lives, and reading every record back with the tables it describes.
 *
 * Storage: one custom XML part per inserted table (Excel.CustomXmlPartCollection, ExcelApi 1.5). Microsoft:
 * "Excel's Open XML .xlsx file format lets your add-in embed custom XML data in the workbook. This data
 * persists with the workbook, independent of the add-in" (learn.microsoft.com, office/dev/add-ins/excel/
 * excel-add-ins-workbooks, "Add custom XML data to the workbook"). The alternatives were weighed against
 * their documented limits:
 * - document custom properties (ExcelApi 1.7): "The value is limited to 255 characters outside of Excel on
 *   the web (larger values are automatically trimmed)" (Excel.CustomProperty): a table's figures do not fit;
 * - worksheet custom properties (ExcelApi 1.12): keys "limited to 255 characters"; a newer requirement set,
 *   and tied to a sheet the user may delete while the table lives on elsewhere;
 * - Office.context.document.settings (Common API): "available only to the add-in that created them", saved
 *   only by a separate saveAsync outside the Excel.run, and with a size limit of its own (the docs send
 *   "information that exceeds the size limits of the document Settings" to custom XML parts);
 * - a hidden sheet or defined names: cells and names the user can reach and break.
 * A part is added in the same batch as the table (no extra sync). A record is a few kilobytes (about 80
 * bytes per figure cell), far under the 5 MB that Excel on the web allows a request.
 */
import {
  matchTables,
  type StoredRecord,
  type TableMatch,
  type WorkbookTable,
} from "../core/tracking/check";
import {
  parseRecordXml,
  RECORD_NAMESPACE,
  recordXml,
  type TableRecord,
} from "../core/tracking/record";
import { readRects, type RectRead } from "./shareIO";

/**
 * Custom XML parts need ExcelApi 1.5; an Excel without it inserts tables without a record. (Office is
 * absent where the layer runs against a stand-in.)
 */
export function canKeepRecords(): boolean {
  if (typeof Office === "undefined" || !Office.context?.requirements) return true;
  return Office.context.requirements.isSetSupported("ExcelApi", "1.5");
}

/** Queues the record's part; it is written by the caller's next sync. */
export function addTableRecord(context: Excel.RequestContext, record: TableRecord): void {
  context.workbook.customXmlParts.add(recordXml(record));
}

/** A part of our namespace that does not hold a valid record: left alone, and listed. */
export interface MalformedRecord {
  partId: string;
  problem: string;
}

export interface InsertedTables {
  matches: TableMatch[];
  /** The values of each matched table's area, by part id, where the table has its recorded size. */
  values: Map<string, unknown[][]>;
  malformed: MalformedRecord[];
}

/**
 * Every record of this workbook, the Excel table each describes, and the cells of those tables: two syncs,
 * then one per 4 MB of cells read (readRects), whatever the number of tables.
 */
export async function readInsertedTables(context: Excel.RequestContext): Promise<InsertedTables> {
  const parts = context.workbook.customXmlParts.getByNamespace(RECORD_NAMESPACE);
  parts.load("items/id");
  const tables = context.workbook.tables;
  tables.load("items/name,items/worksheet/name,items/worksheet/protection/protected");
  await context.sync();

  const xmls = parts.items.map((part) => ({ partId: part.id, xml: part.getXml() }));
  const areas = tables.items.map((table) => {
    const range = table.getRange();
    range.load("rowIndex,columnIndex,rowCount,columnCount");
    return { table, range };
  });
  await context.sync();

  const stored: StoredRecord[] = [];
  const malformed: MalformedRecord[] = [];
  for (const { partId, xml } of xmls) {
    const parsed = parseRecordXml(xml.value);
    if (parsed.ok) stored.push({ partId, record: parsed.record });
    else malformed.push({ partId, problem: parsed.problem });
  }
  const workbookTables: WorkbookTable[] = areas.map(({ table, range }) => ({
    name: table.name,
    sheet: table.worksheet.name,
    protected: table.worksheet.protection.protected,
    area: {
      row: range.rowIndex,
      col: range.columnIndex,
      rowCount: range.rowCount,
      colCount: range.columnCount,
    },
  }));
  const matches = matchTables(stored, workbookTables);

  // Only tables of their recorded size are read: a resized table is reported, not updated.
  const readable = matches.filter(
    (m): m is TableMatch & { table: WorkbookTable } =>
      m.table !== null &&
      m.table.area.rowCount === m.stored.record.tableArea.rowCount &&
      m.table.area.colCount === m.stored.record.tableArea.colCount
  );
  const reads = await readRects(
    context,
    readable.map((m) => ({ sheet: m.table.sheet, ...m.table.area })),
    false
  );
  const values = new Map<string, unknown[][]>();
  for (const m of readable) values.set(m.stored.partId, gridOf(m.table, reads));
  return { matches, values, malformed };
}

/** A table's values from the bands that readRects returned (a large table may come in several). */
function gridOf(table: WorkbookTable, reads: readonly RectRead[]): unknown[][] {
  const { row, col, rowCount, colCount } = table.area;
  const grid = Array.from({ length: rowCount }, () => Array<unknown>(colCount).fill(""));
  for (const read of reads) {
    if (read.sheet !== table.sheet) continue;
    read.values.forEach((line, r) =>
      line.forEach((value, c) => {
        const gr = read.row + r - row;
        const gc = read.col + c - col;
        if (gr >= 0 && gr < rowCount && gc >= 0 && gc < colCount) grid[gr][gc] = value;
      })
    );
  }
  return grid;
}
