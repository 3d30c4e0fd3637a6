/**
 * One entry of the glossary: the word a journalist of each language uses for a concept, so that the pane,
 * the functions and the tables say the same thing. `forms` lists the inflections a translation may use
 * (plural, case); a test checks that a translated string whose English says `en` uses one of them.
 */
import type { Language } from "../language";

export type GlossaryTerm = {
  /** What the term means here, for a translator. */
  note: string;
  /**
   * English phrases where the word has another sense, which the term does not bind ("Share with editors"
   * shares a workbook; the term "share" is a part of a whole).
   */
  otherSenses?: string[];
} & Record<Language, { term: string; forms?: string[] }>;
