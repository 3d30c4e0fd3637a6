/**
 * The pane's strings in the active language, and `ui(key, values)`, the one way pane code gets a text:
 * the template of that key with its placeholders filled in the language's conventions (fill.ts).
 */
import { activeLanguage, setActiveLanguage } from "../activeLanguage";
import { fill, type FillValue } from "../fill";
import type { Language } from "../language";
import { en, loadUiStrings, type UiKey, type UiStrings } from "./index";

let strings: UiStrings = en;

export function ui(key: UiKey, values: Readonly<Record<string, FillValue>> = {}): string {
  return fill(strings[key], values, activeLanguage());
}

/**
 * Loads the language's strings, then makes it the active language (the strings first, so that every
 * listener of the change reads the new language's texts).
 */
export async function useUiLanguage(language: Language): Promise<void> {
  strings = await loadUiStrings(language);
  setActiveLanguage(language);
}

/** True for a key of the pane's strings (the page names its strings by key in data attributes). */
export function isUiKey(key: unknown): key is UiKey {
  return typeof key === "string" && Object.prototype.hasOwnProperty.call(en, key);
}
