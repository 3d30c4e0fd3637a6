/**
 * The language the pane speaks at start: the choice saved in this browser, else Office's display language
 * (Office.context.displayLanguage, the language of Excel's own interface:
 * https://learn.microsoft.com/office/dev/add-ins/develop/localization), else the browser's
 * (navigator.languages, in a plain browser), else English.
 *
 * The choice is kept in localStorage: it belongs to the person at this computer, not to a workbook (a
 * document setting would follow the file to a colleague who reads another language), and it is read
 * synchronously, so a saved choice costs the first render nothing.
 */
import { DEFAULT_LANGUAGE, isLanguage, languageOfTag, type Language } from "../i18n/language";

export const LANGUAGE_STORAGE_KEY = "seizureDesk.language";

/** Each language named in itself, as the selector lists it. */
export const LANGUAGE_NAMES: Record<Language, string> = {
  en: "English",
  fr: "Français",
  nl: "Nederlands",
  de: "Deutsch",
};

export interface LanguagePreferences {
  saved?: string | null;
  office?: string | null;
  browser?: readonly string[];
}

/** The first preference the add-in speaks, in the order saved, Office, browser; else English. */
export function resolveLanguage(preferences: LanguagePreferences): Language {
  if (isLanguage(preferences.saved)) return preferences.saved;
  const candidates = [preferences.office, ...(preferences.browser ?? [])];
  for (const tag of candidates) {
    const language = languageOfTag(tag);
    if (language) return language;
  }
  return DEFAULT_LANGUAGE;
}

/** The saved choice; undefined where there is none or storage is closed (private mode, policy). */
export function savedLanguage(): Language | undefined {
  try {
    const saved = window.localStorage.getItem(LANGUAGE_STORAGE_KEY);
    return isLanguage(saved) ? saved : undefined;
  } catch {
    return undefined;
  }
}

/** Remembers a choice; where storage is closed, the choice lasts as long as the page. */
export function saveLanguage(language: Language): void {
  try {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // Nothing to keep it in: the pane still speaks the language until it is closed.
  }
}

/** Office's display language once Office is ready, or undefined outside Office. */
export function officeDisplayLanguage(): string | undefined {
  try {
    return typeof Office === "undefined" ? undefined : Office.context?.displayLanguage;
  } catch {
    return undefined;
  }
}

export function browserLanguages(): readonly string[] {
  return navigator.languages?.length ? navigator.languages : [navigator.language];
}
