/**
 * Strings with English at hand and every other language in a chunk of its own, fetched only for the
 * language asked: a language not in use is never loaded. Each chunk's import is written out where its
 * strings are (webpack makes a chunk of each `import()` it sees), and a language without one fails the
 * typecheck.
 */
import type { Language } from "./language";

export type ChunkLoaders<T> = Record<Exclude<Language, "en">, () => Promise<T>>;

export function languageChunks<T>(
  english: T,
  chunks: ChunkLoaders<T>
): (language: Language) => Promise<T> {
  return (language) => (language === "en" ? Promise.resolve(english) : chunks[language]());
}
