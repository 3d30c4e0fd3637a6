/** The curated dataset as the Sources sheet looks it up. */
import { DATASET_VERSION } from "../../data";
import { citation, figureById, sourceById } from "../dataset/byId";
import type { SourcesData } from "./sourcesPlan";

export const DATASET: SourcesData = {
  figureById,
  sourceById,
  citation,
  datasetVersion: DATASET_VERSION,
};
