/**
 * The English texts of the catalogue, read from src/data where they are written: the shape every translation
 * follows (same tables, same number of headers, labels and notes, every figure) and what the tests hold
 * the translations to.
 */
import type { DatasetVersion } from "../../data/changelog";
import type { Figure, TableDef } from "../../data/types";
import type { DatasetTexts, FigureTexts, TableTexts } from "./datasetTexts";
import { englishChangelogTexts } from "./englishChangelog";
import { ENGLISH_SOURCES_WORDS, ENGLISH_WORDS } from "./englishWords";
import { isPlainDateLabel } from "./periodLabel";

/** True for the columns whose body cells are text written in the table (not taken from a figure). */
export function isLabelColumn(table: TableDef, c: number): boolean {
  const kind = table.columns[c]?.kind;
  return kind === "label" || kind === "text";
}

/** The non-empty label and text cells of the body, row by row, left to right. */
export function labelCells(table: TableDef): string[] {
  return table.rows.flatMap((row) =>
    row.filter((cell, c): cell is string => cell !== null && isLabelColumn(table, c))
  );
}

export function englishTableTexts(table: TableDef): TableTexts {
  return {
    title: table.title,
    description: table.description,
    period: table.period,
    headers: table.columns.map((c) => c.header),
    labels: labelCells(table),
    notes: [...table.notes],
  };
}

/**
 * A figure's own texts, the ones a translation gives: its measure, its note (if any), its period label where
 * Intl cannot write it (see periodLabel.ts), and the value of a text figure that is ours (an article's claim
 * is a quotation and stays as the article put it). Every figure has them, not only those a table shows: the
 * Sources sheet lists the figures the DESK functions cite too.
 */
export function englishFigureTexts(figure: Figure): FigureTexts {
  const texts: FigureTexts = { measure: figure.measure };
  if (typeof figure.note === "string" && figure.note !== "") texts.note = figure.note;
  if (!isPlainDateLabel(figure.period.label)) texts.period = figure.period.label;
  if (typeof figure.value === "string" && figure.unit === "text" && !figure.claim)
    texts.value = figure.value;
  return texts;
}

/** Every English text of the given tables, figures and changelog, in the shape of a translation. */
export function englishDatasetTexts(
  catalogue: readonly TableDef[],
  figures: readonly Figure[],
  changelog: readonly DatasetVersion[]
): DatasetTexts {
  return {
    words: ENGLISH_WORDS,
    sources: ENGLISH_SOURCES_WORDS,
    tables: Object.fromEntries(catalogue.map((t) => [t.id, englishTableTexts(t)])),
    figures: Object.fromEntries(figures.map((f) => [f.id, englishFigureTexts(f)])),
    changelog: englishChangelogTexts(changelog),
  };
}
