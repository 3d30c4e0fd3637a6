/** The dataset this build ships, as the check of inserted tables reads it. */
import { trackingData, type TrackingData } from "../core/tracking/data";
import { DATASET_CHANGELOG, DATASET_VERSION, figureById, sourceById, tableById } from "../data";

export { DATASET_VERSION };

export function currentDataset(): TrackingData {
  return trackingData({
    changelog: DATASET_CHANGELOG,
    lookup: { figureById, sourceById },
    tableById,
  });
}
