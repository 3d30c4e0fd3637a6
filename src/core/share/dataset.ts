/** The curated dataset as the Sources sheet looks it up. */
import { citation, DATASET_VERSION, figureById, sourceById } from "../../data";
import type { SourcesData } from "./sourcesPlan";

export const DATASET: SourcesData = {
  figureById,
  sourceById,
  citation,
  datasetVersion: DATASET_VERSION,
};
