/**
 * The curated dataset's public face: figures, sources and catalogue tables, and the look-up tables behind
 * DESK.SEIZED, DESK.SHAREOFUSERS and DESK.USERS. Look-ups by id and resolvers are in src/core/dataset.
 */
import { FIGURES } from "./figures";
import { SOURCES } from "./sources";
import { CATALOGUE } from "./catalogue";

export { FIGURES, SOURCES, CATALOGUE };
export type * from "./types";
export { UNITS, UNIT_FORMATS } from "./types";
export { DATASET_CHANGELOG } from "./datasetVersions";
export { DATASET_VERSION } from "./datasetVersion";
export type { DatasetVersion, FigureChange, FigureChangeKind, SourceChange } from "./changelog";
export {
  SEIZURE_SERIES,
  SEIZURE_YEARS,
  SEIZURE_PLACES,
  SEIZURE_SOURCE_KEYS,
} from "./seizureSeries";
export { USER_SHARES, USER_REGIONS, USER_BASES } from "./userShares";
