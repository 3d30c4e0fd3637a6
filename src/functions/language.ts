/**
 * The language of the functions' messages where functions.js runs without the pane: in Excel's
 * JavaScript-only custom functions runtime there is no page, so nothing else sets the active language, and
 * Office's display language does (Office.context.displayLanguage, "fr-BE" etc.; see "Localization for Office
 * Add-ins", learn.microsoft.com/office/dev/add-ins/develop/localization). On the pane's page (the shared
 * runtime) the pane sets it, with the reader's own choice first: this does nothing there.
 */
import { setActiveLanguage } from "../i18n/activeLanguage";
import { languageOfTag } from "../i18n/language";

export function followOfficeLanguageWithoutPane(): void {
  if (typeof document !== "undefined" || typeof Office === "undefined") return;
  const follow = (): void => {
    let tag: string | undefined;
    try {
      tag = Office.context?.displayLanguage;
    } catch {
      return; // Office not initialized yet: onReady tries again.
    }
    const language = languageOfTag(tag);
    if (language) setActiveLanguage(language);
  };
  // Where Office's context is already there, the first formula speaks its language; else once ready.
  follow();
  if (typeof Office.onReady === "function") void Promise.resolve(Office.onReady()).then(follow);
}
