/**
 * The Sources sheet in Dutch (Bronnen) names and explains in Dutch every figure the workbook uses, the ones
 * a DESK function cites that no table shows as well as the tables' own.
 */
import { buildSourcesSheet } from "../../src/core/share/sourcesPlan";
import { DATASET } from "../../src/core/share/dataset";
import { isPlainDateLabel } from "../../src/core/i18n/periodLabel";
import { CATALOGUE, FIGURES } from "../../src/data";
import { buildCellPlan } from "../../src/core/cellPlan";
import nl from "../../src/i18n/dataset/nl";

const [WHAT, PERIOD, VALUE, NOTE] = ["Wat", "Periode", "Waarde", "Noot"].map((h) =>
  nl.sources.figuresHeader.indexOf(h)
);

describe("the Bronnen sheet for figures DESK functions cite", () => {
  const shownInTables = new Set(
    CATALOGUE.flatMap((t) => buildCellPlan(t, { anchorRow: 0, anchorCol: 0 }).figureIds)
  );
  const plan = buildSourcesSheet(
    { tables: [], functionFigureIds: FIGURES.map((f) => f.id), rates: [], writtenOn: "2026-12-06" },
    DATASET,
    nl
  );
  const rowOf = (id: string) => plan.cells.find((r) => r[0] === id) as unknown[];

  it("cites figures that no table shows", () => {
    expect([WHAT, PERIOD, VALUE, NOTE].every((c) => c > 0)).toBe(true);
    expect(FIGURES.filter((f) => !shownInTables.has(f.id)).length).toBeGreaterThan(0);
  });

  it.each(FIGURES.map((f) => [f.id, f] as const))("%s: what, note and period in Dutch", (id, f) => {
    const row = rowOf(id);
    const own = nl.figures[id];
    expect(row[WHAT]).toBe(own.measure);
    expect(row[WHAT]).not.toBe(f.measure);
    // A note that only names a report ("EUDA European Drug Report 2025.") reads the same in Dutch.
    if (f.note) expect(row[NOTE]).toBe(own.note);
    if (!isPlainDateLabel(f.period.label)) {
      expect(row[PERIOD]).toBe(own.period);
      expect(row[PERIOD]).not.toBe(f.period.label);
    }
    if (f.unit === "text" && !f.claim && typeof f.value === "string")
      expect([row[VALUE], own.value === f.value]).toEqual([own.value, false]);
    // A claim of the article is a quotation: it stays as the article put it.
    if (f.claim) expect(row[VALUE]).toBe(f.value);
  });
});
