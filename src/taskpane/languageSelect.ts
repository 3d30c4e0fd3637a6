/**
 * The language selector in the pane's header: each language in its own name (English, Français,
 * Nederlands, Deutsch, each option marked with its lang so a screen reader says it right), labelled by the
 * page's <label for="language-select"> in the active language.
 */
import { activeLanguage, onLanguageChange } from "../i18n/activeLanguage";
import { isLanguage, LANGUAGES, type Language } from "../i18n/language";
import { clear, el } from "./dom";
import { LANGUAGE_NAMES } from "./languageChoice";

export function mountLanguageSelect(
  select: HTMLSelectElement,
  onChoose: (language: Language) => void
): void {
  clear(select);
  for (const language of LANGUAGES)
    select.appendChild(
      el("option", { text: LANGUAGE_NAMES[language], attrs: { value: language, lang: language } })
    );
  select.value = activeLanguage();
  select.addEventListener("change", () => {
    if (isLanguage(select.value)) onChoose(select.value);
  });
  onLanguageChange((language) => (select.value = language));
}
