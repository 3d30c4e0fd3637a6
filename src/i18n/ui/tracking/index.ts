/** The "Inserted tables" panel's wording: English with the panel's wording code, the others each their own chunk. */
import type { Language } from "../../language";
import { trackingEn, type TrackingStrings } from "../../../core/tracking/wordingEn";

export type { TrackingKey, TrackingStrings } from "../../../core/tracking/wordingEn";
export { trackingEn } from "../../../core/tracking/wordingEn";

export async function loadTrackingStrings(language: Language): Promise<TrackingStrings> {
  switch (language) {
    case "fr":
      return (await import(/* webpackChunkName: "tracking-fr" */ "./fr")).trackingFr;
    case "nl":
      return (await import(/* webpackChunkName: "tracking-nl" */ "./nl")).trackingNl;
    case "de":
      return (await import(/* webpackChunkName: "tracking-de" */ "./de")).trackingDe;
    default:
      return trackingEn;
  }
}
