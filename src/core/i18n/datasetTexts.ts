/**
 * The words of the inserted tables and of the Sources sheet, in one language. English is read from src/data
 * (the source of truth, see englishTexts.ts); each other language is a data module of this shape
 * (src/i18n/dataset/*.ts). Only words live here: numbers, formulas, formats and sources come from the data.
 */
import type { SourceChange } from "../../data/changelog";
import type { Confidence, Qualifier, Unit, Verdict } from "../../data/types";

/** A table's own texts, keyed by position in its TableDef. */
export interface TableTexts {
  title: string;
  description: string;
  period: string;
  /** One per column, in column order. */
  headers: string[];
  /** The label and text cells of the body that are not empty, row by row, left to right. */
  labels: string[];
  /** One per note, in order, with the same `{figure.id}` tokens as the English note. */
  notes: string[];
}

/**
 * The texts of a figure, as tables and the Sources sheet show them: what is measured, its note, its period
 * label where it is not a plain date (see periodLabel.ts), and the value of a text figure that is ours; an
 * article's claim is a quotation and stays as the article put it.
 */
export interface FigureTexts {
  measure?: string;
  note?: string;
  period?: string;
  value?: string;
}

/** Currency units with a time span after the amount ("€800 per 6 months"). */
export type PerPeriodUnit =
  "EUR_per_3_months" | "EUR_per_6_months" | "EUR_per_year" | "USD_per_6_months";

/** The words every table shares. */
export interface DatasetWords {
  /** BCP 47 tag for Intl (numbers and month names in text). */
  locale: string;
  /** A day before a month name: "{day} {month}", German "{day}. {month}". */
  dayMonth: string;
  /** Between the items of a list in running text ("; "; French " ; "). */
  listSeparator: string;
  /** Between a heading and what it introduces (": "; French " : "). */
  colon: string;
  /** Before the first source line: "Sources: ". */
  sourcesPrefix: string;
  /** Before each note: "Note: ". */
  notePrefix: string;
  /** How the legend of signs begins. */
  legendPrefix: string;
  /** What each sign means in the legend ("nearly (just under)"); "from" has no sign. */
  legend: Record<Exclude<Qualifier, "from">, string>;
  /** A hedge in running text, before the number ("more than 17 t"). */
  qualifiers: Record<Qualifier, string>;
  /** The hedge "from" as a cell's number format shows it ("from "); the other hedges are signs. */
  fromPrefix: string;
  derivedHeading: string;
  provisionalHeading: string;
  withheldHeading: string;
  verdicts: Record<Verdict, string>;
  confidence: Record<Confidence, string>;
  /** How a unit reads after a number and in "Unit" columns. */
  units: Record<Unit, string>;
  /**
   * The word a unit's number format quotes after the number ('0.0" pts"'), by unit, in the language
   * (" ptn", " Pkt."): only that quoted word changes, never the number's part of the format.
   */
  formatUnits: Partial<Record<Unit, string>>;
  /** What follows an amount per period ("per 6 months"). */
  perPeriod: Record<PerPeriodUnit, string>;
  /** "{symbol}{amount}" ("€800") or "{amount} {symbol}" ("800 €"). */
  money: string;
  /** Large round numbers in words: [one, more] ("milliard", "milliards"). */
  million: [string, string];
  billion: [string, string];
  /**
   * Which numbers take the first form: French, every number below 2 ("1,4 milliard"); German and the
   * others, 1 alone ("1,4 Milliarden").
   */
  singularBelowTwo: boolean;
  /** Countries by code and the named places of the data ("Antwerp port"). */
  places: Record<string, string>;
  /** A source citation's remark where the link is the publisher's home page. */
  homePageRemark: string;
  /** "(the same {wire} report as {publisher})". */
  sameReport: string;
  /** "[unknown source {id}]". */
  unknownSource: string;
  /** The CSV's last line: "Seizure Desk dataset version: 2026.12.1". */
  datasetVersionLabel: string;
}

/** The Sources sheet's words. */
export interface SourcesSheetWords {
  /** The first cell; also tells our sheet apart from a user's sheet of that name. */
  marker: string;
  /** The sheet's name, and the one used when a user's own sheet already has it. */
  sheetName: string;
  fallbackSheetName: string;
  /** "… can be checked without the Seizure Desk add-in. Written on {isoDate}." */
  intro: string;
  tablesHeading: string;
  tablesHeader: string[];
  noTables: string;
  figuresHeading: string;
  figuresHeader: string[];
  ratesHeading: string;
  ratesHeader: string[];
  sourcesHeading: string;
  sourcesHeader: string[];
  noneUsed: string;
  none: string;
  notInDataset: string;
  /** "Used in" of a figure a DESK function looked up, and of one in a table ("table {id}"). */
  functionsUse: string;
  tableUse: string;
  /** After the rule's own name, which stays as typed in formulas ("previous: …"). */
  rules: Record<"previous" | "next" | "exact", string>;
  /** "share (shown as %)": the unit of a share on this sheet. */
  shareUnit: string;
  homePageNote: string;
}

/**
 * The texts of one version of the changelog, keyed as the figures' texts are: by figure id (and by source
 * id and field), within the version that made the change, so that a figure changed again in a later version
 * has a reason of its own there.
 */
export interface VersionTexts {
  /** One line: what this version brings. */
  summary: string;
  /** By figure id: why the version added, revised or withdrew it. Absent where it changed no figure. */
  figures?: Record<string, string>;
  /** By source id, then the field corrected: why. Absent where it corrected no source. */
  sources?: Record<string, Partial<Record<SourceChange["field"], string>>>;
}

/** The words of the changelog on the help page; "{count}" and the other placeholders are filled there. */
export interface ChangelogWords {
  /** Headings of a version's groups: "Added ({count})". */
  added: string;
  revised: string;
  withdrawn: string;
  sourcesCorrected: string;
  /** A withdrawn figure's last value: "was {value}". */
  wasValue: string;
  /** After a change's reason: "Sources: {ids}." */
  sourcesLine: string;
  /** A corrected source field: "{field}: {old} → {new}". */
  fieldChange: string;
  /** A source field that had no value before. */
  none: string;
  /** A title or date quoted as the source gives it, in the language's quotation marks. */
  quoted: string;
  /** The source fields a correction names. */
  fields: Record<SourceChange["field"], string>;
}

/** The changelog's texts: its words, and each version's summary and reasons, by version. */
export interface ChangelogTexts {
  words: ChangelogWords;
  versions: Record<string, VersionTexts>;
}

export interface DatasetTexts {
  words: DatasetWords;
  sources: SourcesSheetWords;
  /** By table id. */
  tables: Record<string, TableTexts>;
  /** By figure id: every figure of the dataset (see englishFigureTexts). */
  figures: Record<string, FigureTexts>;
  /** Every version's summary and reasons (see englishChangelogTexts). */
  changelog: ChangelogTexts;
}
