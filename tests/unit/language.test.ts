import { languageOfTag, isLanguage } from "../../src/i18n/language";

describe("languageOfTag", () => {
  it.each([
    ["fr-BE", "fr"],
    ["fr-FR", "fr"],
    ["nl-NL", "nl"],
    ["nl-be", "nl"],
    ["de-DE", "de"],
    ["de_AT", "de"],
    ["en-GB", "en"],
    ["EN-us", "en"],
  ])("reads %s as %s", (tag, language) => {
    expect(languageOfTag(tag)).toBe(language);
  });

  it.each(["es-ES", "", "f", "french", undefined, null])("gives undefined for %p", (tag) => {
    expect(languageOfTag(tag)).toBeUndefined();
  });

  it("knows exactly four languages", () => {
    expect(["en", "fr", "nl", "de", "es"].filter(isLanguage)).toEqual(["en", "fr", "nl", "de"]);
  });
});
