/**
 * The pane's strings in every language: the same keys as English, the same placeholders, the glossary's
 * terms where English uses them, and each language's typography. Also the language chosen at start, and
 * the CSV written for each language's Excel.
 */
import { buildCellPlan } from "../../src/core/cellPlan";
import { cellPlanToCsv, UTF8_BOM } from "../../src/core/csv";
import { csvDialectOf } from "../../src/taskpane/download";
import { CATALOGUE, DATASET_VERSION } from "../../src/data";
import { placeholdersOf } from "../../src/i18n/fill";
import { GLOSSARY, type GlossaryTerm } from "../../src/i18n/glossary";
import { LANGUAGES, type Language } from "../../src/i18n/language";
import { loadUiStrings } from "../../src/i18n/ui";
import { en as paneEn } from "../../src/i18n/ui/en";
import { loadShareStrings, shareEn } from "../../src/i18n/ui/share";
import { loadTrackingStrings, trackingEn } from "../../src/i18n/ui/tracking";
import { loadPinCheckStrings, pinCheckEn } from "../../src/i18n/ui/pinCheck";
import { resolveLanguage } from "../../src/taskpane/languageChoice";
import { freezeMessage, useShareLanguage } from "../../src/taskpane/shareMessages";
import { parseCsv } from "../support/parseCsv";

const OTHERS = LANGUAGES.filter((l): l is Exclude<Language, "en"> => l !== "en");
/**
 * The pane's strings and the panels' own modules (share outcomes, the inserted tables' wording, …), as one
 * set of keys: a module's keys are prefixed by its area where they could meet another module's.
 */
const AREAS: {
  prefix: string;
  en: Record<string, string>;
  load: (l: Language) => Promise<Record<string, string>>;
}[] = [
  { prefix: "", en: paneEn, load: loadUiStrings },
  { prefix: "", en: shareEn, load: loadShareStrings },
  { prefix: "tracking.", en: trackingEn, load: loadTrackingStrings },
  { prefix: "pinCheck.", en: pinCheckEn, load: loadPinCheckStrings },
];
const prefixed = (prefix: string, texts: Record<string, string>) =>
  Object.fromEntries(Object.entries(texts).map(([key, text]) => [prefix + key, text]));
const en: Record<string, string> = Object.assign({}, ...AREAS.map((a) => prefixed(a.prefix, a.en)));
type UiStrings = typeof en;
const KEYS = Object.keys(en);
let strings: Record<Language, UiStrings>;

beforeAll(async () => {
  const loaded = await Promise.all(
    LANGUAGES.map(async (l) =>
      Object.assign(
        {},
        ...(await Promise.all(AREAS.map(async (a) => prefixed(a.prefix, await a.load(l)))))
      )
    )
  );
  strings = Object.fromEntries(LANGUAGES.map((l, i) => [l, loaded[i]])) as typeof strings;
});

describe("the pane's strings", () => {
  it("no two modules share a key (each key names one text)", () => {
    const total = AREAS.reduce((n, a) => n + Object.keys(a.en).length, 0);
    expect(KEYS).toHaveLength(total);
  });

  it.each(OTHERS.map((l) => [l]))("%s has every key of English, no other, none empty", (l) => {
    expect(Object.keys(strings[l]).sort()).toEqual([...KEYS].sort());
    expect(KEYS.filter((key) => strings[l][key].trim() === "")).toEqual([]);
  });

  it.each(OTHERS.map((l) => [l]))(
    "%s uses the same placeholders as English in every string",
    (l) => {
      const differing = KEYS.filter(
        (key) => placeholdersOf(strings[l][key]).join() !== placeholdersOf(en[key]).join()
      ).map((key) => `${key}: ${strings[l][key]}`);
      expect(differing).toEqual([]);
    }
  );

  it("a language not in use is its own module, loaded only when asked for", async () => {
    // Each call resolves to that language's own object, not English's.
    for (const l of OTHERS) {
      expect((await loadUiStrings(l)).loading).not.toBe(en.loading);
      expect((await loadShareStrings(l)).nothingToFreeze).not.toBe(en.nothingToFreeze);
      expect((await loadTrackingStrings(l)).stateMissing).not.toBe(trackingEn.stateMissing);
      expect((await loadPinCheckStrings(l)).noSourceHasIt).not.toBe(pinCheckEn.noSourceHasIt);
    }
  });

  it("French: « » quotes with no-break spaces, a no-break space before : ; ! ?, typographic apostrophes", () => {
    const wrong = KEYS.filter((key) => {
      const s = strings.fr[key];
      return (
        /[“”"']/.test(s) || / [:;!?»]/.test(s) || /«(?!\u00a0)/.test(s) || /[^\u00a0]»/.test(s)
      );
    });
    expect(wrong.map((key) => `${key}: ${strings.fr[key]}`)).toEqual([]);
  });

  it("German „ “ and Dutch ‘ ’ quotes, never English ones", () => {
    expect(KEYS.filter((key) => /[”"]/.test(strings.de[key]))).toEqual([]);
    expect(KEYS.filter((key) => /[“”"]/.test(strings.nl[key]))).toEqual([]);
  });
});

/**
 * The English word as a word, with its plural or verb endings ("table", "tables"; "insert", "inserted"),
 * outside the product's name ("Seizure Desk") and the phrases where the word has another sense.
 */
function usesEnglish(text: string, term: GlossaryTerm): boolean {
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  let meant = text.replace(/Seizure Desk/g, "");
  for (const phrase of term.otherSenses ?? [])
    meant = meant.replace(new RegExp(escape(phrase), "gi"), "");
  return new RegExp(`\\b${escape(term.en.term)}(s|es|d|ed|ing)?\\b`, "i").test(meant);
}

function usesTerm(text: string, term: GlossaryTerm, language: Language): boolean {
  const lower = text.toLowerCase();
  const forms = [term[language].term, ...(term[language].forms ?? [])];
  return forms.some((form) => lower.includes(form.toLowerCase()));
}

/**
 * The string's own words: placeholders are values ("{source}"), and quoted titles stay in their original
 * language (the ECB's page "Euro foreign exchange reference rates").
 */
const withoutPlaceholders = (text: string) =>
  text.replace(/\{\w+\}/g, " ").replace(/"[^"]*"|“[^”]*”|«[^»]*»|„[^“]*“|‘[^’]*’/g, " ");

describe("the pane's strings use the glossary's terms", () => {
  it("the glossary has terms", () => {
    expect(GLOSSARY.length).toBeGreaterThan(0);
  });

  it.each(OTHERS.map((l) => [l]))(
    "%s: where English says a glossary term, the string says that term or one of its forms",
    (l) => {
      const missing: string[] = [];
      for (const key of KEYS)
        for (const term of GLOSSARY) {
          const english = withoutPlaceholders(en[key]);
          const translated = withoutPlaceholders(strings[l][key]);
          if (usesEnglish(english, term) && !usesTerm(translated, term, l))
            missing.push(`${key} lacks "${term[l].term}" (${term.en.term}): ${strings[l][key]}`);
        }
      expect(missing).toEqual([]);
    }
  );
});

describe("the language at start", () => {
  it.each([
    [{ saved: "de", office: "fr-FR", browser: ["nl-NL"] }, "de"],
    [{ saved: null, office: "fr-BE", browser: ["de-DE"] }, "fr"],
    [{ saved: "xx", office: "nl-BE", browser: ["en-US"] }, "nl"],
    [{ office: "es-ES", browser: ["pt-BR", "de-AT", "fr"] }, "de"],
    [{ office: undefined, browser: ["nl"] }, "nl"],
    [{ office: "ja-JP", browser: ["ja-JP"] }, "en"],
    [{}, "en"],
  ] as const)("%j → %s", (preferences, expected) => {
    expect(resolveLanguage(preferences)).toBe(expected);
  });
});

describe("the CSV each language's Excel opens with its columns split", () => {
  it.each(LANGUAGES.map((l) => [l]))(
    "%s: every table reads back field for field, numbers with the language's decimal mark",
    (l) => {
      const dialect = csvDialectOf(l);
      expect(dialect).toEqual(
        l === "en" ? { separator: ",", decimalMark: "." } : { separator: ";", decimalMark: "," }
      );
      for (const table of CATALOGUE) {
        const plan = buildCellPlan(table, { anchorRow: 0, anchorCol: 0 });
        const text = cellPlanToCsv(plan, DATASET_VERSION, dialect);
        const records = parseCsv(text.slice(UTF8_BOM.length), dialect.separator);
        expect(records).toHaveLength(plan.rowCount + 1);
        plan.values.forEach((row, r) => {
          expect(records[r]).toHaveLength(plan.colCount);
          row.forEach((value, c) => {
            if (typeof value !== "number") return;
            const field = records[r][c];
            // Unformatted: no grouping, only the decimal mark changes.
            expect(field).toBe(String(value).replace(".", dialect.decimalMark));
            expect(Number(field.replace(dialect.decimalMark, "."))).toBe(value);
          });
        });
      }
    }
  );
});

describe("a message with counts, in each language's plural and number conventions", () => {
  const frozen = {
    formulasFrozen: 12,
    cellsFrozen: 1040,
    alreadyFrozen: 0,
    protectedSheets: [{ sheet: "Budget", formulas: 1 }],
    busy: 0,
    recordsSheetTaken: false,
  };
  afterAll(() => useShareLanguage("en"));

  it.each([
    [
      "fr",
      "12 formules DESK converties en leurs valeurs (1\u202f040 cellules). «\u00a0Rétablir les formules\u00a0» les remet en place. Feuille protégée ignorée\u00a0: Budget (1 formule).",
    ],
    [
      "nl",
      "12 DESK-formules omgezet in hun waarden (1.040 cellen). ‘Formules herstellen’ zet ze terug. Beveiligd werkblad overgeslagen: Budget (1 formule).",
    ],
    [
      "de",
      "12 DESK-Formeln in ihre Werte umgewandelt (1.040 Zellen). „Formeln wiederherstellen“ setzt sie zurück. Geschütztes Blatt übersprungen: Budget (1 Formel).",
    ],
  ] as const)("%s", async (language, start) => {
    await useShareLanguage(language);
    expect(freezeMessage(frozen).startsWith(start)).toBe(true);
  });
});
