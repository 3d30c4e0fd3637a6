/**
 * How a plan cell reads in the preview: numbers shaped by the cell's Excel number format (decimals,
 * thousands separators, percent, a quoted currency symbol), enough to show what Excel will show.
 */
import type { CellValue } from "../core/cellPlanTypes";
import { activeLanguage } from "../i18n/activeLanguage";
import { localeOf } from "../i18n/fill";

function decimalsOf(format: string): number {
  const match = /\.(0+)/.exec(format);
  return match ? match[1].length : 0;
}

/** The quoted literal after the number, e.g. " pts" in '0.0" pts"' (first section of the format). */
function suffixOf(format: string): string {
  const match = /0"([^"]*)"$/.exec(format.split(";")[0]);
  return match ? match[1] : "";
}

/** The quoted literal before the number, e.g. "€" in '"€"#,##0'. */
function prefixOf(format: string): string {
  const match = /^"([^"]*)"/.exec(format);
  return match ? match[1] : "";
}

/** In the active language's number conventions, as Excel in that language shows them. */
export function cellText(value: CellValue, numberFormat: string): string {
  const locale = localeOf(activeLanguage());
  if (value === null) return "";
  if (typeof value !== "number") return String(value);
  if (numberFormat === "General" || numberFormat === "@" || numberFormat === "") {
    return value.toLocaleString(locale, { maximumFractionDigits: 4 });
  }
  const decimals = decimalsOf(numberFormat);
  const grouping = numberFormat.includes(",");
  if (numberFormat.includes("%")) {
    return value.toLocaleString(locale, {
      style: "percent",
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
    });
  }
  const number = value.toLocaleString(locale, {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
    useGrouping: grouping,
  });
  return prefixOf(numberFormat) + number + suffixOf(numberFormat);
}
