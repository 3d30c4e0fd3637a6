/**
 * A figure as a reader sees it in running text ("more than 17 t", "€1,200,000", "25.7%") and the Excel number
 * format of its cell, with the source's hedge ("more than", "about") kept in both: in the text as words, in
 * the cell as a prefix of the number format, so the cell stays a number that formulas can use.
 */
import { UNIT_FORMATS, UNIT_LABELS } from "../data/types";
import type { Figure, FigureInfo, Qualifier, Source, Unit, Verdict } from "../data/types";

const NUMBER = new Intl.NumberFormat("en-US", { maximumFractionDigits: 3 });
const PERCENT = new Intl.NumberFormat("en-US", { style: "percent", maximumFractionDigits: 1 });

/** Units written before the number ("€800"), with what follows it ("per 6 months"). */
const CURRENCY_UNITS: Partial<Record<Unit, { symbol: string; after?: string }>> = {
  EUR: { symbol: "€" },
  USD: { symbol: "US$" },
  EUR_per_3_months: { symbol: "€", after: "per 3 months" },
  EUR_per_6_months: { symbol: "€", after: "per 6 months" },
  EUR_per_year: { symbol: "€", after: "per year" },
  USD_per_6_months: { symbol: "US$", after: "per 6 months" },
};

/**
 * Large round numbers in words ("4.5 billion", "1.382 billion", "60 million"), as a reader says them; any other number in full
 * ("224,290,029"), so that no precision the source gave is lost in the text.
 */
export function numberText(value: number): string {
  for (const [size, word] of [
    [1e9, "billion"],
    [1e6, "million"],
  ] as const) {
    if (Math.abs(value) >= size && Number.isInteger(value / (size / 1000)))
      return `${NUMBER.format(value / size)} ${word}`;
  }
  return NUMBER.format(value);
}

/** "16 t", "25%", "€800 per 6 months", "1,500 persons", "€4.5 billion", or the text of a text figure. */
export function valueText(value: number | string, unit: Unit): string {
  if (typeof value === "string") return value;
  if (unit === "share") return PERCENT.format(value);
  const currency = CURRENCY_UNITS[unit];
  if (currency)
    return [`${currency.symbol}${numberText(value)}`, currency.after].filter(Boolean).join(" ");
  return `${numberText(value)} ${UNIT_LABELS[unit]}`;
}

/** The figure's value with its hedge: "more than 17 t". */
export function figureText(figure: Figure): string {
  const text = valueText(figure.value, figure.unit);
  return figure.qualifier && typeof figure.value === "number"
    ? `${figure.qualifier} ${text}`
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

/** How the legend of signs begins, so that the pane can find it among a table's notes. */
export const LEGEND_PREFIX = "Signs before a number, as the source hedges it: ";

/** What each sign means, in the order of QUALIFIER_PREFIX: the legend under every table that shows one. */
export function qualifierLegend(qualifiers: Iterable<Qualifier>): string | undefined {
  const used = new Set(qualifiers);
  const items = (Object.keys(QUALIFIER_PREFIX) as Qualifier[])
    .filter((q) => used.has(q) && q !== "from")
    .map((q) => `${QUALIFIER_PREFIX[q]} ${q === "nearly" ? "nearly (just under)" : q}`);
  return items.length > 0 ? `${LEGEND_PREFIX}${items.join("; ")}.` : undefined;
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
 * Excel number format of a figure's cell: its unit's format with the source's own precision (a derived tonnage
 * keeps one decimal), prefixed by its hedge ("\">\"#,##0").
 */
export function figureNumberFormat(figure: Figure): string {
  let base = UNIT_FORMATS[figure.unit];
  if (typeof figure.value === "number" && PUBLISHED_PRECISION_UNITS.has(figure.unit))
    base = withDecimals(base, figure.derivedFrom ? 1 : publishedDecimals(figure.value));
  if (!figure.qualifier || typeof figure.value !== "number") return base;
  // Two adjacent quoted literals are merged: "from " and "€" become "from €".
  return `"${QUALIFIER_PREFIX[figure.qualifier]}"${base}`.replace(/^("[^"]*)""/, "$1");
}

/** A format showing the sign of a change: "+12.0%" and "-3.5%". */
export function signedFormat(format: string): string {
  return `+${format};-${format};${format}`;
}

const VERDICT_TEXT: Record<Verdict, string> = {
  agrees: "agrees",
  differs: "differs",
  not_found: "not found",
};

const PLACE_NAMES: Readonly<Record<string, string>> = {
  BE: "Belgium",
  NL: "Netherlands",
  DE: "Germany",
  ES: "Spain",
  FR: "France",
  IT: "Italy",
  PT: "Portugal",
  AR: "Argentina",
  EU: "European Union",
  WORLD: "World",
  "BE+NL": "Belgium and the Netherlands",
};

export function placeName(place: string): string {
  return PLACE_NAMES[place] ?? place;
}

/** Short source reference for a table cell: "Politie (Dutch National Police), 2021-03-09". */
function shortSources(figure: Figure, sourceById: (id: string) => Source | undefined): string {
  return figure.sourceIds
    .map((id) => {
      const s = sourceById(id);
      return s ? `${s.publisher}, ${s.date}` : `[unknown source ${id}]`;
    })
    .join("; ");
}

/** The text a "figureInfo" column shows for a figure. */
export function figureInfoText(
  figure: Figure,
  info: FigureInfo,
  sourceById: (id: string) => Source | undefined
): string {
  switch (info) {
    case "verdict":
      return figure.claim ? VERDICT_TEXT[figure.claim.verdict] : "";
    case "sources":
      return shortSources(figure, sourceById);
    case "period":
      return figure.period.label;
    case "place":
      return placeName(figure.place);
    case "unit":
      return UNIT_LABELS[figure.unit];
    case "note":
      return figure.note;
    case "confidence":
      return figure.confidence;
  }
}
