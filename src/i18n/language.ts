/**
 * The languages the add-in speaks and how a language tag (Office's display language, a browser's
 * navigator.language, a saved choice) maps to one of them.
 */
export const LANGUAGES = ["en", "fr", "nl", "de"] as const;
export type Language = (typeof LANGUAGES)[number];

export const DEFAULT_LANGUAGE: Language = "en";

export function isLanguage(value: unknown): value is Language {
  return typeof value === "string" && (LANGUAGES as readonly string[]).includes(value);
}

/**
 * The language for a BCP 47 tag such as "fr-BE", "nl-NL" or "de": its primary subtag when we speak it,
 * else undefined (the caller falls back to the next preference).
 */
export function languageOfTag(tag: string | null | undefined): Language | undefined {
  if (typeof tag !== "string") return undefined;
  const primary = tag.trim().split(/[-_]/)[0]?.toLowerCase();
  return isLanguage(primary) ? primary : undefined;
}
