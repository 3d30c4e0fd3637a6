/**
 * A figure as a reader sees it in running text ("more than 17 t", "€1,200,000", "25.7%") and the Excel number
 * format of its cell, with the source's hedge ("more than", "about") kept in both: in the text as words, in
 * the cell as a prefix of the number format, so the cell stays a number that formulas can use. Words come in
 * the table's language (DatasetWords), English by default.
 */
import { UNIT_FORMATS } from "../data/types";
import type { Figure, FigureInfo, Qualifier, Source, Unit } from "../data/types";
import type { DatasetWords, PerPeriodUnit } from "./i18n/datasetTexts";
import { ENGLISH_WORDS } from "./i18n/englishWords";

const numberFormats = new Map<string, Intl.NumberFormat>();
function formatter(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = numberFormats.get(key);
  if (!f) numberFormats.set(key, (f = new Intl.NumberFormat(locale, options)));
  return f;
}

/** Units written with a currency symbol ("€800"), with the span that may follow ("per 6 months"). */
const CURRENCY_UNITS: Partial<Record<Unit, { symbol: string; per?: PerPeriodUnit }>> = {
  EUR: { symbol: "€" },
  USD: { symbol: "US$" },
  EUR_per_3_months: { symbol: "€", per: "EUR_per_3_months" },
  EUR_per_6_months: { symbol: "€", per: "EUR_per_6_months" },
  EUR_per_year: { symbol: "€", per: "EUR_per_year" },
  USD_per_6_months: { symbol: "US$", per: "USD_per_6_months" },
};

/**
 * Large round numbers in words ("4.5 billion", "1.382 billion", "60 million"), as a reader says them; any other number in full
 * ("224,290,029"), so that no precision the source gave is lost in the text.
 */
export function numberText(value: number, words: DatasetWords = ENGLISH_WORDS): string {
  const number = formatter(words.locale, { maximumFractionDigits: 3 });
  for (const [size, [one, more]] of [
    [1e9, words.billion],
    [1e6, words.million],
  ] as const) {
    if (Math.abs(value) >= size && Number.isInteger(value / (size / 1000))) {
      const scaled = value / size;
      const singular = words.singularBelowTwo ? Math.abs(scaled) < 2 : Math.abs(scaled) === 1;
      return `${number.format(scaled)} ${singular ? one : more}`;
    }
  }
  return number.format(value);
}

/** "16 t", "25%", "€800 per 6 months", "1,500 persons", "€4.5 billion", or the text of a text figure. */
export function valueText(
  value: number | string,
  unit: Unit,
  words: DatasetWords = ENGLISH_WORDS
): string {
  if (typeof value === "string") return value;
  if (unit === "share")
    return formatter(words.locale, { style: "percent", maximumFractionDigits: 1 }).format(value);
  const currency = CURRENCY_UNITS[unit];
  if (currency) {
    const amount = words.money
      .replace("{symbol}", currency.symbol)
      .replace("{amount}", numberText(value, words));
    return currency.per ? `${amount} ${words.perPeriod[currency.per]}` : amount;
  }
  return `${numberText(value, words)} ${words.units[unit]}`;
}

/** The figure's value with its hedge: "more than 17 t". */
export function figureText(figure: Figure, words: DatasetWords = ENGLISH_WORDS): string {
  const text = valueText(figure.value, figure.unit, words);
  return figure.qualifier && typeof figure.value === "number"
    ? `${words.qualifiers[figure.qualifier]} ${text}`
    : text;
}

/**
 * Number-format prefixes for hedged numbers, short enough for a table cell. "Nearly" is an upper bound (just
 * under the number), so it is "<", not "≈".
 */
const QUALIFIER_PREFIX: Readonly<Record<Qualifier, string>> = {
  about: "~",
  nearly: "<",
  "more than": ">",
  "at least": "≥",
  from: "from ",
};

/** How the English legend of signs begins, so that the pane can find it among a table's notes. */
export const LEGEND_PREFIX = ENGLISH_WORDS.legendPrefix;

/** What each sign means, in the order of QUALIFIER_PREFIX: the legend under every table that shows one. */
export function qualifierLegend(
  qualifiers: Iterable<Qualifier>,
  words: DatasetWords = ENGLISH_WORDS
): string | undefined {
  const used = new Set(qualifiers);
  const items = (Object.keys(QUALIFIER_PREFIX) as Qualifier[])
    .filter((q): q is Exclude<Qualifier, "from"> => used.has(q) && q !== "from")
    .map((q) => `${QUALIFIER_PREFIX[q]} ${words.legend[q]}`);
  return items.length > 0 ? `${words.legendPrefix}${items.join(words.listSeparator)}.` : undefined;
}

/** Units whose cells show as many decimals as the source published (up to 3), not a fixed count. */
const PUBLISHED_PRECISION_UNITS: ReadonlySet<Unit> = new Set<Unit>(["tonnes"]);
const MAX_DECIMALS = 3;

/** Decimals of a number as written in the data (48 -> 0, 65.48 -> 2), at most MAX_DECIMALS. */
function publishedDecimals(value: number): number {
  const text = String(value);
  const point = text.indexOf(".");
  return point < 0 || text.includes("e") ? 0 : Math.min(MAX_DECIMALS, text.length - point - 1);
}

/** A unit's format with its decimals set to `decimals` ("#,##0.0" with 3 -> "#,##0.000"). */
function withDecimals(format: string, decimals: number): string {
  const digits = decimals > 0 ? `.${"0".repeat(decimals)}` : "";
  return format.replace(/0(\.0+)?$/, `0${digits}`);
}

/**
 * A unit's Excel number format in the table's language: the word quoted after the number ('0.0" pts"') is
 * the language's (`words.formatUnits`); the number's part and the currency signs stay as UNIT_FORMATS has them.
 */
export function unitFormat(unit: Unit, words: DatasetWords = ENGLISH_WORDS): string {
  const format = UNIT_FORMATS[unit];
  const word = words.formatUnits[unit];
  return word === undefined ? format : format.replace(/"[^"]*"$/, `"${word}"`);
}

/**
 * Excel number format of a figure's cell: its unit's format with the source's own precision (a derived tonnage
 * keeps one decimal), prefixed by its hedge ("\">\"#,##0").
 */
export function figureNumberFormat(figure: Figure, words: DatasetWords = ENGLISH_WORDS): string {
  let base = unitFormat(figure.unit, words);
  if (typeof figure.value === "number" && PUBLISHED_PRECISION_UNITS.has(figure.unit))
    base = withDecimals(base, figure.derivedFrom ? 1 : publishedDecimals(figure.value));
  if (!figure.qualifier || typeof figure.value !== "number") return base;
  // "from" is the one hedge written as a word, in the table's language. Two adjacent quoted literals are
  // merged: "from " and "€" become "from €".
  const prefix =
    figure.qualifier === "from" ? words.fromPrefix : QUALIFIER_PREFIX[figure.qualifier];
  return `"${prefix}"${base}`.replace(/^("[^"]*)""/, "$1");
}

/** A format showing the sign of a change: "+12.0%" and "-3.5%". */
export function signedFormat(format: string): string {
  return `+${format};-${format};${format}`;
}

export function placeName(place: string, words: DatasetWords = ENGLISH_WORDS): string {
  return words.places[place] ?? place;
}

/** Short source reference for a table cell: "Politie (Dutch National Police), 2021-03-09". */
function shortSources(
  figure: Figure,
  sourceById: (id: string) => Source | undefined,
  words: DatasetWords
): string {
  return figure.sourceIds
    .map((id) => {
      const s = sourceById(id);
      return s ? `${s.publisher}, ${s.date}` : words.unknownSource.replace("{id}", id);
    })
    .join(words.listSeparator);
}

/** The text a "figureInfo" column shows for a figure. */
export function figureInfoText(
  figure: Figure,
  info: FigureInfo,
  sourceById: (id: string) => Source | undefined,
  words: DatasetWords = ENGLISH_WORDS
): string {
  switch (info) {
    case "verdict":
      return figure.claim ? words.verdicts[figure.claim.verdict] : "";
    case "sources":
      return shortSources(figure, sourceById, words);
    case "period":
      return figure.period.label;
    case "place":
      return placeName(figure.place, words);
    case "unit":
      return words.units[figure.unit];
    case "note":
      return figure.note;
    case "confidence":
      return words.confidence[figure.confidence];
  }
}
