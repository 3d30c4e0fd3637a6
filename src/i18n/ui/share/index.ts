/** The share panel's outcome strings: English with the outcome code, the others each their own chunk. */
import { shareEn, type ShareStrings } from "./en";
import { languageChunks } from "../../languageChunks";

export type { ShareKey, ShareStrings } from "./en";
export { shareEn } from "./en";

export const loadShareStrings = languageChunks<ShareStrings>(shareEn, {
  fr: async () => (await import(/* webpackChunkName: "share-fr" */ "./fr")).shareFr,
  nl: async () => (await import(/* webpackChunkName: "share-nl" */ "./nl")).shareNl,
  de: async () => (await import(/* webpackChunkName: "share-de" */ "./de")).shareDe,
});
