/**
 * Test side of the Excel stand-in (excelStandIn.page.js): injects it into a page before any page script, and
 * reads back what landed.
 */
import path from "path";
import type { Page } from "playwright-core";

export interface StandInSetup {
  /** The active cell, 0-based. */
  active?: { sheet?: string; row: number; col: number };
  /** Cells already filled, by sheet and "row,col": a value, or a formula beginning with "=". */
  sheets?: Record<string, Record<string, string | number>>;
  /** What Office.context.officeTheme reports once Office is ready. */
  officeTheme?: Partial<Office.OfficeTheme>;
  /** What Office.context.displayLanguage reports once Office is ready, e.g. "fr-FR". */
  displayLanguage?: string;
  /** The workbook uses the 1904 date system (DATE answers serials counted from 1904-01-01). */
  date1904?: boolean;
  /** The workbook's document settings (Office.context.document.settings), e.g. its pinned rates. */
  documentSettings?: Record<string, unknown>;
}

export interface StandInCell {
  value?: string | number | boolean;
  formula?: string;
  numberFormat?: string;
  hyperlink?: string;
  bold?: boolean;
  fontSize?: number;
}

export interface StandInArea {
  sheet: string;
  row: number;
  col: number;
  rowCount: number;
  colCount: number;
}

export interface StandInSnapshot {
  runs: number;
  syncs: number;
  activeSheet: string;
  sheets: Record<string, Record<string, StandInCell>>;
  tables: (StandInArea & { name: string; style: string; hasHeaders: boolean })[];
  /** The XML of each custom XML part added. */
  xmlParts: string[];
  charts: {
    sheet: string;
    type: string;
    name?: string;
    title?: string;
    source: StandInArea;
    series: { name: string | null; values?: StandInArea; xValues?: StandInArea }[];
    position?: { start: StandInArea; end: StandInArea };
  }[];
  writes: ({ kind: string; sync: number } & Partial<StandInArea>)[];
}

const SCRIPT = path.join(__dirname, "excelStandIn.page.js");

/** Makes the page believe it runs in Excel, with the stand-in as its Excel API. Call before page.goto. */
export async function injectExcelStandIn(page: Page, setup: StandInSetup = {}): Promise<void> {
  await page.addInitScript((s) => {
    (window as unknown as { __excelStandInSetup: unknown }).__excelStandInSetup = s;
  }, setup);
  await page.addInitScript({ path: SCRIPT });
}

export function standInSnapshot(page: Page): Promise<StandInSnapshot> {
  return page.evaluate(() =>
    (
      window as unknown as { __excelStandIn: { snapshot(): StandInSnapshot } }
    ).__excelStandIn.snapshot()
  );
}
