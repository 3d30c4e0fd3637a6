/**
 * The texts of inserted tables and of the Sources sheet per language, each language a chunk of its own
 * fetched when first asked for (webpack's dynamic import), so that a language not in use is never loaded.
 * English needs no loading: it is read from src/data (core/i18n/planInLanguage.ts treats `undefined` as
 * English), and it is what the pane shows before another language arrives.
 */
import type { DatasetTexts } from "../../core/i18n/datasetTexts";
import type { Language } from "../language";

type Translated = Exclude<Language, "en">;

const LOADERS: Record<Translated, () => Promise<{ default: DatasetTexts }>> = {
  fr: () => import(/* webpackChunkName: "dataset-fr" */ "./fr"),
  nl: () => import(/* webpackChunkName: "dataset-nl" */ "./nl"),
  de: () => import(/* webpackChunkName: "dataset-de" */ "./de"),
};

const loaded = new Map<Language, DatasetTexts>();
const loading = new Map<Language, Promise<DatasetTexts | undefined>>();

/** The texts of `language`, fetching its chunk once; undefined for English, the data's own texts. */
export function loadDatasetTexts(language: Language): Promise<DatasetTexts | undefined> {
  if (language === "en") return Promise.resolve(undefined);
  const pending = loading.get(language) ?? fetchTexts(language);
  loading.set(language, pending);
  return pending;
}

function fetchTexts(language: Translated): Promise<DatasetTexts> {
  const pending = LOADERS[language]().then((module) => {
    loaded.set(language, module.default);
    return module.default;
  });
  // A failed fetch (a network hiccup) is tried again on the next call rather than remembered.
  pending.catch(() => loading.delete(language));
  return pending;
}

/** The texts of `language` if already loaded (else undefined: English), for code that cannot wait. */
export function loadedDatasetTexts(language: Language): DatasetTexts | undefined {
  return loaded.get(language);
}
