/** The share panel's outcome strings: English with the outcome code, the others each their own chunk. */
import type { Language } from "../../language";
import { shareEn, type ShareStrings } from "./en";

export type { ShareKey, ShareStrings } from "./en";
export { shareEn } from "./en";

export async function loadShareStrings(language: Language): Promise<ShareStrings> {
  switch (language) {
    case "fr":
      return (await import(/* webpackChunkName: "share-fr" */ "./fr")).shareFr;
    case "nl":
      return (await import(/* webpackChunkName: "share-nl" */ "./nl")).shareNl;
    case "de":
      return (await import(/* webpackChunkName: "share-de" */ "./de")).shareDe;
    default:
      return shareEn;
  }
}
