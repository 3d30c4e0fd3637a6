/**
 * The dataset's current version: the date of the newest entry of DATASET_CHANGELOG (datasetVersions.ts; a
 * test holds the two together). Kept apart so that the pane names the version without loading the
 * changelog, which only the check for updates and the help page read.
 */
export const DATASET_VERSION = "2026-12-06";
