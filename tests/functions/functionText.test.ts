/**
 * The DESK functions in French, Dutch and German: the localized metadata files the build writes beside
 * functions.json and the manifest's overrides that point Excel at them, the messages cells show in the
 * active language (through the built dist/functions.js, as Excel calls it), and every string of theirs
 * against the glossary.
 */
import fs from "fs";
import path from "path";
import { DOMParser } from "@xmldom/xmldom";
import { FUNCTION_MESSAGES_EN } from "../../src/core/messages/en";
import { GLOSSARY } from "../../src/i18n/glossary";
import { LANGUAGES, type Language } from "../../src/i18n/language";
import {
  FUNCTION_TEXT,
  localizedMetadata,
  messageProblems,
  type Metadata,
} from "../../scripts/functionText";
import { anchorsOf, helpPageOf } from "../../src/help/helpPage";
import { loadBuiltFunctions, thrown, StandInError } from "../support/functionsHost";
import { DIST, ROOT } from "../support/paths";

const TRANSLATED = ["fr", "nl", "de"] as const;
const english = JSON.parse(fs.readFileSync(path.join(DIST, "functions.json"), "utf8")) as Metadata;
const localized = (language: string): Metadata =>
  JSON.parse(fs.readFileSync(path.join(DIST, `functions.${language}.json`), "utf8")) as Metadata;

describe("localized function metadata (dist/functions.<language>.json)", () => {
  it.each(TRANSLATED)(
    "%s: same ids, names and parameter shapes as functions.json, translated text",
    (lang) => {
      const other = localized(lang);
      const shape = (m: Metadata) =>
        m.functions.map((f) => ({
          id: f.id,
          name: f.name,
          result: f.result,
          parameters: f.parameters.map(({ type, dimensionality, optional }) => ({
            type,
            dimensionality,
            optional,
          })),
        }));
      expect(shape(other)).toEqual(shape(english));
      expect(other.allowCustomDataForDataTypeAny).toBe(english.allowCustomDataForDataTypeAny);
      other.functions.forEach((fn, i) => {
        const en = english.functions[i];
        expect(fn.description).not.toBe(en.description);
        fn.parameters.forEach((p, j) => {
          expect(p.description).toBeTruthy();
          expect(p.description).not.toBe(en.parameters[j].description);
          // The parameter's name is the one messages use for that argument.
          expect(p.name).toBe(
            FUNCTION_TEXT[lang].messages[`arg.${en.parameters[j].name}` as "arg.amount"]
          );
        });
      });
      expect(
        other.functions.find((f) => f.id === "CONVERT")?.parameters.map((p) => p.name)
      ).toEqual(
        {
          fr: ["montant", "de", "vers", "date", "règle", "précision_totale"],
          nl: ["bedrag", "van", "naar", "datum", "regel", "volledige_precisie"],
          de: ["Betrag", "von", "nach", "Datum", "Regel", "volle_Genauigkeit"],
        }[lang]
      );
    }
  );

  it.each(TRANSLATED)(
    "%s: each function's help link opens its own section of the help page in that language",
    (lang) => {
      const page = fs.readFileSync(path.join(DIST, helpPageOf(lang)), "utf8");
      const anchors = anchorsOf(page);
      const links = localized(lang).functions.map((f) => [f.id, f.helpUrl]);
      expect(links).toEqual(
        english.functions.map((f) => {
          const url = new URL(String(f.helpUrl));
          expect(path.basename(url.pathname)).toBe("help.html");
          url.pathname = url.pathname.replace(/help\.html$/, helpPageOf(lang));
          return [f.id, url.href];
        })
      );
      for (const [id, link] of links) {
        const url = new URL(String(link));
        // The page the build wrote, served beside functions.json, has the section the link names.
        expect([id, fs.existsSync(path.join(DIST, path.basename(url.pathname)))]).toEqual([
          id,
          true,
        ]);
        expect([id, anchors.has(url.hash.slice(1))]).toEqual([id, true]);
      }
    }
  );

  it("refuses, saying which, a help link to a section or a page the language lacks", () => {
    const page = fs.readFileSync(path.join(ROOT, "src/help", helpPageOf("nl")), "utf8");
    const withoutRateInfo = page.replace(/id="?rateinfo"?/, 'id="koersinfo"');
    expect(withoutRateInfo).not.toBe(page);
    expect(() => localizedMetadata(english, "nl", () => withoutRateInfo)).toThrow(
      /src\/help\/help\.nl\.html has no section id="rateinfo" for RATEINFO's help link/
    );
    expect(() => localizedMetadata(english, "de", () => undefined)).toThrow(
      /there is no help page src\/help\/help\.de\.html for CONVERT/
    );
    expect(localizedMetadata(english, "nl", () => page).functions.map((f) => f.helpUrl)).toEqual(
      localized("nl").functions.map((f) => f.helpUrl)
    );
  });

  it("refuses, saying what, a language missing a parameter or a function, or with one too many", () => {
    const withExtraParameter: Metadata = {
      ...english,
      functions: english.functions.map((f) =>
        f.id === "CONVERT"
          ? { ...f, parameters: [...f.parameters, { name: "triangulation", type: "any" }] }
          : f
      ),
    };
    expect(() => localizedMetadata(withExtraParameter, "de")).toThrow(
      /parameter triangulation of CONVERT has no description in de.*add "arg.triangulation"/
    );
    const withoutRate: Metadata = {
      ...english,
      functions: english.functions.filter((f) => f.id !== "RATE"),
    };
    expect(() => localizedMetadata(withoutRate, "fr")).toThrow(
      /fr has help for RATE, no such function/
    );
    const withNewFunction: Metadata = {
      ...english,
      functions: [...english.functions, { ...english.functions[0], id: "NEWONE", name: "NEWONE" }],
    };
    expect(() => localizedMetadata(withNewFunction, "nl")).toThrow(/NEWONE has no help in nl/);
  });
});

describe("the manifest's metadata overrides", () => {
  const overridesIn = (xml: string) => {
    const doc = new DOMParser().parseFromString(xml, "text/xml") as unknown as Document;
    const url = Array.from(
      doc.getElementsByTagName("bt:Url") as unknown as ArrayLike<Element>
    ).find((u) => u.getAttribute("id") === "Desk.Functions.Metadata.Url");
    if (!url) throw new Error("no Desk.Functions.Metadata.Url");
    return Array.from(url.getElementsByTagName("bt:Override") as unknown as ArrayLike<Element>).map(
      (o) => ({
        locale: o.getAttribute("Locale") as string,
        value: o.getAttribute("Value") as string,
      })
    );
  };

  it.each([
    ["manifest.xml", path.join(ROOT, "manifest.xml")],
    ["dist/manifest.xml", path.join(DIST, "manifest.xml")],
  ])(
    "%s points each French, Dutch and German locale at a file the build wrote for that language",
    (_, file) => {
      const overrides = overridesIn(fs.readFileSync(file, "utf8"));
      expect(new Set(overrides.map((o) => o.locale.slice(0, 2)))).toEqual(new Set(TRANSLATED));
      for (const { locale, value } of overrides) {
        const name = new URL(value).pathname.slice(1);
        expect(name).toBe(`functions.${locale.slice(0, 2)}.json`);
        expect(fs.existsSync(path.join(DIST, name))).toBe(true);
      }
    }
  );
});

/** functions.js as Excel loads it, in Office of that display language, without the pane. */
function deskIn(displayLanguage: string) {
  return loadBuiltFunctions(undefined, { displayLanguage });
}

/** The first error of a call's result (awaited: the first call of a language fetches its messages). */
async function firstError(result: unknown): Promise<StandInError> {
  const grid = (await result) as unknown[][];
  return grid[0][0] as StandInError;
}

describe("messages in cells follow the language", () => {
  const cases: [string, string, RegExp, RegExp, RegExp][] = [
    // [display language, language, share of -1234.5, a serial outside the dates, an unknown figure id]
    [
      "fr-BE",
      "fr",
      /^La partie doit être positive ou nulle, pas -1\u202f234,5\.$/,
      /^date\u00a0: -5 n’est pas une date dans le système de dates 1900 d’Excel\u00a0: les numéros de série vont de 1 \(1 janvier 1900\) à 2\u202f958\u202f465 \(31 décembre 9999\)\.$/,
      /^Aucun chiffre du jeu de données n’a l’identifiant «\u00a0nope\u00a0»\./,
    ],
    [
      "nl-NL",
      "nl",
      /^Het deel moet nul of meer zijn; opgegeven: -1\.234,5\.$/,
      /^datum: -5 is geen datum in het 1900-datumsysteem van Excel: datumserienummers lopen van 1 \(1 januari 1900\) tot 2\.958\.465 \(31 december 9999\)\.$/,
      /^Geen cijfer in de dataset heeft de id “nope”\./,
    ],
    [
      "de-DE",
      "de",
      /^Der Teil muss null oder größer sein; angegeben wurde -1\.234,5\.$/,
      /^Datum: -5 ist kein Datum im 1900-Datumssystem von Excel: Die fortlaufenden Datumszahlen reichen von 1 \(1\. Januar 1900\) bis 2\.958\.465 \(31\. Dezember 9999\)\.$/,
      /^Keine Zahl im Datensatz hat die ID „nope“\./,
    ],
  ];

  it.each(cases)(
    "%s: #VALUE! and #N/A in %s, numbers and dates written its way",
    async (tag, lang, share, date, figure) => {
      const desk = deskIn(tag);
      expect(desk.fetched.filter((u) => u.includes("function-messages"))).toEqual([]);
      const shareError = await firstError(desk.call("SHARE", [[-1234.5]], [[4]]));
      expect(shareError.code).toBe("#VALUE!");
      expect(shareError.message).toMatch(share);
      // Only the language in use was fetched.
      expect(
        desk.fetched.filter((u) => u.includes("function-messages")).map((u) => path.basename(u))
      ).toEqual([`function-messages.${lang}.json`]);
      const dateError = await firstError(desk.call("CONVERT", [[1]], [["EUR"]], [["USD"]], [[-5]]));
      expect(dateError.code).toBe("#VALUE!");
      expect(dateError.message).toMatch(date);
      const figureError = await firstError(desk.call("FIGURE", [["nope"]]));
      expect(figureError.code).toBe("#N/A");
      expect(figureError.message).toMatch(figure);
    }
  );

  it("names arguments as the language's formula tooltip does, and the cell values it was given", async () => {
    const fr = deskIn("fr-FR");
    await fr.call("SHARE", [[1]], [[2]]);
    const e = thrown(() => fr.call("SHARE", [[1], [2], [3]], [[1], [2]]));
    expect(e.message).toMatch(/^total compte 2×1 cellules, mais partie en compte 3×1\u00a0:/);
    const [text, empty, bool] = (
      fr.call("SHARE", [["abc", null, true]], [[4]]) as StandInError[][]
    )[0];
    expect(text.message).toBe(
      "L’argument partie doit être un nombre, pas le texte «\u00a0abc\u00a0»."
    );
    expect(empty.message).toBe("L’argument partie doit être un nombre, pas une cellule vide.");
    expect(bool.message).toBe("L’argument partie doit être un nombre, pas VRAI.");
    const de = deskIn("de-AT");
    const [rule] = (
      (await de.call("RATE", [["EUR"]], [["USD"]], [["2021-03-09"]], [[true]])) as StandInError[][]
    )[0];
    expect(rule.message).toBe(
      "Die Regel muss „previous“, „next“ oder „exact“ sein; angegeben wurde WAHR."
    );
  });

  it("gives the rate engine's reasons in the language, with its dates and weekdays", async () => {
    const fr = deskIn("fr-FR");
    const exact = await firstError(
      fr.call("RATE", [["EUR"]], [["USD"]], [["2021-03-06"]], [["exact"]])
    );
    expect(exact.code).toBe("#N/A");
    expect(exact.message).toMatch(
      /^Les taux intégrés n’ont pas de taux EUR\/USD pour le 6 mars 2021 \(un samedi\)\u202f; les plus proches sont ceux du 5 mars 2021 \(règle «\u00a0previous\u00a0»\) et du 8 mars 2021 \(règle «\u00a0next\u00a0»\)\. Taux EUR\/USD le plus récent par source\u00a0: intégrés\u00a0: \d+ \S+ \d{4}\. Connectez-vous/
    );
    const de = deskIn("de-DE");
    const currency = await firstError(de.call("CONVERT", [[100]], [["XYZ"]], [["USD"]]));
    expect(currency.code).toBe("#VALUE!");
    expect(currency.message).toMatch(
      /^„XYZ“ ist keine Währung mit mitgelieferten Kursen\. Verwenden Sie einen ISO-Code: .*EUR.*USD/
    );
    const rule = (
      (await de.call(
        "RATE",
        [["EUR"]],
        [["USD"]],
        [["2021-03-06"]],
        [["prev"]]
      )) as StandInError[][]
    )[0][0];
    expect(rule.message).toBe(
      "Die Regel muss „previous“ (der letzte veröffentlichte Kurs vor einem Tag ohne Kurs), „next“ oder „exact“ sein."
    );
  });

  it("stays in English, as before, in English Office and where no language is known", async () => {
    for (const desk of [deskIn("en-US"), loadBuiltFunctions()]) {
      const error = (desk.call("SHARE", [[-1234.5]], [[4]]) as StandInError[][])[0][0];
      expect(error).toEqual(new StandInError("#VALUE!", "part must be zero or more; got -1234.5."));
      expect(desk.fetched.filter((u) => u.includes("function-messages"))).toEqual([]);
    }
  });

  it("keeps French, Dutch and German out of functions.js: each is fetched when used", () => {
    const script = fs.readFileSync(path.join(DIST, "functions.js"), "utf8");
    for (const lang of TRANSLATED) {
      const messages = FUNCTION_TEXT[lang].messages;
      expect(script).not.toContain(messages["share.partNegative"]);
      expect(script).not.toContain(messages["figures.unknownId"]);
      const file = JSON.parse(
        fs.readFileSync(path.join(DIST, `function-messages.${lang}.json`), "utf8")
      );
      expect(file).toEqual(messages);
    }
  });
});

describe("the messages of every language", () => {
  it.each(TRANSLATED)("%s has every English message, with the same placeholders", (lang) => {
    expect(messageProblems(FUNCTION_TEXT[lang].messages, lang)).toEqual([]);
  });

  it("fails on a missing message, a placeholder that differs, or a message English does not have", () => {
    const rest: Record<string, string> = { ...FUNCTION_TEXT.fr.messages };
    delete rest["share.totalZero"];
    const planted = {
      ...rest,
      "share.partNegative": "La partie doit être positive, pas {total}.",
      "extra.key": "x",
    };
    expect(messageProblems(planted, "fr")).toEqual([
      "message share.partNegative in fr has placeholders {total}, the English {part}",
      "message share.totalZero is missing in fr (src/core/messages/fr.ts)",
      "message extra.key in fr is not in en.ts",
    ]);
  });

  it("sets quotation marks and spaces as each language does", () => {
    for (const lang of TRANSLATED) {
      const strings = [
        ...Object.values(FUNCTION_TEXT[lang].messages),
        ...Object.values(FUNCTION_TEXT[lang].help).flatMap((h) => [
          h.description,
          ...Object.values(h.parameters),
        ]),
      ];
      for (const s of strings) {
        expect(s).not.toMatch(/"/);
        if (lang === "fr") {
          expect(s).not.toMatch(/ [;:!?»]|« /);
          expect(s).not.toMatch(/[^\s\u00a0\u202f(][;!?](\s|$)/);
        }
      }
    }
  });
});

describe("glossary", () => {
  /**
   * Argument values a formula takes ("prosecutor", "national"...): typed as in English in every
   * language, so not words to translate wherever they appear.
   */
  const argumentValues = [
    ...new Set(
      english.functions.flatMap((f) =>
        [f.description ?? "", ...f.parameters.map((p) => p.description ?? "")].flatMap((d) =>
          [...d.matchAll(/"([a-z-]+)"/g)].map((m) => m[1])
        )
      )
    ),
  ];

  /**
   * What a string says in words: the product's name, function names, quoted and bare argument values
   * and placeholders left out.
   */
  const words = (s: string) =>
    argumentValues
      .reduce(
        (text, value) => text.replace(new RegExp(`\\b${value}\\b`, "g"), " "),
        s
          .replace(/Seizure Desk|Sky ECC/g, " ")
          .replace(/DESK\.[A-Z]+/g, " ")
          .replace(/"[^"]*"|«[^»]*»|„[^“]*“|“[^”]*”|`[^`]*`/g, " ")
      )
      .replace(/\{\w+\}/g, " ");

  /** Every string of the functions in English with its translation in each language. */
  function pairs(): {
    en: string;
    translated: Record<(typeof TRANSLATED)[number], string>;
    where: string;
  }[] {
    const out: ReturnType<typeof pairs> = [];
    for (const key of Object.keys(FUNCTION_MESSAGES_EN) as (keyof typeof FUNCTION_MESSAGES_EN)[]) {
      out.push({
        en: FUNCTION_MESSAGES_EN[key],
        translated: {
          fr: FUNCTION_TEXT.fr.messages[key],
          nl: FUNCTION_TEXT.nl.messages[key],
          de: FUNCTION_TEXT.de.messages[key],
        },
        where: `message ${key}`,
      });
    }
    const loc = Object.fromEntries(TRANSLATED.map((l) => [l, localized(l)])) as Record<
      (typeof TRANSLATED)[number],
      Metadata
    >;
    english.functions.forEach((fn, i) => {
      const pick = (f: (m: Metadata) => string | undefined) =>
        Object.fromEntries(TRANSLATED.map((l) => [l, f(loc[l]) ?? ""])) as Record<
          (typeof TRANSLATED)[number],
          string
        >;
      out.push({
        en: fn.description ?? "",
        translated: pick((m) => m.functions[i].description),
        where: `${fn.id}`,
      });
      fn.parameters.forEach((p, j) =>
        out.push({
          en: p.description ?? "",
          translated: pick((m) => m.functions[i].parameters[j].description),
          where: `${fn.id} ${p.name}`,
        })
      );
    });
    return out;
  }

  it("has a term in each language for every term of the functions", () => {
    const ours = GLOSSARY.filter((t) => LANGUAGES.every((l: Language) => t[l].term.trim() !== ""));
    expect(ours.length).toBe(GLOSSARY.length);
    expect(GLOSSARY.length).toBeGreaterThanOrEqual(19);
  });

  it("uses the glossary's word wherever the English says the term", () => {
    const problems: string[] = [];
    for (const { en, translated, where } of pairs()) {
      for (const term of GLOSSARY) {
        const escaped = term.en.term.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
        if (!new RegExp(`\\b${escaped}(s|es)?\\b`, "i").test(words(en))) continue;
        for (const lang of TRANSLATED) {
          const accepted = [term[lang].term, ...(term[lang].forms ?? [])].map((w) =>
            w.toLowerCase()
          );
          const text = translated[lang].toLowerCase();
          if (!accepted.some((w) => text.includes(w)))
            problems.push(
              `${where} (${lang}) says "${term.en.term}" without ${accepted.join("/")}: ${translated[lang]}`
            );
        }
      }
    }
    expect(problems).toEqual([]);
  });
});

describe("the language of the moment", () => {
  it("writes each call's messages in the language active when it runs, fetching a language once", async () => {
    // The edge's own modules with the built message files served as the add-in's server would.
    const requested: string[] = [];
    const realFetch = globalThis.fetch;
    globalThis.fetch = (async (url: string) => {
      requested.push(path.basename(String(url)));
      const file = path.join(DIST, new URL(String(url)).pathname);
      return { ok: true, status: 200, json: async () => JSON.parse(fs.readFileSync(file, "utf8")) };
    }) as unknown as typeof fetch;
    try {
      const { setActiveLanguage } = await import("../../src/i18n/activeLanguage");
      const { withMessages, writeMessage } = await import("../../src/functions/messages");
      const { msg } = await import("../../src/core/messages/text");
      const text = msg("share.partNegative", { part: -1234.5 });
      const call = () => withMessages(() => writeMessage(text));

      expect(call()).toBe("part must be zero or more; got -1234.5.");
      setActiveLanguage("nl");
      expect(await call()).toBe("Het deel moet nul of meer zijn; opgegeven: -1.234,5.");
      setActiveLanguage("de");
      expect(await call()).toBe("Der Teil muss null oder größer sein; angegeben wurde -1.234,5.");
      setActiveLanguage("nl");
      expect(call()).toBe("Het deel moet nul of meer zijn; opgegeven: -1.234,5.");
      setActiveLanguage("en");
      expect(call()).toBe("part must be zero or more; got -1234.5.");
      expect(requested).toEqual(["function-messages.nl.json", "function-messages.de.json"]);
    } finally {
      globalThis.fetch = realFetch;
    }
  });
});
