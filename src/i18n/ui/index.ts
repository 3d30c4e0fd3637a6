/**
 * The pane's strings, one module per language. English is in the start bundle (the fallback the pane
 * renders with before another language arrives, and the source of the keys); French, Dutch and German are
 * each their own chunk, fetched only for the language chosen, so a language not in use is never loaded.
 */
import type { Language } from "../language";
import { en, type UiStrings } from "./en";

export type { UiKey, UiStrings } from "./en";
export { en } from "./en";

export async function loadUiStrings(language: Language): Promise<UiStrings> {
  switch (language) {
    case "fr":
      return (await import(/* webpackChunkName: "ui-fr" */ "./fr")).fr;
    case "nl":
      return (await import(/* webpackChunkName: "ui-nl" */ "./nl")).nl;
    case "de":
      return (await import(/* webpackChunkName: "ui-de" */ "./de")).de;
    default:
      return en;
  }
}
