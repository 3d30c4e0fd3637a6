/**
 * The dataset's version and its changelog (see ./changelog for the shape). One version so far: the dataset
 * as first published with versions, which changes nothing.
 */
import type { DatasetVersion } from "./changelog";

/** Newest version last. */
export const DATASET_CHANGELOG: readonly DatasetVersion[] = [
  {
    version: "2026-06-01",
    summary:
      "The dataset as published before versions were kept: the starting point of the changelog.",
    changes: [],
  },
];

/** The current version: the newest in the changelog. */
export const DATASET_VERSION: string = DATASET_CHANGELOG[DATASET_CHANGELOG.length - 1].version;
