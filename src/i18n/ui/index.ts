/**
 * The pane's strings, one module per language. English is in the start bundle (the fallback the pane
 * renders with before another language arrives, and the source of the keys); French, Dutch and German are
 * each their own chunk, fetched only for the language chosen, so a language not in use is never loaded.
 */
import { en, type UiStrings } from "./en";
import { languageChunks } from "../languageChunks";

export type { UiKey, UiStrings } from "./en";
export { en } from "./en";

export const loadUiStrings = languageChunks<UiStrings>(en, {
  fr: async () => (await import(/* webpackChunkName: "ui-fr" */ "./fr")).fr,
  nl: async () => (await import(/* webpackChunkName: "ui-nl" */ "./nl")).nl,
  de: async () => (await import(/* webpackChunkName: "ui-de" */ "./de")).de,
});
