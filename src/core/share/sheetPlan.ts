/** A sheet's content computed without Office, written by the Excel layer or by the .xlsx export alike. */
import type { CellValue } from "../cellPlanTypes";

export interface SheetPlan {
  /** Rectangular: every row has `colCount` cells; `null` for empty. */
  cells: CellValue[][];
  /** Same shape as `cells`; "General" where no format applies. */
  numberFormats: string[][];
  hyperlinks: { row: number; col: number; url: string; text: string }[];
  /** Rows in bold: the title and section headings, the column headers. */
  boldRows: number[];
  /** Width per column, in characters. */
  columnWidths: number[];
}
