/**
 * The language the add-in speaks now, one per runtime: the pane sets it (a saved choice, else Office's
 * display language, else the browser's), and the pane, the functions' messages and the inserted tables read
 * it. Listeners hear every change, so that an open pane and the next recalculation follow a new choice.
 */
import { DEFAULT_LANGUAGE, type Language } from "./language";

type Listener = (language: Language) => void;

let active: Language = DEFAULT_LANGUAGE;
const listeners = new Set<Listener>();

export function activeLanguage(): Language {
  return active;
}

export function setActiveLanguage(language: Language): void {
  if (language === active) return;
  active = language;
  for (const listener of listeners) listener(language);
}

/** Calls `listener` on every later change; returns the function that stops it. */
export function onLanguageChange(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
