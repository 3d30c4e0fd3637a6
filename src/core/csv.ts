/**
 * CSV as Excel and scripts both read it (RFC 4180): fields quoted where they hold a comma, a quote or a line
 * break, quotes doubled, CRLF line ends, and a UTF-8 byte order mark so that Excel shows accents right.
 */
import type { CellPlan, CellValue } from "./cellPlanTypes";

export const UTF8_BOM = "\uFEFF";
const CRLF = "\r\n";

/** One field: empty for null, the shortest exact decimal for a number, TRUE/FALSE for a boolean. */
export function csvField(value: CellValue | undefined): string {
  if (value === null || value === undefined) return "";
  const text = typeof value === "boolean" ? (value ? "TRUE" : "FALSE") : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Records to CSV text, BOM first, every record ended by CRLF. */
export function toCsv(rows: readonly (readonly (CellValue | undefined)[])[]): string {
  return UTF8_BOM + rows.map((row) => row.map(csvField).join(",") + CRLF).join("");
}

/**
 * A cell plan's values (never its formulas) as CSV: what the table shows, title, sources and notes included,
 * and a last line naming the dataset version the figures come from, in the plan's language.
 */
export function cellPlanToCsv(plan: CellPlan, datasetVersion: string): string {
  const versionRow = Array<CellValue>(plan.colCount).fill(null);
  versionRow[0] = `${plan.datasetVersionLabel}: ${datasetVersion}`;
  return toCsv([...plan.values, versionRow]);
}
