/** The "Inserted tables" panel's wording: English with the panel's wording code, the others each their own chunk. */
import { trackingEn, type TrackingStrings } from "../../../core/tracking/wordingEn";
import { languageChunks } from "../../languageChunks";

export type { TrackingKey, TrackingStrings } from "../../../core/tracking/wordingEn";
export { trackingEn } from "../../../core/tracking/wordingEn";

export const loadTrackingStrings = languageChunks<TrackingStrings>(trackingEn, {
  fr: async () => (await import(/* webpackChunkName: "tracking-fr" */ "./fr")).trackingFr,
  nl: async () => (await import(/* webpackChunkName: "tracking-nl" */ "./nl")).trackingNl,
  de: async () => (await import(/* webpackChunkName: "tracking-de" */ "./de")).trackingDe,
});
