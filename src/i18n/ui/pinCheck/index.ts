/** The pinned rates' lines: English with the check's code, the others each their own chunk. */
import type { Language } from "../../language";
import { pinCheckEn, type PinCheckStrings } from "./en";

export type { PinCheckKey, PinCheckStrings } from "./en";
export { pinCheckEn } from "./en";

export async function loadPinCheckStrings(language: Language): Promise<PinCheckStrings> {
  switch (language) {
    case "fr":
      return (await import(/* webpackChunkName: "pin-check-fr" */ "./fr")).pinCheckFr;
    case "nl":
      return (await import(/* webpackChunkName: "pin-check-nl" */ "./nl")).pinCheckNl;
    case "de":
      return (await import(/* webpackChunkName: "pin-check-de" */ "./de")).pinCheckDe;
    default:
      return pinCheckEn;
  }
}
