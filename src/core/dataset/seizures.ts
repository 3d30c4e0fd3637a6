/**
 * DESK.SEIZED's resolvers: the place a name stands for, the source key a caller typed, and the figure ids
 * that answer a place, year and source (see src/data/seizureSeries.ts for the series themselves).
 */
import {
  SEIZURE_PLACES,
  SEIZURE_PLACE_NAMES,
  SEIZURE_SERIES,
  SEIZURE_SOURCE_ALIASES,
  SEIZURE_SOURCE_KEYS,
  type SeizurePlace,
} from "../../data/seizureSeries";
import { keyNamed, normalizedName } from "./names";

/** The place a name stands for ("belgium", "BE", "port of antwerp"), or undefined. */
export function resolveSeizurePlace(name: string): SeizurePlace | undefined {
  return keyNamed(SEIZURE_PLACES, SEIZURE_PLACE_NAMES, name);
}

/** The canonical source key for what a caller typed ("EMCDDA" -> "euda"), or undefined if unknown. */
export function resolveSeizureSource(key: string): string | undefined {
  const k = normalizedName(key);
  if (k in SEIZURE_SOURCE_ALIASES) return SEIZURE_SOURCE_ALIASES[k];
  return k in SEIZURE_SOURCE_KEYS ? k : undefined;
}

/**
 * The figure ids for a place (any accepted name) and year: `default` is the id DESK.SEIZED returns without a
 * source argument, `bySource` every published alternative. Undefined where nothing was published.
 */
export function seizureFigureIds(
  place: string,
  year: number
):
  | { default: string; defaultSource: string; bySource: Readonly<Record<string, string>> }
  | undefined {
  const resolved = resolveSeizurePlace(place);
  if (!resolved) return undefined;
  const entry = SEIZURE_SERIES[resolved][year];
  if (!entry) return undefined;
  return {
    default: entry.bySource[entry.defaultSource],
    defaultSource: entry.defaultSource,
    bySource: entry.bySource,
  };
}

/**
 * The figure id for a place, year and optional source key: the default where `source` is omitted or empty;
 * for "national", the default only where it is a national authority's; the named source's figure otherwise.
 * Undefined where that combination was not published (or the key is unknown: see `resolveSeizureSource`).
 */
export function seizureFigureId(place: string, year: number, source?: string): string | undefined {
  const ids = seizureFigureIds(place, year);
  if (!ids) return undefined;
  if (source === undefined || normalizedName(source) === "") return ids.default;
  const key = resolveSeizureSource(source);
  if (key === "national") return ids.defaultSource === "euda" ? undefined : ids.default;
  return key ? ids.bySource[key] : undefined;
}
