/**
 * What the catalogue shows for each table, computed once at start: its cell plan (the single account of
 * which figures and sources a table uses), the publishers it cites and whether the article's figure
 * differs from the primary sources somewhere in it.
 */
import type { CellPlan } from "../core/cellPlanTypes";
import type { DatasetTexts } from "../core/i18n/datasetTexts";
import { tableInLanguage } from "../core/i18n/planInLanguage";
import type { Figure, Source, TableDef, Verdict } from "../data/types";
import { tableText, type TableText } from "./tableText";

/** Verdicts that earn the warning badge: the claim is contradicted, or no source supports it. */
const BADGE_VERDICTS: ReadonlySet<Verdict> = new Set<Verdict>(["differs", "not_found"]);

/** Ids of the figures in the table's figure columns, the ones a reader sees as numbers in the table. */
function bodyFigureIds(table: TableDef): string[] {
  return table.rows.flatMap((row) =>
    row.filter((cell, c): cell is string => {
      const kind = table.columns[c]?.kind;
      return cell !== null && (kind === "figure" || kind === "mixedFigure");
    })
  );
}

export interface CatalogueEntry {
  /** The table with its texts in the active language (read at each use), ids and figures unchanged. */
  readonly table: TableDef;
  /** Its title, description and period in the active language (see tableText.ts). */
  readonly text: TableText;
  /** The plan anchored at A1, in the active language: its values serve the preview and the CSV download. */
  readonly plan: CellPlan;
  /** Distinct publishers, in citation order. */
  publishers: string[];
  /**
   * True where a figure shown in the table's body (not one only cited in a note) is an article claim that
   * primary sources contradict or never published.
   */
  differs: boolean;
}

export interface DatasetLookup {
  figureById: (id: string) => Figure | undefined;
  sourceById: (id: string) => Source | undefined;
  buildPlan: (table: TableDef, texts?: DatasetTexts) => CellPlan;
  /** The active language's texts, read at each use; undefined (or absent) for English. */
  texts?: () => DatasetTexts | undefined;
}

export function catalogueEntry(table: TableDef, lookup: DatasetLookup): CatalogueEntry {
  const plan = lookup.buildPlan(table);
  const publishers: string[] = [];
  for (const id of plan.sourceIds) {
    const publisher = lookup.sourceById(id)?.publisher;
    if (publisher && !publishers.includes(publisher)) publishers.push(publisher);
  }
  const differs = bodyFigureIds(table).some((id) => {
    const verdict = lookup.figureById(id)?.claim?.verdict;
    return verdict !== undefined && BADGE_VERDICTS.has(verdict);
  });
  // Kept per language, so that the pane compares the same objects until the language changes.
  let cached: {
    texts: DatasetTexts | undefined;
    table: TableDef;
    text: TableText;
    plan: CellPlan;
  } = { texts: undefined, table, text: tableText(table), plan };
  const current = (): typeof cached => {
    const texts = lookup.texts?.();
    if (texts !== cached.texts) {
      const shown = tableInLanguage(table, texts?.tables[table.id]);
      cached = {
        texts,
        table: shown,
        text: tableText(shown),
        plan: texts ? lookup.buildPlan(table, texts) : plan,
      };
    }
    return cached;
  };
  return {
    get table() {
      return current().table;
    },
    get text() {
      return current().text;
    },
    get plan() {
      return current().plan;
    },
    publishers,
    differs,
  };
}
