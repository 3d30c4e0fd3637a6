/**
 * The curated dataset's public face: figures, sources and catalogue tables, and the look-up tables behind
 * DESK.SEIZED, DESK.SHAREOFUSERS and DESK.USERS. Look-ups by id and resolvers are in src/core/dataset.
 */
import { FIGURES } from "./figures";
import { SOURCES } from "./sources";
import { CATALOGUE } from "./catalogue";

export { FIGURES, SOURCES, CATALOGUE };
export type * from "./types";
export { UNITS, UNIT_FORMATS, UNIT_LABELS } from "./types";
export {
  SEIZURE_SERIES,
  SEIZURE_YEARS,
  SEIZURE_PLACES,
  SEIZURE_PLACE_NAMES,
  SEIZURE_SOURCE_KEYS,
  SEIZURE_SOURCE_ALIASES,
} from "./seizureSeries";
export type { SeizurePlace, SeizureEntry, SeizureSeries } from "./seizureSeries";
export {
  USER_SHARES,
  USER_REGIONS,
  USER_BASES,
  USER_REGION_NAMES,
  USER_BASIS_NAMES,
  DEFAULT_USER_BASIS,
} from "./userShares";
export type { UserRegion, UserBasis, UserShareIds } from "./userShares";
