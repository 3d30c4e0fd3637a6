/**
 * Fills a translated template's placeholders, "{name}", with values written in the language's
 * conventions: numbers through Intl.NumberFormat, ISO dates ("2021-03-09") through Intl.DateTimeFormat.
 * Strings are inserted as they are. A placeholder without a value is an error in the caller, not a
 * blank in front of a user.
 */
import type { Language } from "./language";

export type FillValue = string | number | { isoDate: string };

const LOCALE: Record<Language, string> = { en: "en-GB", fr: "fr-FR", nl: "nl-NL", de: "de-DE" };

export function formatNumber(
  value: number,
  language: Language,
  maximumFractionDigits = 20
): string {
  return new Intl.NumberFormat(LOCALE[language], { maximumFractionDigits }).format(value);
}

/** "9 March 2021", "9 mars 2021", "9 maart 2021", "9. März 2021". */
export function formatIsoDate(isoDate: string, language: Language): string {
  const [y, m, d] = isoDate.split("-").map(Number);
  return new Intl.DateTimeFormat(LOCALE[language], {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  }).format(new Date(Date.UTC(y, m - 1, d)));
}

export function fill(
  template: string,
  values: Readonly<Record<string, FillValue>>,
  language: Language
): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`No value for {${name}} in "${template}"`);
    if (typeof value === "number") return formatNumber(value, language);
    if (typeof value === "object") return formatIsoDate(value.isoDate, language);
    return value;
  });
}

/** The placeholder names a template uses, sorted: equal across languages for the same message. */
export function placeholdersOf(template: string): string[] {
  return [...new Set([...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort();
}

/** The Intl locale a language writes numbers and dates in ("fr" → "fr-FR"). */
export function localeOf(language: Language): string {
  return LOCALE[language];
}
