/**
 * The shape of the curated dataset. A figure never travels without its source: every Figure names the
 * Source records it comes from, and every catalogue table is built from figure ids, never retyped numbers.
 */

/** ISO 3166-1 alpha-2 code ("BE"), "EU", "WORLD", or a named port/city ("Antwerp port", "Hamburg port"). */
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
  "days",
  "text",
] as const;
export type Unit = (typeof UNITS)[number];

export interface Source {
  /** Stable, lowercase, e.g. "nieuwsblad-2021-03-09". */
  id: string;
  publisher: string;
  /** As published; absent where the title was not captured. */
  title?: string;
  /** ISO date `YYYY-MM-DD`, or `YYYY-MM` where only the month is known. */
  date: string;
  url: string;
  /** BCP 47 language tag of the source: "nl", "fr", "de", "en", "es", "it", "pt". */
  language: string;
  /** Marks the source article and its translation, so claims can be told apart from primary sources. */
  kind?: "article" | "primary" | "secondary";
}

/** A date or period: `start`/`end` as ISO dates (`YYYY-MM-DD`), `label` as a reader sees it ("2021", "9 Mar 2021"). */
export interface Period {
  start: string;
  end: string;
  label: string;
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
  | { kind: "text"; header: string };

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
  /** Notes printed under the source line: scope differences, provisional figures. */
  notes: string[];
  /** Where the table is a series (over years or places), the chart to draw. */
  chart?: { kind: "column" | "line"; categoryColumn: number; valueColumns: number[] };
}
