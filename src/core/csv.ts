/**
 * CSV as Excel and scripts both read it (RFC 4180): fields quoted where they hold the separator, a quote or
 * a line break, quotes doubled, CRLF line ends, and a UTF-8 byte order mark so that Excel shows accents right.
 *
 * Excel opens a .csv with the system's list separator and decimal symbol (Windows' regional settings):
 * "," and "." in English, but ";" and "," in French, Dutch and German settings (fr-FR, fr-BE, nl-NL, nl-BE,
 * de-DE, de-AT), where a comma-separated file lands in one column (observed defaults of Windows' list
 * separator by locale: https://www.mail-archive.com/dev@sc.openoffice.org/msg01565.html). So the pane writes
 * those languages' CSV with ";" between fields and "," as decimal mark (csvDialectOf in
 * src/taskpane/download.ts); numbers are otherwise unformatted (no grouping).
 */
import type { CellPlan, CellValue } from "./cellPlanTypes";

export const UTF8_BOM = "\uFEFF";
const CRLF = "\r\n";

/** The field separator and the decimal mark of numbers. */
export interface CsvDialect {
  separator: "," | ";";
  decimalMark: "." | ",";
}

export const CSV_COMMA: CsvDialect = { separator: ",", decimalMark: "." };
export const CSV_SEMICOLON: CsvDialect = { separator: ";", decimalMark: "," };

/** One field: empty for null, the shortest exact decimal for a number, TRUE/FALSE for a boolean. */
export function csvField(value: CellValue | undefined, dialect: CsvDialect = CSV_COMMA): string {
  if (value === null || value === undefined) return "";
  const text =
    typeof value === "boolean"
      ? value
        ? "TRUE"
        : "FALSE"
      : typeof value === "number"
        ? String(value).replace(".", dialect.decimalMark)
        : value;
  const quoted = text.includes(dialect.separator) || /["\r\n]/.test(text);
  return quoted ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Records to CSV text, BOM first, every record ended by CRLF. */
export function toCsv(
  rows: readonly (readonly (CellValue | undefined)[])[],
  dialect: CsvDialect = CSV_COMMA
): string {
  const line = (row: readonly (CellValue | undefined)[]) =>
    row.map((value) => csvField(value, dialect)).join(dialect.separator) + CRLF;
  return UTF8_BOM + rows.map(line).join("");
}

/**
 * A cell plan's values (never its formulas) as CSV: what the table shows, title, sources and notes included,
 * and a last line naming the dataset version the figures come from, in the plan's language.
 */
export function cellPlanToCsv(
  plan: CellPlan,
  datasetVersion: string,
  dialect: CsvDialect = CSV_COMMA
): string {
  const versionRow = Array<CellValue>(plan.colCount).fill(null);
  versionRow[0] = `${plan.datasetVersionLabel}: ${datasetVersion}`;
  return toCsv([...plan.values, versionRow], dialect);
}
