/**
 * The names of the files the build writes beside functions.js for a language: the functions' help
 * (the manifest's <bt:Override> points Excel at it) and the messages that cells show.
 */
import type { Language } from "../i18n/language";

export function functionsMetadataFile(language: Language): string {
  return language === "en" ? "functions.json" : `functions.${language}.json`;
}

export function functionMessagesFile(language: Language): string {
  return `function-messages.${language}.json`;
}
