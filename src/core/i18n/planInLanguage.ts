/**
 * A catalogue table's cell plan in a language: the same plan as in English (numbers, formulas, number
 * formats, sources, layout), with the table's texts, the figures' texts and the shared words of that
 * language. Pure: the texts arrive as data (src/i18n/dataset loads them).
 */
import type { Figure, TableDef } from "../../data/types";
import type { CellPlan, CellPlanOptions } from "../cellPlanTypes";
import { buildCellPlan, type CellPlanLookup } from "../cellPlan";
import { figureById, sourceById } from "../dataset/byId";
import type { DatasetTexts, FigureTexts, TableTexts } from "./datasetTexts";
import { isLabelColumn } from "./englishTexts";
import { localDateLabel } from "./periodLabel";

const DATASET: CellPlanLookup = { figureById, sourceById };

/**
 * The table with its texts in the language: title, description, period, headers, body labels (and the
 * total row a share refers to), notes. What is not translated stays English, which the tests forbid.
 */
export function tableInLanguage(table: TableDef, texts: TableTexts | undefined): TableDef {
  if (!texts) return table;
  let k = 0;
  const rows = table.rows.map((row) =>
    row.map((cell, c) =>
      cell !== null && isLabelColumn(table, c) ? (texts.labels[k++] ?? cell) : cell
    )
  );
  const labelOf = (english: string): string => {
    const r = table.rows.findIndex((row) => row.includes(english));
    return r < 0 ? english : (rows[r][table.rows[r].indexOf(english)] ?? english);
  };
  return {
    ...table,
    title: texts.title,
    description: texts.description,
    period: texts.period,
    columns: table.columns.map((column, c) => {
      const header = texts.headers[c] ?? column.header;
      return column.kind === "derived" && column.derive.op === "shareOfRow"
        ? {
            ...column,
            header,
            derive: { ...column.derive, totalRowLabel: labelOf(column.derive.totalRowLabel) },
          }
        : { ...column, header };
    }),
    rows,
    notes: table.notes.map((note, i) => texts.notes[i] ?? note),
  };
}

/** A figure with its texts in the language; its value, unit, sources and period bounds unchanged. */
export function figureInLanguage(
  figure: Figure,
  own: FigureTexts | undefined,
  texts: DatasetTexts
): Figure {
  const { locale, dayMonth } = texts.words;
  return {
    ...figure,
    value: own?.value ?? figure.value,
    measure: own?.measure ?? figure.measure,
    note: own?.note ?? figure.note,
    period: {
      ...figure.period,
      label: own?.period ?? localDateLabel(figure.period.label, locale, dayMonth),
    },
  };
}

/** The dataset's look-ups, figures in the language. */
export function lookupInLanguage(
  texts: DatasetTexts,
  lookup: CellPlanLookup = DATASET
): CellPlanLookup {
  return {
    figureById: (id) => {
      const figure = lookup.figureById(id);
      return figure && figureInLanguage(figure, texts.figures[figure.id], texts);
    },
    sourceById: lookup.sourceById,
  };
}

/** The cell plan of a catalogue table in the language of `texts` (English where `texts` is undefined). */
export function planInLanguage(
  table: TableDef,
  options: CellPlanOptions,
  texts: DatasetTexts | undefined,
  lookup: CellPlanLookup = DATASET
): CellPlan {
  if (!texts) return buildCellPlan(table, options, lookup);
  return buildCellPlan(
    tableInLanguage(table, texts.tables[table.id]),
    options,
    lookupInLanguage(texts, lookup),
    texts.words
  );
}
