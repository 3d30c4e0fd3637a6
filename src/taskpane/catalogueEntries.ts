/**
 * What the catalogue shows for each table, computed once at start: its cell plan (the single account of
 * which figures and sources a table uses), the publishers it cites and whether the article's figure
 * differs from the primary sources somewhere in it.
 */
import type { CellPlan } from "../core/cellPlanTypes";
import type { Figure, Source, TableDef } from "../data/types";

export interface CatalogueEntry {
  table: TableDef;
  /** The plan anchored at A1: its values serve the preview and the CSV download. */
  plan: CellPlan;
  /** Distinct publishers, in citation order. */
  publishers: string[];
  /** True where a figure of the table is an article claim that primary sources contradict. */
  differs: boolean;
}

export interface DatasetLookup {
  figureById: (id: string) => Figure | undefined;
  sourceById: (id: string) => Source | undefined;
  buildPlan: (table: TableDef) => CellPlan;
}

export function catalogueEntry(table: TableDef, lookup: DatasetLookup): CatalogueEntry {
  const plan = lookup.buildPlan(table);
  const publishers: string[] = [];
  for (const id of plan.sourceIds) {
    const publisher = lookup.sourceById(id)?.publisher;
    if (publisher && !publishers.includes(publisher)) publishers.push(publisher);
  }
  const differs = plan.figureIds.some((id) => lookup.figureById(id)?.claim?.verdict === "differs");
  return { table, plan, publishers, differs };
}
