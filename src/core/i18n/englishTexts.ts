/**
 * The English texts of the catalogue, read from src/data where they are written: the shape every translation
 * follows (same tables, same number of headers, labels and notes, same figures) and what the tests hold
 * the translations to.
 */
import type { Figure, TableDef } from "../../data/types";
import { buildCellPlan, type CellPlanLookup } from "../cellPlan";
import type { DatasetTexts, FigureTexts, TableTexts } from "./datasetTexts";
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
 * The figure texts a table's plan shows, found by building it with figures that note what is read: their
 * measure, note, and period label where Intl cannot write it (see periodLabel.ts).
 */
export function figureTextsShown(
  table: TableDef,
  lookup: CellPlanLookup
): Record<string, FigureTexts> {
  const shown: Record<string, FigureTexts> = {};
  const note = (id: string, field: keyof FigureTexts, text: string): string => {
    (shown[id] ??= {})[field] = text;
    return text;
  };
  const recording = (f: Figure): Figure => ({
    ...f,
    get value() {
      return typeof f.value === "string" && f.unit === "text" && !f.claim
        ? note(f.id, "value", f.value)
        : f.value;
    },
    get measure() {
      return note(f.id, "measure", f.measure);
    },
    get note() {
      return note(f.id, "note", f.note);
    },
    period: {
      ...f.period,
      get label() {
        const label = f.period.label;
        return isPlainDateLabel(label) ? label : note(f.id, "period", label);
      },
    },
  });
  buildCellPlan(
    table,
    { anchorRow: 0, anchorCol: 0 },
    {
      figureById: (id) => {
        const f = lookup.figureById(id);
        return f && recording(f);
      },
      sourceById: lookup.sourceById,
    }
  );
  return shown;
}

/** Every English text of the given tables, in the shape of a translation. */
export function englishDatasetTexts(
  catalogue: readonly TableDef[],
  lookup: CellPlanLookup
): DatasetTexts {
  return {
    words: ENGLISH_WORDS,
    sources: ENGLISH_SOURCES_WORDS,
    tables: Object.fromEntries(catalogue.map((t) => [t.id, englishTableTexts(t)])),
    figures: Object.assign({}, ...catalogue.map((t) => figureTextsShown(t, lookup))) as Record<
      string,
      FigureTexts
    >,
  };
}
