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
 * Large round numbers in words ("4.5 billion", "60 million"), as a reader says them; any other number in full
 * ("224,290,029"), so that no precision the source gave is lost in the text.
 */
export function numberText(value: number): string {
  for (const [size, word] of [
    [1e9, "billion"],
    [1e6, "million"],
  ] as const) {
    if (Math.abs(value) >= size && Number.isInteger((value / size) * 10))
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

/** Number-format prefixes for hedged numbers, short enough for a table cell. */
const QUALIFIER_PREFIX: Record<Qualifier, string> = {
  about: "~",
  nearly: "≈",
  "more than": ">",
  "at least": "≥",
  from: "from ",
};

/** Excel number format of a figure's cell: its unit's format, prefixed by its hedge ("\">\"#,##0.0"). */
export function figureNumberFormat(figure: Figure): string {
  const base = UNIT_FORMATS[figure.unit];
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
