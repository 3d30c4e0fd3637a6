/**
 * The tables' texts in French, Dutch and German against the English of src/data: nothing missing, the same
 * figure tokens and placeholders, the same numbers, formulas, formats, sources and units in every plan,
 * no English left, and the glossary's words used.
 */
import fs from "fs";
import path from "path";
import {
  CATALOGUE,
  DATASET_CHANGELOG,
  FIGURES,
  SOURCES,
  UNITS,
  UNIT_FORMATS,
} from "../../src/data";
import { unitFormat } from "../../src/core/figureText";
import type { TableDef } from "../../src/data/types";
import { buildCellPlan, noteFigureIds } from "../../src/core/cellPlan";
import type { DatasetTexts } from "../../src/core/i18n/datasetTexts";
import { englishDatasetTexts } from "../../src/core/i18n/englishTexts";
import { englishChangelogTexts } from "../../src/core/i18n/englishChangelog";
import { planInLanguage, tableInLanguage } from "../../src/core/i18n/planInLanguage";
import { placeholdersOf } from "../../src/i18n/fill";
import { GLOSSARY } from "../../src/i18n/glossary";
import fr from "../../src/i18n/dataset/fr";
import nl from "../../src/i18n/dataset/nl";
import de from "../../src/i18n/dataset/de";
import { loadDatasetTexts } from "../../src/i18n/dataset";
import { buildWorkbookExport } from "../../src/export/workbookExport";
import { DATASET } from "../../src/core/share/dataset";
import { cellText } from "../../src/taskpane/cellText";
import { setActiveLanguage } from "../../src/i18n/activeLanguage";

const EN = englishDatasetTexts(CATALOGUE, FIGURES, DATASET_CHANGELOG);
const TRANSLATIONS: [string, DatasetTexts][] = [
  ["fr", fr],
  ["nl", nl],
  ["de", de],
];

/** Every (English, translated) string pair of two texts of the same shape, with where it is. */
function pairs(en: unknown, tr: unknown, where = ""): [string, string, string][] {
  if (typeof en === "string") return [[where, en, typeof tr === "string" ? tr : ""]];
  if (Array.isArray(en))
    return en.flatMap((v, i) => pairs(v, Array.isArray(tr) ? tr[i] : undefined, `${where}[${i}]`));
  if (en !== null && typeof en === "object")
    return Object.entries(en).flatMap(([k, v]) =>
      pairs(v, (tr as Record<string, unknown> | undefined)?.[k], `${where}.${k}`)
    );
  return [];
}

/** Figure ids, longest first, as a derived figure's note names them ("Derived, not published: a / b."). */
const FIGURE_IDS = new RegExp(
  FIGURES.map((f) => f.id.replace(/[.+-]/g, "\\$&"))
    .sort((a, b) => b.length - a.length)
    .join("|"),
  "g"
);

/**
 * What a check reads of a string: without `{figure.id}` tokens (replaced by numbers), the figure ids a
 * derived figure's note names, and the add-in's name, which stay as they are in every language.
 */
/**
 * Outlets' names are proper names, kept as published in every language ("The Brussels Times"): the
 * publishers of the dataset's sources, and the outlets that notes name without citing them.
 */
const OUTLETS_NAMED_IN_NOTES = ["The Guardian"];
const OUTLET_NAMES = new RegExp(
  [...new Set([...SOURCES.map((s) => s.publisher.split(" (")[0]), ...OUTLETS_NAMED_IN_NOTES])]
    .map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
    .join("|"),
  "g"
);

const words = (text: string): string =>
  text
    .replace(/\{[a-z0-9][a-z0-9.+-]*\}/g, "{}")
    .replace(FIGURE_IDS, "{}")
    .replace(/Seizure Desk/g, "");

/**
 * The pairs a reader sees: tables, figures, shared words, the Sources sheet and the changelog's words,
 * summaries and reasons (not the Intl locale).
 */
function readerPairs(tr: DatasetTexts): [string, string, string][] {
  // The Intl locale tag is not text a reader sees.
  const withoutLocale = (w: DatasetTexts["words"]) =>
    Object.fromEntries(Object.entries(w).filter(([k]) => k !== "locale"));
  const [words, enWords] = [withoutLocale(tr.words), withoutLocale(EN.words)];
  return [
    ...pairs(EN.tables, tr.tables, "tables"),
    ...pairs(EN.figures, tr.figures, "figures"),
    ...pairs(enWords, words, "words"),
    ...pairs(EN.sources, tr.sources, "sources"),
    ...pairs(EN.changelog, tr.changelog, "changelog"),
  ];
}

/**
 * The numbers of a text as the language writes them (English 40,641.5; French 40 641,5; Dutch and German
 * 40.641,5), sorted; without figure ids, whose digits are not numbers of the text, and without quotations,
 * which keep the number as the source wrote it ("48.000 kilo" in an English sentence).
 */
function numbersOf(text: string, language: string): number[] {
  const [thousands, decimal] =
    language === "en" ? [",", "."] : language === "fr" ? ["\u202f\u00a0", ","] : [".", ","];
  const number = new RegExp(
    `\\d{1,3}(?:[${thousands}]\\d{3})+(?:[${decimal}]\\d+)?|\\d+(?:[${decimal}]\\d+)?`,
    "g"
  );
  const unquoted = text
    .replace(FIGURE_IDS, " ")
    .replace(/"[^"]*"|“[^”]*”|‘[^’]*’|«[^»]*»|„[^“]*“/g, " ");
  return (unquoted.match(number) ?? [])
    .map((n) =>
      Number(
        n
          .split(new RegExp(`[${thousands}]`))
          .join("")
          .replace(decimal, ".")
      )
    )
    .sort((a, b) => a - b);
}

describe("the English figure texts", () => {
  it("are every figure's measure, note, period label unless a plain date, and own text value", () => {
    expect(Object.keys(EN.figures).sort()).toEqual(FIGURES.map((f) => f.id).sort());
    for (const f of FIGURES) {
      const texts = EN.figures[f.id];
      expect([f.id, texts.measure, texts.note]).toEqual([f.id, f.measure, f.note || undefined]);
    }
    // A period label Intl writes ("2021") is not a text; "early 2021" is.
    expect(EN.figures["seized.be.2021.emcdda"].period).toBeUndefined();
    expect(EN.figures["skyecc.users.be.prosecutor"].period).toBe("early 2021");
    // A text figure of ours is translated; an article's claim is a quotation and is not.
    const ours = FIGURES.find((f) => f.unit === "text" && !f.claim && typeof f.value === "string");
    const claim = FIGURES.find((f) => f.unit === "text" && f.claim && typeof f.value === "string");
    if (!ours || !claim) throw new Error("the data has no text figure of each kind");
    expect(EN.figures[ours.id].value).toBe(ours.value);
    expect("value" in EN.figures[claim.id]).toBe(false);
  });
});

describe("the English changelog texts", () => {
  it("are every version's summary and every change's reason, by figure id and by source id and field", () => {
    const versions = EN.changelog.versions;
    expect(Object.keys(versions)).toEqual(DATASET_CHANGELOG.map((v) => v.version));
    for (const v of DATASET_CHANGELOG) {
      expect(versions[v.version].summary).toBe(v.summary);
      for (const c of v.changes) expect(versions[v.version].figures?.[c.figureId]).toBe(c.why);
      for (const c of v.sourceChanges ?? [])
        expect(versions[v.version].sources?.[c.sourceId]?.[c.field]).toBe(c.why);
    }
  });

  it("refuse a version that changes a figure twice: each reason needs a key of its own", () => {
    const change = { figureId: "a", kind: "added" as const, why: "x", sourceIds: [] };
    const twice = [{ version: "2027-01-01", summary: "s", changes: [change, change] }];
    expect(() => englishChangelogTexts(twice)).toThrow(/changes a twice/);
  });
});

describe.each(TRANSLATIONS)("table texts in %s", (language, tr) => {
  it("has every table's texts, in the English shape", () => {
    expect(Object.keys(tr.tables).sort()).toEqual(Object.keys(EN.tables).sort());
    for (const [id, en] of Object.entries(EN.tables)) {
      const t = tr.tables[id];
      expect([id, t.headers.length, t.labels.length, t.notes.length]).toEqual([
        id,
        en.headers.length,
        en.labels.length,
        en.notes.length,
      ]);
    }
  });

  it("has the texts of every figure of the dataset, shown in a table or not, and of no other", () => {
    const shape = (f: DatasetTexts["figures"]) =>
      Object.fromEntries(Object.entries(f).map(([id, t]) => [id, Object.keys(t).sort()]));
    expect(shape(tr.figures)).toEqual(shape(EN.figures));
  });

  it("has every version's summary and the reason of every change of the changelog, and no other", () => {
    // The English shape, each text replaced by its key path: a missing or an extra key shows by name.
    const shape = (texts: DatasetTexts["changelog"]) =>
      pairs(texts, texts, "changelog")
        .map(([where]) => where)
        .sort();
    expect(shape(tr.changelog)).toEqual(shape(EN.changelog));
  });

  it("writes the changelog's numbers as the English gives them, in the language's typography", () => {
    const differ = pairs(EN.changelog.versions, tr.changelog.versions, "changelog.versions")
      .filter(([, en, t]) => numbersOf(en, "en").join() !== numbersOf(t, language).join())
      .map(
        ([where, en, t]) => `${where}: ${numbersOf(en, "en")} | ${numbersOf(t, language)}: ${t}`
      );
    expect(differ).toEqual([]);
  });

  it("leaves no string empty", () => {
    const empty = readerPairs(tr).filter(([, en, t]) => en !== "" && t.trim() === "");
    expect(empty.map(([where]) => where)).toEqual([]);
  });

  it("keeps each note's figure tokens and ids and each template's placeholders", () => {
    const ids = (text: string) => (text.match(FIGURE_IDS) ?? []).sort().join();
    const differ = readerPairs(tr).filter(
      ([, en, t]) =>
        noteFigureIds(en).sort().join() !== noteFigureIds(t).sort().join() ||
        ids(en) !== ids(t) ||
        placeholdersOf(en).join() !== placeholdersOf(t).join()
    );
    expect(differ.map(([where, en, t]) => `${where}: ${en} | ${t}`)).toEqual([]);
  });

  it("leaves no English in the texts", () => {
    const english = /\b(the|and|with|which|were|seized|found|share|published|cases?)\b/i;
    const left = readerPairs(tr).filter(([, , t]) =>
      english.test(words(t).replace(OUTLET_NAMES, "{}"))
    );
    expect(left.map(([where, , t]) => `${where}: ${t}`)).toEqual([]);
  });

  it("uses the glossary's word wherever the English uses a term", () => {
    const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    const missing: string[] = [];
    for (const [where, enText, tText] of readerPairs(tr)) {
      const [en, t] = [words(enText), words(tText)];
      for (const term of GLOSSARY) {
        const enWords = [term.en.term, ...(term.en.forms ?? [])];
        // Phrases where the English word has another sense do not bind the term.
        const meant = (term.otherSenses ?? []).reduce(
          (text, phrase) => text.replace(new RegExp(escape(phrase), "gi"), ""),
          en
        );
        if (
          !enWords.some((w) =>
            new RegExp(`(^|[^\\p{L}])${escape(w)}($|[^\\p{L}])`, "iu").test(meant)
          )
        )
          continue;
        const own = term[language as "fr" | "nl" | "de"];
        const accepted = [own.term, ...(own.forms ?? [])].map((w) => w.toLocaleLowerCase());
        if (!accepted.some((w) => t.toLocaleLowerCase().includes(w)))
          missing.push(`${where}: "${term.en.term}" -> ${own.term} not in "${t}"`);
      }
    }
    expect(missing).toEqual([]);
  });

  describe.each(CATALOGUE.map((t): [string, TableDef] => [t.id, t]))("%s", (_id, table) => {
    const options = { anchorRow: 4, anchorCol: 2 };
    const en = buildCellPlan(table, options);
    const local = planInLanguage(table, options, tr);

    it("has the English plan's layout, numbers, formulas, sources and links", () => {
      const shape = (p: typeof en) => ({
        rowCount: p.rowCount,
        colCount: p.colCount,
        table: p.table,
        sourceRows: p.sourceRows,
        noteRows: p.noteRows,
        figureCells: p.figureCells,
        figureIds: p.figureIds,
        sourceIds: p.sourceIds,
        chart: p.chart,
        links: p.hyperlinks.map((h) => [h.row, h.col, h.url]),
      });
      expect(shape(local)).toEqual(shape(en));
      for (let r = 0; r < en.rowCount; r++)
        for (let c = 0; c < en.colCount; c++) {
          const v = en.values[r][c];
          if (typeof v === "number") expect(local.values[r][c]).toBe(v);
          else expect(typeof local.values[r][c]).toBe(v === null ? "object" : typeof v);
          if (en.formulas[r][c] !== v) expect(local.formulas[r][c]).toBe(en.formulas[r][c]);
        }
    });

    it("has the English number formats, but for the quoted words: the hedge “from” and the units", () => {
      const same = (f: string, words: DatasetTexts["words"]) =>
        Object.values(words.formatUnits).reduce(
          (format, unit) => format.split(`"${unit}"`).join('"<unit>"'),
          f.split(`"${words.fromPrefix}`).join('"<from>')
        );
      expect(local.numberFormats.map((row) => row.map((f) => same(f, tr.words)))).toEqual(
        en.numberFormats.map((row) => row.map((f) => same(f, EN.words)))
      );
    });

    it("has the same columns and unit ids, headers translated with their unit signs", () => {
      const local = tableInLanguage(table, tr.tables[table.id]);
      const unitOf = (c: TableDef["columns"][number]) => [
        c.kind,
        "unit" in c ? c.unit : null,
        "of" in c ? c.of : null,
        "info" in c ? c.info : null,
      ];
      expect(local.columns.map(unitOf)).toEqual(table.columns.map(unitOf));
      const sign = (h: string) => /\((t|%|€)\)$/.exec(h)?.[1] ?? null;
      expect(local.columns.map((c) => sign(c.header))).toEqual(
        table.columns.map((c) => sign(c.header))
      );
      const headersDiffer = local.columns.filter((c, i) => c.header !== table.columns[i].header);
      expect(headersDiffer.length).toBeGreaterThan(0);
    });
  });
});

describe("the quoted unit of a number format in each language", () => {
  const table = CATALOGUE.find((t) => t.id === "sky-ecc-user-shares") as TableDef;
  const column = table.columns.findIndex((c) => "unit" in c && c.unit === "share_points");
  const options = { anchorRow: 0, anchorCol: 0 };
  const english = buildCellPlan(table, options);
  // Belgium and the Netherlands: 25% in the article and for the prosecutor, a difference of 0.
  const row = english.values.findIndex((r) => r[0] === "Belgium and the Netherlands");
  afterAll(() => setActiveLanguage("en"));

  it("leaves the English formats as UNIT_FORMATS writes them", () => {
    for (const unit of UNITS)
      expect([unit, unitFormat(unit, EN.words)]).toEqual([unit, UNIT_FORMATS[unit]]);
  });

  it.each([
    ["fr", fr, " pts", "0,0 pts"],
    ["nl", nl, " ptn", "0,0 ptn"],
    ["de", de, " Pkt.", "0,0 Pkt."],
  ] as const)(
    "%s: a difference of shares reads in points of the language",
    (language, tr, word, shown) => {
      const plan = planInLanguage(table, options, tr);
      const format = plan.numberFormats[row][column];
      // Only the quoted word changes: the number's part of the format is the English one.
      expect(format).toBe(english.numberFormats[row][column].split('" pts"').join(`"${word}"`));
      expect(format).not.toContain("%");
      // The pane's preview of that cell, in the language's number conventions.
      setActiveLanguage(language);
      expect(cellText(plan.values[row][column], format).replace(/\s/g, " ")).toBe(shown);
    }
  );
});

describe("loading a language's texts", () => {
  it("gives the module of the language, once, and nothing for English", async () => {
    await expect(loadDatasetTexts("en")).resolves.toBeUndefined();
    const first = await loadDatasetTexts("de");
    expect(first).toBe(de);
    await expect(loadDatasetTexts("de")).resolves.toBe(first);
  });

  it("writes plain dates of the data with the language's month names", () => {
    const table = CATALOGUE.find((t) => t.id === "sky-ecc-trials") as TableDef;
    const cells = (texts: DatasetTexts) =>
      planInLanguage(table, { anchorRow: 0, anchorCol: 0 }, texts).values.flat();
    expect(cells(fr)).toContain("29 oct. 2024");
    expect(cells(de)).toContain("29. Okt. 2024");
    expect(cells(nl)).toContain("29 okt 2024");
  });
});

describe("the built bundles", () => {
  const dist = path.join(__dirname, "../../dist");
  const read = (file: string) => fs.readFileSync(path.join(dist, file), "utf8");

  it("load a language's table texts only from its own chunk", () => {
    const chunks = fs.readdirSync(path.join(dist, "chunks"));
    for (const [language, tr] of TRANSLATIONS) {
      const title = tr.tables["record-seizures-2021"].title;
      for (const start of ["taskpane.js", "functions.js"]) expect(read(start)).not.toContain(title);
      const own = chunks.filter((f) => f.startsWith(`dataset-${language}.`) && f.endsWith(".js"));
      expect(own).toHaveLength(1);
      expect(read(`chunks/${own[0]}`)).toContain(title);
    }
  });
});

describe("the standalone workbook in German", () => {
  it("names its sheets after the German titles and writes the Quellen sheet in German", () => {
    const tables = CATALOGUE.slice(0, 2);
    const usage = { figureIds: () => [], rates: () => [] };
    const book = buildWorkbookExport(tables, usage, "2026-12-06", DATASET, de);
    const english = buildWorkbookExport(tables, usage, "2026-12-06", DATASET);
    expect(book.sources.name).toBe("Quellen");
    expect(book.sources.plan.cells[0][0]).toBe(de.sources.marker);
    book.tables.forEach((sheet, i) => {
      expect(de.tables[sheet.table.id].title.startsWith(sheet.name.slice(0, 20))).toBe(true);
      expect(sheet.plan.values[0][0]).toBe(de.tables[sheet.table.id].title);
      expect(sheet.plan.formulas.flat().filter((f) => typeof f === "number")).toEqual(
        english.tables[i].plan.formulas.flat().filter((f) => typeof f === "number")
      );
    });
  });
});
