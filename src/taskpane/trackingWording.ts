/**
 * The "Inserted tables" panel's wording in a language: core's sentences (core/tracking/messages) with the
 * panel's strings, the dataset's words, figures and changelog reasons of that language. Fetched with the first check, not at
 * the pane's start, so that its English stays out of the start bundle.
 */
import { ENGLISH_WORDS } from "../core/i18n/englishWords";
import { figureInLanguage } from "../core/i18n/planInLanguage";
import type { Wording } from "../core/tracking/messages";
import { loadDatasetTexts } from "../i18n/dataset";
import { writerFor } from "../i18n/writer";
import type { Language } from "../i18n/language";
import { loadTrackingStrings } from "../i18n/ui/tracking";

export * as messages from "../core/tracking/messages";

/** What the pane knows of the catalogue: figures and table titles by id. */
export type CatalogueLookups = Pick<Wording, "figureById" | "tableTitle">;

export async function trackingWording(
  language: Language,
  lookups: CatalogueLookups
): Promise<Wording> {
  const [strings, texts] = await Promise.all([
    loadTrackingStrings(language),
    loadDatasetTexts(language),
  ]);
  return {
    ...writerFor(strings, language),
    figureById(id) {
      const figure = lookups.figureById(id);
      return figure && texts ? figureInLanguage(figure, texts.figures[id], texts) : figure;
    },
    tableTitle: (id) => lookups.tableTitle(id),
    words: texts?.words ?? ENGLISH_WORDS,
    // Keyed by version and figure id, as the changelog's English is (core/i18n/englishChangelog.ts).
    changeWhy: (id, r) => texts?.changelog.versions[r.version]?.figures?.[id] ?? r.why,
  };
}
