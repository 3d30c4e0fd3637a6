/**
 * The Sources sheet written through the same layer as the pane's button, against the in-memory workbook:
 * what it cites, that it refreshes only its own sheet, and that a user's "Sources" sheet is never touched.
 */
import { writeSourcesSheetIn } from "../../src/excel/sourcesSheet";
import { sourcesPlanFor } from "../../src/excel/sourcesPlanFor";
import { prepareForSharingIn } from "../../src/excel/sharePrepare";
import { SOURCES_MARKER } from "../../src/core/share/sourcesPlan";
import { createUsageLog } from "../../src/core/usage/usageLog";
import { msg } from "../../src/core/messages/text";
import { CATALOGUE } from "../../src/data";
import { figureById, sourceById } from "../../src/core/dataset/byId";
import { buildCellPlan } from "../../src/core/cellPlan";
import { uniqueTableName } from "../../src/core/placement";
import { setActiveLanguage } from "../../src/i18n/activeLanguage";
import de from "../../src/i18n/dataset/de";
import fr from "../../src/i18n/dataset/fr";
import { asExcelContext, FakeWorkbook, type SheetSnapshot } from "../support/fakeWorkbook";

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
