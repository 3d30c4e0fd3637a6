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

/** The quoted literal after the number, e.g. " pts" in '0.0" pts"'. */
function suffixOf(format: string): string {
  const match = /0"([^"]*)"$/.exec(format);
  return match ? match[1] : "";
}

/** The quoted literal before the number, e.g. "€" in '"€"#,##0'. */
function prefixOf(format: string): string {
  const match = /^"([^"]*)"/.exec(format);
  return match ? match[1] : "";
}

/** A sign written in the format itself, as in "+0.0;-0.0;0.0" (unquoted, before the number). */
function signOf(format: string): string {
  return /^[+-]/.exec(format)?.[0] ?? "";
}

/**
 * The section of a format that shows `value`, as Excel picks it: "positive;negative;zero", the first for
 * any value where there is one section. A negative value shown by a section of its own loses its sign:
 * the section writes it.
 */
function sectionFor(format: string, value: number): { section: string; shown: number } {
  const sections = format.split(";");
  if (value < 0 && sections.length > 1) return { section: sections[1], shown: -value };
  if (value === 0 && sections.length > 2) return { section: sections[2], shown: value };
  return { section: sections[0], shown: value };
}

/** In the active language's number conventions, as Excel in that language shows them. */
export function cellText(value: CellValue, numberFormat: string): string {
  const locale = localeOf(activeLanguage());
  if (value === null) return "";
  if (typeof value !== "number") return String(value);
  if (numberFormat === "General" || numberFormat === "@" || numberFormat === "") {
    return value.toLocaleString(locale, { maximumFractionDigits: 4 });
  }
  const { section, shown } = sectionFor(numberFormat, value);
  return signOf(section) + sectionText(shown, section.replace(/^[+-]/, ""), locale);
}

/** `value` shaped by one section of a format, without a sign of the format's own. */
function sectionText(value: number, numberFormat: string, locale: string): string {
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
