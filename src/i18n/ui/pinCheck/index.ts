/** The pinned rates' lines: English with the check's code, the others each their own chunk. */
import { pinCheckEn, type PinCheckStrings } from "./en";
import { languageChunks } from "../../languageChunks";

export type { PinCheckKey, PinCheckStrings } from "./en";
export { pinCheckEn } from "./en";

export const loadPinCheckStrings = languageChunks<PinCheckStrings>(pinCheckEn, {
  fr: async () => (await import(/* webpackChunkName: "pin-check-fr" */ "./fr")).pinCheckFr,
  nl: async () => (await import(/* webpackChunkName: "pin-check-nl" */ "./nl")).pinCheckNl,
  de: async () => (await import(/* webpackChunkName: "pin-check-de" */ "./de")).pinCheckDe,
});
