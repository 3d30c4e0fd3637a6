/**
 * Period labels of the data ("9 Mar 2021", "Jan–Jun 2024", "2019") in another language. Labels made only of
 * days, English month abbreviations and years are written with Intl's month names ("9 mars 2021",
 * "9. März 2021"); any other label ("early 2021") is text a translation gives.
 */
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const MONTH = `(?:${MONTHS.join("|")})`;
const PLAIN_DATE = new RegExp(`^(?:\\d{1,4}|${MONTH}|[\\s–/,-])+$`);

export function isPlainDateLabel(label: string): boolean {
  return PLAIN_DATE.test(label);
}

/** The month's short name as written in a date ("Okt.", not the stand-alone "Okt"). */
function shortMonth(locale: string, index: number): string {
  const parts = new Intl.DateTimeFormat(locale, {
    day: "numeric",
    month: "short",
    timeZone: "UTC",
  }).formatToParts(new Date(Date.UTC(2021, index, 15)));
  return parts.find((p) => p.type === "month")?.value ?? "";
}

/**
 * A plain date label in the locale's month names, a day before its month as `dayMonth` says ("{day}
 * {month}", German "{day}. {month}"); the first day of a range is written as a day is before its month
 * ("9–10 Mar" is "9.–10. März" in German). Other labels are returned as they are.
 */
export function localDateLabel(label: string, locale: string, dayMonth: string): string {
  if (!isPlainDateLabel(label) || locale.startsWith("en")) return label;
  const month = (name: string): string => shortMonth(locale, MONTHS.indexOf(name));
  const day = (d: string): string => dayMonth.replace("{day}", d).replace("{month}", "").trim();
  // One pass, so that a month name already written ("Jan.") is not read again.
  return label.replace(
    new RegExp(`\\b(?:(\\d{1,2})–)?(?:(\\d{1,2}) )?(${MONTH})\\b`, "g"),
    (_, first: string | undefined, last: string | undefined, name: string) => {
      if (last === undefined) return month(name);
      const range = first === undefined ? "" : `${day(first)}–`;
      return range + dayMonth.replace("{day}", last).replace("{month}", month(name));
    }
  );
}

/** An ISO date ("2026-12-06") as a reader writes it: "6 December 2026", "6 décembre 2026", "6. Dezember 2026". */
export function longDateText(isoDate: string, locale: string): string {
  const [y, m, d] = isoDate.split("-").map(Number);
  if (!y || !m || !d) return isoDate;
  return new Intl.DateTimeFormat(locale, {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  }).format(new Date(Date.UTC(y, m - 1, d)));
}
