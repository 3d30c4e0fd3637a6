/** The dataset this build ships, as the check of inserted tables reads it. */
import { trackingData, type TrackingData } from "../core/tracking/data";
import { DATASET_CHANGELOG, figureById, sourceById, tableById } from "../data";

export function currentDataset(): TrackingData {
  return trackingData({
    changelog: DATASET_CHANGELOG,
    lookup: { figureById, sourceById },
    tableById,
  });
}
