/**
 * The shape of the curated dataset. A figure never travels without its source: every Figure names the
 * Source records it comes from, and every catalogue table is built from figure ids, never retyped numbers.
 */

/**
 * ISO 3166-1 alpha-2 code ("BE"), "EU", "WORLD", "BE+NL" (the two countries together), or a named port, city or
 * district ("Antwerp port", "Hamburg port", "Antwerp district", "Antwerp area").
 */
export type Place = string;

export type Confidence = "high" | "medium" | "low";

/** How an article claim compares with primary sources. */
export type Verdict = "agrees" | "differs" | "not_found";

/** The closed list of units a figure may carry. Extend it here, with a number format in `UNIT_FORMATS`. */
export const UNITS = [
  "tonnes",
  "kg",
  "persons",
  "searches",
  "firearms",
  "weapons",
  "seizures",
  "devices",
  "users",
  "messages",
  "messages_per_day",
  "cases",
  "judgments",
  "years_prison",
  "EUR",
  "USD",
  "EUR_per_3_months",
  "EUR_per_6_months",
  "EUR_per_year",
  "USD_per_6_months",
  "share",
  /** A difference of two shares in percentage points, held as points (10.7), never with a "%" sign. */
  "share_points",
  "days",
  "years",
  "convictions",
  /** An ISO date (`YYYY-MM-DD`), month (`YYYY-MM`) or interval (`YYYY-MM-DD/YYYY-MM-DD`) held as text. */
  "date",
  "text",
] as const;
export type Unit = (typeof UNITS)[number];

/**
 * Excel number format per unit. Currency formats quote the symbol rather than use a locale tag
 * ("[$€-x-euro2]"), which some Excel builds render as an error. Text and dates stay text ("@"), so that Excel
 * does not turn "2021-02-12" into a date serial or "2019" into a number.
 */
export const UNIT_FORMATS: Readonly<Record<Unit, string>> = {
  tonnes: "#,##0.0",
  kg: "#,##0",
  persons: "#,##0",
  searches: "#,##0",
  firearms: "#,##0",
  weapons: "#,##0",
  seizures: "#,##0",
  devices: "#,##0",
  users: "#,##0",
  messages: "#,##0",
  messages_per_day: "#,##0",
  cases: "#,##0",
  judgments: "#,##0",
  years_prison: "#,##0",
  EUR: '"€"#,##0',
  USD: '"US$"#,##0',
  EUR_per_3_months: '"€"#,##0',
  EUR_per_6_months: '"€"#,##0',
  EUR_per_year: '"€"#,##0',
  USD_per_6_months: '"US$"#,##0',
  share: "0.0%",
  share_points: '0.0" pts"',
  days: "#,##0",
  years: "#,##0",
  convictions: "#,##0",
  date: "@",
  text: "@",
};

/** How a unit reads after a number in running text and in "Unit" columns. */
export const UNIT_LABELS: Readonly<Record<Unit, string>> = {
  tonnes: "t",
  kg: "kg",
  persons: "persons",
  searches: "searches",
  firearms: "firearms",
  weapons: "weapons",
  seizures: "seizures",
  devices: "devices",
  users: "users",
  messages: "messages",
  messages_per_day: "messages per day",
  cases: "cases",
  judgments: "judgments",
  years_prison: "years of prison",
  EUR: "€",
  USD: "US$",
  EUR_per_3_months: "€ per 3 months",
  EUR_per_6_months: "€ per 6 months",
  EUR_per_year: "€ per year",
  USD_per_6_months: "US$ per 6 months",
  share: "%",
  share_points: "percentage points",
  days: "days",
  years: "years",
  convictions: "convictions",
  date: "date",
  text: "text",
};

export interface Source {
  /** Stable, lowercase, e.g. "nieuwsblad-2021-03-09". */
  id: string;
  publisher: string;
  /** As published, in the page's language; absent only where `titleNotGiven` says why. */
  title?: string;
  /** Why there is no title: what the stored copy of the page shows, or that no copy was stored. */
  titleNotGiven?: string;
  /**
   * ISO date `YYYY-MM-DD`; `YYYY-MM` or `YYYY` only where `dayNotGiven` says why the day is not known.
   */
  date: string;
  /** Why the date stops at the month or year: the page gives none, or no copy of it was stored. */
  dayNotGiven?: string;
  url: string;
  /** BCP 47 language tag of the source: "nl", "fr", "de", "en", "es", "it", "pt". */
  language: string;
  /** Marks the source article and its translation, so claims can be told apart from primary sources. */
  kind?: "article" | "primary" | "secondary";
  /**
   * True where the page carrying the figure was not recorded and `url` is the publisher's home page: the
   * figure is attributed to the publisher, and an editor must find the page before citing it.
   */
  urlIsHomePage?: boolean;
  /** What a reader of the citation must know: a mirror, a translation, an uncertain date. */
  note?: string;
  /**
   * Another source carrying the same wire report (Belga, AFP, dpa, ANP): the two are one report, not two
   * independent confirmations. Marked on both sources.
   */
  sameReportAs?: string;
}

/** A date or period: `start`/`end` as ISO dates (`YYYY-MM-DD`), `label` as a reader sees it ("2021", "9 Mar 2021"). */
export interface Period {
  start: string;
  end: string;
  label: string;
}

/** How a published number is hedged ("more than 1,500 agents", "about 70,000 devices"). */
export type Qualifier = "about" | "more than" | "at least" | "nearly" | "from";

/**
 * How a derived figure is computed from other figures (all ids must exist):
 * - ratio: a / b
 * - sum: a + b + ...
 * - difference: a - b
 * - product: a * b * ...
 * - baseFromChange: a / (1 + b), the earlier value when `a` is said to be `b` (a share) above it.
 */
export interface Derivation {
  op: "ratio" | "sum" | "difference" | "product" | "baseFromChange";
  figureIds: string[];
}

export interface Figure {
  /** Stable id, lowercase with dots: "seized.be.2023", "skyecc.users.worldwide". Stored in workbooks; never renamed. */
  id: string;
  /** Numbers as published (tonnes as tonnes, shares as 0..1); text for facts that are not numbers. */
  value: number | string;
  unit: Unit;
  period: Period;
  place: Place;
  /** What is measured, in a few plain words: "cocaine seized", "house searches". */
  measure: string;
  /** At least one; the first is the one cited first. */
  sourceIds: string[];
  confidence: Confidence;
  /** Scope, provisional status, rounding: what a careful reader must know. */
  note: string;
  /** Set on figures that are claims of the source article. */
  claim?: {
    verdict: Verdict;
    /** Figures of primary sources that the claim is checked against (may be empty for `not_found`). */
    primaryFigureIds: string[];
  };
  /** True for a preliminary or derived figure. */
  provisional?: boolean;
  /** Hedge the source puts on the number; shown before it ("more than 17 t"). */
  qualifier?: Qualifier;
  /** Present on a figure computed from others; its value equals the computation, its note says so. */
  derivedFrom?: Derivation;
}

export type Topic =
  "operation" | "seizures" | "sky-ecc" | "statistics" | "aftermath" | "fact-check";

/** A column of a catalogue table. */
export type ColumnDef =
  /** Row labels or other text written as is. */
  | { kind: "label"; header: string }
  /** Each row's cell is the value of one figure (id per row, `null` for "not reported"). */
  | { kind: "figure"; header: string; unit: Unit }
  /**
   * A live Excel formula computed from other columns of the same row or table, e.g. share of total or
   * change on the year. The cell plan writes it as an A1 formula and the core computes the same number.
   */
  | { kind: "derived"; header: string; unit: Unit; derive: DerivedRule }
  /** Text per row, e.g. a verdict or the source of the row. */
  | { kind: "text"; header: string }
  /**
   * Like "figure", for fact lists whose rows carry different units (the label column names each row's
   * measure); each cell takes the number format of its own figure's unit.
   */
  | { kind: "mixedFigure"; header: string }
  /**
   * Text taken from the figure shown in column `of` of the same row (its cell in this column is `null`):
   * the verdict of an article claim, its sources, period, place, unit, note or confidence. Keeps metadata
   * out of table definitions, so it cannot drift from the figure.
   */
  | { kind: "figureInfo"; header: string; of: number; info: FigureInfo };

export type FigureInfo =
  "verdict" | "sources" | "period" | "place" | "unit" | "note" | "confidence";

export type DerivedRule =
  /** Column `part` divided by the value of the same column in the row whose label is `totalRowLabel`. */
  | { op: "shareOfRow"; part: number; totalRowLabel: string }
  /** Column `part` divided by column `total` in the same row. */
  | { op: "shareOfColumn"; part: number; total: number }
  /** (this row's `col` - previous row's `col`) / previous row's `col`. Rows are consecutive periods. */
  | { op: "changeOnPreviousRow"; col: number }
  /** Column `a` minus column `b`, same row. */
  | { op: "difference"; a: number; b: number };

/** One row of a catalogue table: for each column, a figure id, a label, a text, or `null` (empty cell). */
export type RowDef = (string | null)[];

export interface TableDef {
  /** Stable id, e.g. "operation-day". */
  id: string;
  title: string;
  /** One line. */
  description: string;
  period: string;
  topic: Topic;
  /** ISO codes (and "EU") for the country filter. */
  countries: string[];
  columns: ColumnDef[];
  rows: RowDef[];
  /**
   * Notes printed under the source line: scope differences, provisional figures. A token `{figure.id}`
   * is replaced by that figure's value as text ("more than 16 t"), and the figure and its sources are
   * cited with the table, so notes never retype a number.
   */
  notes: string[];
  /** Where the table is a series (over years or places), the chart to draw. */
  chart?: { kind: "column" | "line"; categoryColumn: number; valueColumns: number[] };
}
