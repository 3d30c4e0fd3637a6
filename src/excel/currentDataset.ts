/** The dataset this build ships, as the check of inserted tables reads it. */
import { trackingData, type TrackingData } from "../core/tracking/data";
import { DATASET_CHANGELOG } from "../data";
import { figureById, sourceById, tableById } from "../core/dataset/byId";

export function currentDataset(): TrackingData {
  return trackingData({
    changelog: DATASET_CHANGELOG,
    lookup: { figureById, sourceById },
    tableById,
  });
}
