/**
 * The Sources sheet written through the same layer as the pane's button, against the in-memory workbook:
 * what it cites, that it refreshes only its own sheet, that a user's "Sources" sheet is never touched, and
 * that a rate's citation is written in the sheet's language (its messages fetched as the page fetches
 * them, here read from the build).
 */
import fs from "fs";
import path from "path";
import { writeSourcesSheetIn } from "../../src/excel/sourcesSheet";
import { sourcesPlanFor } from "../../src/excel/sourcesPlanFor";
import { prepareForSharingIn } from "../../src/excel/sharePrepare";
import { SOURCES_MARKER } from "../../src/core/share/sourcesPlan";
import { createUsageLog } from "../../src/core/usage/usageLog";
import { englishText, msg } from "../../src/core/messages/text";
import { CATALOGUE } from "../../src/data";
import { figureById, sourceById } from "../../src/core/dataset/byId";
import { buildCellPlan } from "../../src/core/cellPlan";
import { uniqueTableName } from "../../src/core/placement";
import { setActiveLanguage } from "../../src/i18n/activeLanguage";
import de from "../../src/i18n/dataset/de";
import fr from "../../src/i18n/dataset/fr";
import { asExcelContext, FakeWorkbook, type SheetSnapshot } from "../support/fakeWorkbook";
import { DIST } from "../support/paths";
import { isoDateToDayNumberOrNaN } from "../../src/core/dates/dayNumber";
import { decodeRateTable, rateOn, type RateFound } from "../../src/core/rates";
import {
  bundledSource,
  citingRetrieval,
  ecbFileSource,
  ecbLiveSource,
  lookUpInChain,
  pinnedSource,
  type RateQuery,
} from "../../src/core/rates/chain";
import { EcbCache, type YearEntry } from "../../src/core/rates/ecb/cache";
import { RULE_PREVIOUS } from "../../src/core/rates/rules";
import type { Language } from "../../src/i18n/language";

const realFetch = global.fetch;

beforeAll(() => {
  // The page fetches a language's messages beside its script; here they are read from the build.
  global.fetch = (async (url: string) => {
    const file = path.join(DIST, path.basename(new URL(url).pathname));
    return { ok: true, status: 200, json: async () => JSON.parse(fs.readFileSync(file, "utf8")) };
  }) as unknown as typeof fetch;
});

afterAll(() => {
  global.fetch = realFetch;
});

function usage() {
  const log = createUsageLog();
  log.recordFigure("skyecc.users.worldwide.europol");
  log.recordFigure("seized.be.2021.emcdda");
  // A cell asked for EUR/USD on 2021-03-07; the rate of 2021-03-05 answered.
  log.recordRate("EUR", "USD", Date.parse("2021-03-07") / 86_400_000, {
    ok: true,
    rate: 1.1891,
    fullRate: 1.1891,
    dateUsed: "2021-03-05",
    dayUsed: Date.parse("2021-03-05") / 86_400_000,
    dayAsked: Date.parse("2021-03-07") / 86_400_000,
    digits: 5,
    source: "ECB euro reference rate (ECB history file)",
    citation: msg("citation.ecbFile"),
    rule: "previous",
  });
  return log;
}

const byValue = (sheet: SheetSnapshot | undefined, value: unknown, within = false) =>
  Object.entries(sheet?.cells ?? {}).filter(([, c]) =>
    within ? String(c.value).includes(String(value)) : c.value === value
  );

describe("Write Sources sheet", () => {
  const table = CATALOGUE[0];

  function workbookWithTable(): FakeWorkbook {
    const wb = new FakeWorkbook(["Sheet1"]);
    wb.setValue("Sheet1", "A1", table.title);
    wb.tables.push({ name: uniqueTableName(table.id, []), sheet: "Sheet1" });
    return wb;
  }

  it("cites every inserted table, every figure used, every rate and every source, with links, in 3 syncs", async () => {
    const wb = workbookWithTable();
    const context = wb.context();
    const sync = jest.spyOn(context, "sync");
    const outcome = await writeSourcesSheetIn(
      asExcelContext(context),
      sourcesPlanFor(usage(), "2026-11-30")
    );
    expect(sync).toHaveBeenCalledTimes(3);
    expect(outcome).toMatchObject({ sheetName: "Sources", refreshed: false });

    const sheet = wb.snapshot().find((s) => s.name === "Sources");
    expect(sheet?.cells.A1.value).toBe(SOURCES_MARKER);
    expect(byValue(sheet, table.title)).toHaveLength(1);
    const plan = buildCellPlan(table, { anchorRow: 0, anchorCol: 0 });
    for (const id of [...plan.figureIds, "skyecc.users.worldwide.europol", "seized.be.2021.emcdda"])
      expect(byValue(sheet, id)).toHaveLength(1);
    const figure = figureById("seized.be.2021.emcdda");
    const value = byValue(sheet, "seized.be.2021.emcdda")[0][0].replace(/\d+$/, "");
    const row = byValue(sheet, "seized.be.2021.emcdda")[0][0].slice(value.length);
    expect(sheet?.cells[`E${row}`].value).toBe(figure?.value);
    const links = new Set(
      Object.values(sheet?.cells ?? {})
        .map((c) => c.hyperlink)
        .filter(Boolean)
    );
    for (const id of [...plan.sourceIds, ...(figure?.sourceIds ?? [])])
      expect(links.has(sourceById(id)?.url)).toBe(true);
    expect(byValue(sheet, 1.1891)).toHaveLength(1);
    expect(byValue(sheet, "2021-03-05")).toHaveLength(1);
  });

  it("refreshes its own sheet in place, replacing only its content and keeping what it cited", async () => {
    const wb = workbookWithTable();
    await writeSourcesSheetIn(asExcelContext(wb.context()), sourcesPlanFor(usage(), "2026-11-30"));
    wb.setValue("Sources", "Z900", "stale");
    const others = wb.snapshot().filter((s) => s.name !== "Sources");
    const again = await writeSourcesSheetIn(
      asExcelContext(wb.context()),
      sourcesPlanFor(createUsageLog(), "2026-12-01")
    );
    expect(again).toMatchObject({ sheetName: "Sources", refreshed: true });
    expect(wb.sheets.map((s) => s.name)).toEqual(["Sheet1", "Sources"]);
    expect(wb.valueAt("Sources", "Z900")).toBe("");
    // A later session's log is empty: what the functions used before is still cited.
    const refreshed = wb.snapshot().find((s) => s.name === "Sources");
    expect(byValue(refreshed, "skyecc.users.worldwide.europol")).toHaveLength(1);
    expect(byValue(refreshed, 1.1891)).toHaveLength(1);
    expect(byValue(refreshed, "Written on 1 December 2026", true)).toHaveLength(1);
    expect(wb.snapshot().filter((s) => s.name !== "Sources")).toEqual(others);
  });

  it("never overwrites a user's own sheet called Sources", async () => {
    const wb = workbookWithTable();
    wb.addSheet("Sources");
    wb.setValue("Sources", "A1", "My sources");
    wb.setValue("Sources", "B2", 12);
    const before = wb.snapshot().find((s) => s.name === "Sources");
    const outcome = await writeSourcesSheetIn(
      asExcelContext(wb.context()),
      sourcesPlanFor(usage(), "2026-11-30")
    );
    expect(outcome.sheetName).toBe("Sources (Seizure Desk)");
    expect(wb.snapshot().find((s) => s.name === "Sources")).toEqual(before);
    const second = await writeSourcesSheetIn(
      asExcelContext(wb.context()),
      sourcesPlanFor(usage(), "2026-11-30")
    );
    expect(second).toMatchObject({ sheetName: "Sources (Seizure Desk)", refreshed: true });
    expect(wb.sheets).toHaveLength(3);
  });
});

describe("Prepare for sharing with the Sources sheet", () => {
  it("freezes and writes the Sources sheet in one run, with a constant number of syncs", async () => {
    const wb = new FakeWorkbook(["Data"]);
    wb.setFormula("Data", "A1", '=DESK.FIGURE("seized.be.2021.emcdda")', 89.5);
    const context = wb.context();
    const sync = jest.spyOn(context, "sync");
    const outcome = await prepareForSharingIn(
      asExcelContext(context),
      sourcesPlanFor(usage(), "2026-11-30")
    );
    expect(outcome.freeze.formulasFrozen).toBe(1);
    expect(outcome.sources.sheetName).toBe("Sources");
    expect(wb.formulaAt("Data", "A1")).toBeUndefined();
    expect(sync).toHaveBeenCalledTimes(5 + 3);
  });
});

describe("Write Sources sheet in the active language (German)", () => {
  const table = CATALOGUE[0];
  beforeAll(() => setActiveLanguage("de"));
  afterAll(() => setActiveLanguage("en"));

  function workbookWithTable(): FakeWorkbook {
    const wb = new FakeWorkbook(["Sheet1"]);
    wb.tables.push({ name: uniqueTableName(table.id, []), sheet: "Sheet1" });
    return wb;
  }

  it("writes German headings, labels, rule and date, and cites the same figures, rates and links", async () => {
    const wb = workbookWithTable();
    const outcome = await writeSourcesSheetIn(
      asExcelContext(wb.context()),
      sourcesPlanFor(usage(), "2026-11-30")
    );
    expect(outcome).toMatchObject({ sheetName: "Quellen", refreshed: false });
    const sheet = wb.snapshot().find((s) => s.name === "Quellen");
    expect(sheet?.cells.A1.value).toBe(de.sources.marker);
    expect(String(sheet?.cells.A2.value)).toContain("Erstellt am 30. November 2026.");
    for (const heading of [
      de.sources.tablesHeading,
      de.sources.figuresHeading,
      de.sources.ratesHeading,
      de.sources.sourcesHeading,
      ...de.sources.figuresHeader,
      ...de.sources.ratesHeader,
    ])
      expect(byValue(sheet, heading).length).toBeGreaterThan(0);
    expect(byValue(sheet, de.tables[table.id].title)).toHaveLength(1);
    expect(byValue(sheet, `previous: ${de.sources.rules.previous}`)).toHaveLength(1);
    expect(byValue(sheet, "DESK-Funktionen", true).length).toBeGreaterThan(0);

    // The same figures, rate and links as the English sheet.
    const english = await (async () => {
      setActiveLanguage("en");
      const en = workbookWithTable();
      await writeSourcesSheetIn(
        asExcelContext(en.context()),
        sourcesPlanFor(usage(), "2026-11-30")
      );
      setActiveLanguage("de");
      return en.snapshot().find((s) => s.name === "Sources");
    })();
    const numbers = (s: SheetSnapshot | undefined) =>
      Object.entries(s?.cells ?? {}).filter(([, c]) => typeof c.value === "number");
    expect(numbers(sheet)).toEqual(numbers(english));
    const links = (s: SheetSnapshot | undefined) =>
      Object.entries(s?.cells ?? {}).flatMap(([a, c]) => (c.hyperlink ? [[a, c.hyperlink]] : []));
    expect(links(sheet)).toEqual(links(english));
  });

  it("finds an English Sources sheet written earlier, refreshes it and keeps what it recorded", async () => {
    const wb = workbookWithTable();
    setActiveLanguage("en");
    await writeSourcesSheetIn(asExcelContext(wb.context()), sourcesPlanFor(usage(), "2026-11-30"));
    setActiveLanguage("de");
    const again = await writeSourcesSheetIn(
      asExcelContext(wb.context()),
      sourcesPlanFor(createUsageLog(), "2026-12-01")
    );
    expect(again).toMatchObject({ sheetName: "Sources", refreshed: true });
    expect(wb.sheets.map((s) => s.name)).toEqual(["Sheet1", "Sources"]);
    const sheet = wb.snapshot().find((s) => s.name === "Sources");
    expect(sheet?.cells.A1.value).toBe(de.sources.marker);
    // What the functions used in the earlier session is still cited, read from the English sheet.
    expect(byValue(sheet, "skyecc.users.worldwide.europol")).toHaveLength(1);
    expect(byValue(sheet, 1.1891)).toHaveLength(1);
  });
});

describe("Write Sources sheet in French, for a figure no table shows", () => {
  beforeAll(() => setActiveLanguage("fr"));
  afterAll(() => setActiveLanguage("en"));

  it("gives the French measure and note of a figure only DESK.FIGURE cited", async () => {
    // No catalogue table shows this figure: only the DESK function that looked it up cites it.
    const id = "skyecc.livereading.start";
    expect(
      CATALOGUE.some((t) => buildCellPlan(t, { anchorRow: 0, anchorCol: 0 }).figureIds.includes(id))
    ).toBe(false);
    const log = createUsageLog();
    log.recordFigure(id);
    const wb = new FakeWorkbook(["Sheet1"]);
    const outcome = await writeSourcesSheetIn(
      asExcelContext(wb.context()),
      sourcesPlanFor(log, "2026-12-06")
    );
    expect(outcome).toMatchObject({ sheetName: "Sources", refreshed: false });
    const sheet = wb.snapshot().find((s) => s.name === "Sources");
    expect(sheet?.cells.A1.value).toBe(fr.sources.marker);
    const [address] = byValue(sheet, id)[0] ?? [""];
    const row = address.replace(/^[A-Z]+/, "");
    const english = figureById(id);
    const own = fr.figures[id];
    expect(own.measure).not.toBe(english?.measure);
    expect(own.note).not.toBe(english?.note);
    expect(sheet?.cells[`B${row}`].value).toBe(own.measure);
    expect(sheet?.cells[`J${row}`].value).toBe(own.note);
  });
});

/**
 * A rate of each kind, as each source answers it and the usage log records it: the bundled rates (a cross
 * rate, and one through a fixed-rate currency), the ECB service (fetched now, and kept in the browser from
 * an earlier day), the ECB history file, the bundled rates standing in for an unreachable ECB service, and
 * a rate pinned in the workbook.
 */
describe("Write Sources sheet: each rate's citation in the sheet's language", () => {
  const day = isoDateToDayNumberOrNaN;
  const DAY = "2021-03-09";
  const SERVICE = "https://api.frankfurter.dev/v1";
  const PINNED_FROM = `ECB euro reference rate via ${SERVICE}`;
  const query = (from: string, to: string): RateQuery => ({
    from,
    to,
    day: day(DAY),
    latest: false,
    rule: RULE_PREVIOUS,
  });
  const found = (answer: unknown): RateFound => {
    if (!(answer as { ok?: boolean }).ok) throw new Error(JSON.stringify(answer));
    return answer as RateFound;
  };

  const decoded = decodeRateTable(fs.readFileSync(path.join(DIST, "rates.bin")));
  if (!decoded.ok) throw new Error(decoded.message);
  const table = decoded.table;

  /** A year of the service's rates in memory: fetched in this session, or read back from the browser. */
  function yearEntry(code: string, perEur: number, origin: YearEntry["origin"]): YearEntry {
    return {
      code,
      year: 2021,
      days: Int32Array.from([day("2021-03-08"), day(DAY)]),
      ratesPerEur: Float64Array.from([perEur, perEur]),
      throughDay: day("2021-12-31"),
      lastDay: day("2021-12-31"),
      fetchedAtMs: day("2026-12-01") * 86_400_000,
      origin,
    };
  }

  function service(origin: YearEntry["origin"] | "unreachable") {
    const cache = new EcbCache();
    if (origin !== "unreachable") {
      cache.put(yearEntry("USD", 1.1892, origin));
      cache.put(yearEntry("GBP", 0.8584, origin));
    }
    const offline = msg("service.offline", { origin: "https://api.frankfurter.dev" });
    return ecbLiveSource({
      cache,
      todayDayNumber: day("2026-12-06"),
      nowMs: day("2026-12-06") * 86_400_000,
      acceptStale: true,
      baseUrl: SERVICE,
      failureFor: () =>
        origin === "unreachable" ? { reason: englishText(offline), text: offline } : undefined,
    });
  }

  const file = ecbFileSource({
    currencies: ["JPY"],
    days: Int32Array.from([day(DAY)]),
    rates: Float64Array.from([129.12]),
    significantDigits: Uint8Array.from([5]),
  });
  const pins = new Map([
    [
      `EUR/CHF|${DAY}|previous`,
      { rate: 1.1037, dateUsed: DAY, source: PINNED_FROM, pinnedOn: "2026-12-01" },
    ],
  ]);

  /** Each rate by its pair, as a cell got it. */
  const answers: Record<string, RateFound> = {
    "EUR/COP": found(rateOn(table, "EUR", "COP", DAY)),
    "EUR/BGN": found(rateOn(table, "EUR", "BGN", DAY)),
    "EUR/USD": citingRetrieval(found(service("live").answer(query("EUR", "USD")))),
    "USD/GBP": citingRetrieval(found(service("stored").answer(query("USD", "GBP")))),
    "EUR/JPY": found(file.answer(query("EUR", "JPY"))),
    "EUR/SEK": found(
      lookUpInChain([service("unreachable"), bundledSource(table)], query("EUR", "SEK"))
    ),
    "EUR/CHF": found(pinnedSource(pins).answer(query("EUR", "CHF"))),
  };

  function usageOfEveryKind() {
    const log = createUsageLog();
    for (const [pair, answer] of Object.entries(answers)) {
      const [from, to] = pair.split("/");
      log.recordRate(from, to, day(DAY), answer);
    }
    return log;
  }

  /** The citation cell (G) of each rate row of a written sheet, by pair. */
  function citationsIn(sheet: SheetSnapshot | undefined): Record<string, unknown> {
    const cells = sheet?.cells ?? {};
    const out: Record<string, unknown> = {};
    for (const pair of Object.keys(answers)) {
      const [from, to] = pair.split("/");
      const row = Object.keys(cells)
        .filter((a) => /^A\d+$/.test(a) && cells[a].value === from)
        .map((a) => a.slice(1))
        .find((r) => cells[`B${r}`]?.value === to && cells[`C${r}`]?.value === DAY);
      out[pair] = row === undefined ? undefined : cells[`G${row}`]?.value;
    }
    return out;
  }

  async function written(language: Language, log = usageOfEveryKind(), wb?: FakeWorkbook) {
    const workbook = wb ?? new FakeWorkbook(["Sheet1"]);
    setActiveLanguage(language);
    try {
      const outcome = await writeSourcesSheetIn(
        asExcelContext(workbook.context()),
        sourcesPlanFor(log, "2026-12-06")
      );
      return workbook.snapshot().find((s) => s.name === outcome.sheetName);
    } finally {
      setActiveLanguage("en");
    }
  }

  /** The bundled rates' own words, from the English source text: who publishes and the dataset. */
  const bundledParts = (pair: string) => {
    const parts = /^(.+) daily series via (\S+ \S+) \(cross rate through USD\)/.exec(
      answers[pair].source
    );
    if (!parts) throw new Error(answers[pair].source);
    return { publisher: parts[1], dataset: parts[2] };
  };

  it("cites every rate in English exactly as its source text, as before", async () => {
    const english = citationsIn(await written("en"));
    expect(english).toEqual(
      Object.fromEntries(Object.entries(answers).map(([pair, a]) => [pair, a.source]))
    );
    expect(english["EUR/USD"]).toBe(`ECB euro reference rate via ${SERVICE} (live)`);
    expect(english["USD/GBP"]).toBe(
      `ECB euro reference rates (cross rate through EUR) via ${SERVICE} (cached, fetched 2026-12-01)`
    );
    expect(english["EUR/JPY"]).toBe("ECB euro reference rate (ECB history file)");
    expect(english["EUR/SEK"]).toMatch(
      / \(ECB rates unavailable: https:\/\/api\.frankfurter\.dev could not be reached: this computer is offline\)$/
    );
    expect(english["EUR/BGN"]).toMatch(/; BGN at its fixed rate of 1\.95583 per EUR$/);
    expect(english["EUR/CHF"]).toBe(`${PINNED_FROM} (pinned in this workbook 2026-12-01)`);
  });

  it("in French", async () => {
    const cop = bundledParts("EUR/COP");
    const bgn = bundledParts("EUR/BGN");
    const sek = bundledParts("EUR/SEK");
    const series = (p: { publisher: string; dataset: string }) =>
      `Séries quotidiennes ${p.publisher} via ${p.dataset} (taux croisé via le dollar américain)`;
    expect(citationsIn(await written("fr"))).toEqual({
      "EUR/COP": series(cop),
      "EUR/BGN": `${series(bgn)}\u202f; BGN à son taux fixe de 1,95583 pour 1 EUR`,
      "EUR/USD": `Taux de référence de l’euro de la BCE via ${SERVICE} (en direct)`,
      "USD/GBP": `Taux de référence de l’euro de la BCE (taux croisé via l’euro) via ${SERVICE} (en cache, récupéré le 1 décembre 2026)`,
      "EUR/JPY": "Taux de référence de l’euro de la BCE (fichier d’historique de la BCE)",
      "EUR/SEK": `${series(sek)} (taux de la BCE indisponibles\u00a0: https://api.frankfurter.dev est injoignable\u00a0: cet ordinateur est hors ligne)`,
      // The pin's stored source is quoted as the workbook holds it.
      "EUR/CHF": `${PINNED_FROM} (figé dans ce classeur le 1 décembre 2026)`,
    });
  });

  it("in Dutch", async () => {
    const series = (pair: string) => {
      const p = bundledParts(pair);
      return `Dagreeksen van ${p.publisher} via ${p.dataset} (kruiskoers via de Amerikaanse dollar)`;
    };
    expect(citationsIn(await written("nl"))).toEqual({
      "EUR/COP": series("EUR/COP"),
      "EUR/BGN": `${series("EUR/BGN")}; BGN tegen zijn vaste koers van 1,95583 per EUR`,
      "EUR/USD": `Euroreferentiekoers van de ECB via ${SERVICE} (live)`,
      "USD/GBP": `Euroreferentiekoersen van de ECB (kruiskoers via de euro) via ${SERVICE} (uit de cache, opgehaald op 1 december 2026)`,
      "EUR/JPY": "Euroreferentiekoers van de ECB (ECB-historiebestand)",
      "EUR/SEK": `${series("EUR/SEK")} (ECB-koersen niet beschikbaar: https://api.frankfurter.dev is onbereikbaar: deze computer is offline)`,
      "EUR/CHF": `${PINNED_FROM} (vastgelegd in deze werkmap op 1 december 2026)`,
    });
  });

  it("in German", async () => {
    const series = (pair: string) => {
      const p = bundledParts(pair);
      return `Tagesreihen von ${p.publisher} über ${p.dataset} (Kreuzkurs über den US-Dollar)`;
    };
    expect(citationsIn(await written("de"))).toEqual({
      "EUR/COP": series("EUR/COP"),
      "EUR/BGN": `${series("EUR/BGN")}; BGN zu seinem festen Kurs von 1,95583 je EUR`,
      "EUR/USD": `Euro-Referenzkurs der EZB von ${SERVICE} (live)`,
      "USD/GBP": `Euro-Referenzkurse der EZB (Kreuzkurs über den Euro) von ${SERVICE} (zwischengespeichert, abgerufen am 1. Dezember 2026)`,
      "EUR/JPY": "Euro-Referenzkurs der EZB (EZB-Verlaufsdatei)",
      "EUR/SEK": `${series("EUR/SEK")} (EZB-Kurse nicht verfügbar: https://api.frankfurter.dev ist nicht erreichbar: Dieser Computer ist offline)`,
      "EUR/CHF": `${PINNED_FROM} (in dieser Arbeitsmappe festgeschrieben am 1. Dezember 2026)`,
    });
  });

  it("keeps the words of an earlier sheet it refreshes in another language: written text is not translated", async () => {
    const wb = new FakeWorkbook(["Sheet1"]);
    const french = citationsIn(await written("fr", usageOfEveryKind(), wb));
    // A later session has used no rate: what the French sheet cited is read back and kept as it was.
    const refreshed = citationsIn(await written("de", createUsageLog(), wb));
    expect(refreshed).toEqual(french);
  });
});
