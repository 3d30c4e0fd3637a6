/**
 * The curated dataset's public face: figures, sources and catalogue tables, look-ups by id, citations, and
 * the look-up tables behind DESK.SEIZED, DESK.SHAREOFUSERS and DESK.USERS.
 */
import type { Figure, Source, TableDef } from "./types";
import { FIGURES } from "./figures";
import { SOURCES } from "./sources";
import { CATALOGUE } from "./catalogue";
import { figureCitation } from "./citation";

export { FIGURES, SOURCES, CATALOGUE };
export type * from "./types";
export type * from "./changelog";
export { DATASET_CHANGELOG, DATASET_VERSION } from "./datasetVersion";
export { UNITS, UNIT_FORMATS, UNIT_LABELS } from "./types";
export { sourceCitation, HOME_PAGE_REMARK } from "./citation";
export {
  SEIZURE_SERIES,
  SEIZURE_YEARS,
  SEIZURE_PLACES,
  SEIZURE_PLACE_NAMES,
  SEIZURE_SOURCE_KEYS,
  SEIZURE_SOURCE_ALIASES,
  resolveSeizurePlace,
  resolveSeizureSource,
  seizureFigureIds,
  seizureFigureId,
} from "./seizureSeries";
export type { SeizurePlace, SeizureEntry, SeizureSeries } from "./seizureSeries";
export {
  USER_SHARES,
  USER_REGIONS,
  USER_BASES,
  USER_REGION_NAMES,
  USER_BASIS_NAMES,
  DEFAULT_USER_BASIS,
  resolveUserRegion,
  resolveUserBasis,
  userShareIds,
} from "./userShares";
export type { UserRegion, UserBasis, UserShareIds } from "./userShares";

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
export function citation(figure: Figure): string {
  return figureCitation(figure, sourceById);
}
