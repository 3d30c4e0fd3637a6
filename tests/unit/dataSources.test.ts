/**
 * Every source can be found again: its own title, its full date, the page itself. A gap is allowed only with
 * its reason recorded, and the dataset's validator reports every breach.
 */
import { CATALOGUE, FIGURES, SOURCES } from "../../src/data";
import type { Source } from "../../src/data";
import { sourceById } from "../../src/core/dataset/byId";
import { isHomePageUrl, sourceMetadataProblems } from "../../src/core/dataset/sourceMetadata";
import { validateDataset } from "../../src/core/dataset/validate";

const FULL_DAY = /^\d{4}-\d{2}-\d{2}$/;

describe("every source of the dataset", () => {
  it("has a title, or a recorded reason for having none", () => {
    for (const s of SOURCES) {
      const reason = s.titleNotGiven?.trim() ?? "";
      expect([s.id, Boolean(s.title?.trim()) !== Boolean(reason)]).toEqual([s.id, true]);
    }
  });

  it("has a full ISO date, or a recorded reason why it stops at the month or year", () => {
    for (const s of SOURCES) {
      const full = FULL_DAY.test(s.date);
      expect([s.id, full || Boolean(s.dayNotGiven?.trim())]).toEqual([s.id, true]);
      if (full) expect([s.id, s.dayNotGiven]).toEqual([s.id, undefined]);
    }
  });

  it("cites a page, never a publisher's home page", () => {
    for (const s of SOURCES) expect([s.id, isHomePageUrl(s.url)]).toEqual([s.id, false]);
  });

  it("breaks none of these rules, as the validator reads them", () => {
    expect(SOURCES.flatMap(sourceMetadataProblems)).toEqual([]);
  });
});

describe("isHomePageUrl", () => {
  it.each([
    ["https://www.nieuwsblad.be/", true],
    ["https://www.nieuwsblad.be", true],
    ["https://bx1.be/fr/", true],
    ["https://www.lanacion.com.ar/?", true],
    ["https://www.nieuwsblad.be/cnt/dmf20210309_95986571", false],
    ["https://www.insidebw.de/?p=1189080", false],
    ["https://nos.nl/artikel/2528106-douane", false],
    ["not a url", false],
  ])("%s -> %s", (url, expected) => {
    expect(isHomePageUrl(url)).toBe(expected);
  });
});

describe("validateDataset reports a source that cannot be found again", () => {
  const good = sourceById("politie-nl-2021-03-09") as Source;

  it.each<[string, Partial<Source>, RegExp]>([
    ["no title and no reason", { title: undefined }, /no title, and no titleNotGiven saying why/],
    ["a blank title", { title: "  " }, /no title, and no titleNotGiven/],
    ["a section name as title", { title: "Nieuws" }, /names a section or the publisher/],
    ["the publisher as title", { title: "Politie (Dutch National Police)" }, /names a section/],
    ["a title cut short without a note", { title: "Nieuwe klap voor…" }, /truncated/],
    ["a title and a reason for none", { titleNotGiven: "not stored" }, /a title and a reason/],
    ["a month without a reason", { date: "2021-03" }, /stops short of the day, and no dayNotGiven/],
    ["a year without a reason", { date: "2021" }, /stops short of the day/],
    ["a day that does not exist", { date: "2021-02-30" }, /not a calendar day/],
    ["a full day and a reason", { dayNotGiven: "month only" }, /a full date and a reason/],
    ["a home page", { url: "https://www.politie.nl/" }, /is a publisher's home page/],
    ["a language front page", { url: "https://www.politie.nl/nl/" }, /is a publisher's home page/],
  ])("%s", (_, change, message) => {
    const problems = validateDataset({
      figures: FIGURES,
      sources: [...SOURCES.filter((s) => s.id !== good.id), { ...good, ...change }],
      tables: CATALOGUE,
    }).join("\n");
    expect(problems).toMatch(new RegExp(`Source ${good.id}: .*${message.source}`));
  });

  it("accepts a gap whose reason is recorded", () => {
    const gaps: Source = {
      ...good,
      title: undefined,
      titleNotGiven: "No stored copy of the page was found to read it from.",
      date: "2021-03",
      dayNotGiven: "The stored copy of the page shows the month only.",
    };
    expect(sourceMetadataProblems(gaps)).toEqual([]);
  });
});
