/** Look-ups of the curated dataset by id, as a user types one in a cell, and a figure's citation. */
import { CATALOGUE, FIGURES, SOURCES, type Figure, type Source, type TableDef } from "../../data";
import { figureCitation } from "./citation";
import type { DatasetWords } from "../i18n/datasetTexts";

export { sourceCitation, HOME_PAGE_REMARK } from "./citation";

function indexById<T extends { id: string }>(items: readonly T[]): ReadonlyMap<string, T> {
  return new Map(items.map((item) => [item.id, item]));
}

const figuresById = indexById(FIGURES);
const sourcesById = indexById(SOURCES);
const tablesById = indexById(CATALOGUE);

/** Ids are lowercase: what a user types in a cell ("Seized.BE.2023.EUDA ") is trimmed and lowercased. */
const normalizeId = (id: string): string => id.trim().toLowerCase();

export function figureById(id: string): Figure | undefined {
  return figuresById.get(normalizeId(id));
}

export function sourceById(id: string): Source | undefined {
  return sourcesById.get(normalizeId(id));
}

export function tableById(id: string): TableDef | undefined {
  return tablesById.get(normalizeId(id));
}

/** Every source of the figure as `Publisher, "Title", date, URL`, joined by "; ". */
export function citation(figure: Figure, words?: DatasetWords): string {
  return figureCitation(figure, sourceById, words);
}
