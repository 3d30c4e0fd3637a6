/**
 * A cell plan is everything the Excel layer (and the .xlsx and CSV exports) write for one catalogue table,
 * computed without Office: a rectangle of cells anchored at a given sheet cell, with formulas in English
 * A1 notation for that anchor.
 *
 * Layout, top to bottom: title row, header row, body rows (header and body are the Excel table), one empty
 * row (so that Excel does not grow the table into the text below), the source lines (one per source, each a
 * link), then one row per note.
 */

export type CellValue = string | number | boolean | null;

export interface CellPlan {
  tableId: string;
  /** 0-based sheet coordinates of the top-left cell (the title). */
  anchor: { row: number; col: number };
  rowCount: number;
  colCount: number;
  /**
   * What each cell shows: computed values (derived columns computed in TypeScript), `null` for empty.
   * Written as is in "values only" mode; used for preview and CSV.
   */
  values: CellValue[][];
  /**
   * What is written in "live formulas" mode: the same as `values` except that derived cells hold an
   * A1 formula string beginning with "=" (absolute to the anchor). `null` for empty.
   */
  formulas: CellValue[][];
  /** Excel number format per cell ("General" where none applies). */
  numberFormats: string[][];
  /** The Excel table (ListObject) area, header row included, in plan coordinates (0-based, relative to anchor). */
  table: { row: number; col: number; rowCount: number; colCount: number };
  /** Plan row of the first source line (same as `sourceRows[0]`; -1 where the table cites no source). */
  sourceRow: number;
  /** Plan rows of the source lines: one row per source, each carrying that source's hyperlink. */
  sourceRows: number[];
  noteRows: number[];
  /** The legend of the signs (~, <, >, ≥) the cells show, without the note's prefix; absent where none. */
  legend?: string;
  /** Links to write (plan coordinates). */
  hyperlinks: { row: number; col: number; url: string; text: string }[];
  /**
   * The body cells that show a figure's value (figure and mixed-figure columns), in plan coordinates: what
   * the workbook's record of an inserted table remembers, so that a later dataset version can update them.
   */
  figureCells: { row: number; col: number; figureId: string }[];
  /** "Seizure Desk dataset version" in the plan's language: how a CSV's last line names the version. */
  datasetVersionLabel: string;
  /** Every figure id and source id used, for the Sources sheet. */
  figureIds: string[];
  sourceIds: string[];
  /** Chart hint carried over from the table definition, in plan coordinates. */
  chart?: { kind: "column" | "line"; categoryColumn: number; valueColumns: number[] };
}

export interface CellPlanOptions {
  /** 0-based sheet row/column of the title cell. */
  anchorRow: number;
  anchorCol: number;
}
