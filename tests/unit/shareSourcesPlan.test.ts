import {
  buildSourcesSheet,
  FIGURES_HEADER,
  mergeUsage,
  recordedUsage,
  SOURCES_MARKER,
} from "../../src/core/share/sourcesPlan";
import type { RateUse } from "../../src/core/usage/usageLog";
import { DATASET } from "../../src/core/share/dataset";
import { chooseSourcesSheet } from "../../src/core/share/sourcesSheetName";
import { catalogueTablesIn } from "../../src/core/share/sourcesTables";
import { CATALOGUE, DATASET_VERSION, FIGURES } from "../../src/data";

describe("Sources sheet plan", () => {
  it("lists every figure the functions used, with its citation and a link to its first source", () => {
    const ids = FIGURES.slice(0, 20).map((f) => f.id);
    const plan = buildSourcesSheet(
      { tables: [], functionFigureIds: ids, rates: [], writtenOn: "2026-11-30" },
      DATASET
    );
    expect(plan.cells[0][0]).toBe(SOURCES_MARKER);
    expect(plan.cells[2][0]).toBe(`Seizure Desk dataset version: ${DATASET_VERSION}`);
    const width = plan.cells[0].length;
    expect(plan.cells.every((row) => row.length === width)).toBe(true);
    expect(plan.numberFormats.map((r) => r.length)).toEqual(plan.cells.map((r) => r.length));
    const citationCol = FIGURES_HEADER.indexOf("Citation");
    const linkCol = FIGURES_HEADER.indexOf("Link");
    for (const figure of FIGURES.slice(0, 20)) {
      const row = plan.cells.findIndex((r) => r[0] === figure.id);
      expect(row).toBeGreaterThan(0);
      expect(plan.cells[row][citationCol]).toBe(DATASET.citation(figure));
      const link = plan.hyperlinks.find((l) => l.row === row && l.col === linkCol);
      expect(link?.url).toBe(DATASET.sourceById(figure.sourceIds[0])?.url);
    }
  });

  it("names an unknown figure id rather than dropping it", () => {
    const plan = buildSourcesSheet(
      { tables: [], functionFigureIds: ["no.such"], rates: [], writtenOn: "2026-11-30" },
      DATASET
    );
    expect(
      plan.cells.some((r) => r[0] === "no.such" && r[1] === "Not in this version of the dataset")
    ).toBe(true);
  });
});

describe("what an earlier Sources sheet recorded", () => {
  const rates: RateUse[] = [
    {
      from: "EUR",
      to: "USD",
      dateAsked: "latest",
      dateUsed: "2026-11-27",
      rule: "previous",
      rate: 1.05,
      source: "ECB",
    },
    {
      from: "GBP",
      to: "EUR",
      dateAsked: "2021-03-06",
      dateUsed: "2021-03-08",
      rule: "next",
      rate: 1.16,
      source: "IMF",
    },
  ];

  it("reads back the figures the functions used and every rate, but not the tables' own figures", () => {
    const [table] = CATALOGUE;
    const plan = buildSourcesSheet(
      {
        tables: [{ table, sheet: "One", figureIds: ["seized.be.2019.emcdda"], sourceIds: [] }],
        functionFigureIds: ["skyecc.users.worldwide.europol", "seized.be.2023.euda"],
        rates,
        writtenOn: "2026-11-30",
      },
      DATASET
    );
    const read = recordedUsage(plan.cells);
    expect(read.figureIds.sort()).toEqual([
      "seized.be.2023.euda",
      "skyecc.users.worldwide.europol",
    ]);
    expect(read.rates).toEqual(rates);
  });

  it("merges with this session's use, each figure and rate once", () => {
    const merged = mergeUsage(
      { figureIds: ["b", "a"], rates: [rates[0]] },
      { figureIds: ["a", "c"], rates: [{ ...rates[0], rate: 9 }, rates[1]] }
    );
    expect(merged.figureIds).toEqual(["a", "b", "c"]);
    expect(merged.rates).toEqual([rates[0], rates[1]]);
  });
});

describe("which sheet gets the Sources", () => {
  it("reuses ours, even renamed, and never takes a user's sheet", () => {
    expect(chooseSourcesSheet([{ name: "Sheet1", firstCell: "" }])).toEqual({
      name: "Sources",
      exists: false,
    });
    expect(chooseSourcesSheet([{ name: "sources", firstCell: "mine" }])).toEqual({
      name: "Sources (Seizure Desk)",
      exists: false,
    });
    expect(chooseSourcesSheet([{ name: "Refs", firstCell: SOURCES_MARKER }])).toEqual({
      name: "Refs",
      exists: true,
    });
    expect(
      chooseSourcesSheet([
        { name: "Sources", firstCell: "mine" },
        { name: "Sources (Seizure Desk)", firstCell: "also mine" },
      ]).name
    ).toBe("Sources (Seizure Desk) (2)");
  });
});

describe("catalogue tables in a workbook", () => {
  it("are found by the names the insert layer gives them, copies included", () => {
    const [a, b] = CATALOGUE;
    const found = catalogueTablesIn(
      [
        { name: "Desk_" + a.id.replace(/[^A-Za-z0-9_.]/g, "_"), sheet: "One" },
        { name: "Desk_" + b.id.replace(/[^A-Za-z0-9_.]/g, "_") + "_2", sheet: "Two" },
        { name: "Table1", sheet: "Three" },
      ],
      CATALOGUE
    );
    expect(found.map((f) => [f.table.id, f.sheet])).toEqual([
      [a.id, "One"],
      [b.id, "Two"],
    ]);
  });
});
