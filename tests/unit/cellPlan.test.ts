import { HyperFormula } from "hyperformula";
import { buildCellPlan, type CellPlanLookup } from "../../src/core/cellPlan";
import type { CellPlan, CellValue } from "../../src/core/cellPlanTypes";
import { CATALOGUE } from "../../src/data";
import { figureById, sourceById, sourceCitation } from "../../src/core/dataset/byId";
import type { Figure, Source, TableDef } from "../../src/data";

/** Places the plan's formulas (or values) on a sheet at its anchor and lets HyperFormula compute them. */
function evaluate(plan: CellPlan): (row: number, col: number) => unknown {
  const sheet: (string | number | boolean | null)[][] = Array.from(
    { length: plan.anchor.row + plan.rowCount },
    () => Array(plan.anchor.col + plan.colCount).fill(null)
  );
  plan.formulas.forEach((row, r) =>
    row.forEach((cell, c) => {
      sheet[plan.anchor.row + r][plan.anchor.col + c] = cell;
    })
  );
  const hf = HyperFormula.buildFromArray(sheet, { licenseKey: "gpl-v3" });
  return (row, col) =>
    hf.getCellValue({ sheet: 0, row: plan.anchor.row + row, col: plan.anchor.col + col });
}

function isFormula(cell: CellValue): cell is string {
  return typeof cell === "string" && cell.startsWith("=");
}

/** Checks every formula cell against the value the core computed: same number, or empty for empty. */
function expectFormulasMatchValues(plan: CellPlan): number {
  const at = evaluate(plan);
  let checked = 0;
  plan.formulas.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (!isFormula(cell)) return;
      checked++;
      const computed = at(r, c);
      const expected = plan.values[r][c];
      if (expected === null) {
        expect({ cell: `${r},${c}`, computed }).toEqual({ cell: `${r},${c}`, computed: "" });
      } else {
        expect(typeof computed).toBe("number");
        expect(Math.abs((computed as number) - (expected as number))).toBeLessThanOrEqual(1e-9);
      }
    })
  );
  return checked;
}

describe("formulas agree with the values computed by the core (HyperFormula)", () => {
  const derivedTables = CATALOGUE.filter((t) => t.columns.some((c) => c.kind === "derived"));

  it("the catalogue has derived columns to check", () => {
    expect(derivedTables.map((t) => t.id).sort()).toEqual([
      "cocaine-seized-by-country",
      "cocaine-seized-in-ports",
      "sky-ecc-user-shares",
    ]);
  });

  it.each(CATALOGUE.map((t) => [t.id, t] as const))(
    "%s, anchored at row 3, column 2 and at A1",
    (_, table) => {
      for (const [anchorRow, anchorCol] of [
        [3, 2],
        [0, 0],
        [17, 29],
      ]) {
        const plan = buildCellPlan(table, { anchorRow, anchorCol });
        const checked = expectFormulasMatchValues(plan);
        // Every derived cell that carries a formula is checked; a table with derived columns has some.
        const withFormula = plan.formulas.flat().filter(isFormula).length;
        expect(checked).toBe(withFormula);
        if (table.columns.some((c) => c.kind === "derived")) expect(checked).toBeGreaterThan(0);
        // Outside derived cells, what is written live is exactly what is written as values.
        plan.formulas.forEach((row, r) =>
          row.forEach((cell, c) => {
            if (!isFormula(cell)) expect(cell).toEqual(plan.values[r][c]);
          })
        );
      }
    }
  );
});

describe("layout", () => {
  const ports = CATALOGUE.find((t) => t.id === "cocaine-seized-in-ports") as TableDef;

  it("writes formulas for the anchor: anchored at row 4, column 3, the title is D5", () => {
    const plan = buildCellPlan(ports, { anchorRow: 4, anchorCol: 3 });
    expect(plan.values[0][0]).toBe(ports.title);
    expect(plan.values[1]).toEqual(ports.columns.map((c) => c.header));
    // Body starts on sheet row 7 (D7...); Antwerp (column 1) is E; 2020 is the second body row.
    expect(plan.formulas[3][4]).toBe('=IF(OR(E8="",E7="",E7=0),"",(E8-E7)/E7)');
    expect(plan.formulas[2][4]).toBeNull();
    expect(plan.values[2][4]).toBeNull();
  });

  it("marks the Excel table, leaves a gap row, then one linked source line per source, then notes", () => {
    for (const table of CATALOGUE) {
      const plan = buildCellPlan(table, { anchorRow: 3, anchorCol: 2 });
      expect(plan.table).toEqual({
        row: 1,
        col: 0,
        rowCount: 1 + table.rows.length,
        colCount: table.columns.length,
      });
      const gap = plan.table.row + plan.table.rowCount;
      expect(plan.values[gap].every((v) => v === null)).toBe(true);
      expect(plan.sourceRows).toEqual(plan.sourceIds.map((_, i) => gap + 1 + i));
      expect(plan.sourceRow).toBe(plan.sourceRows[0]);
      expect(plan.noteRows[0]).toBe(gap + 1 + plan.sourceIds.length);
      expect(plan.rowCount).toBe(plan.noteRows[plan.noteRows.length - 1] + 1);
      expect(plan.values[plan.sourceRows[0]][0]).toMatch(/^Sources: /);
      expect(plan.hyperlinks.map((h) => h.url)).toEqual(
        plan.sourceIds.map((id) => sourceById(id)?.url)
      );
      plan.hyperlinks.forEach((h, i) => {
        expect(h).toMatchObject({ row: plan.sourceRows[i], col: 0 });
        expect(plan.values[h.row][0]).toBe(h.text);
        expect(h.text).toContain(sourceCitation(sourceById(plan.sourceIds[i]) as Source));
      });
      for (const r of plan.noteRows) expect(plan.values[r][0]).toMatch(/^Note: /);
      expect(plan.values.every((row) => row.length === plan.colCount)).toBe(true);
      expect(plan.numberFormats.every((row) => row.length === plan.colCount)).toBe(true);
      expect(plan.chart).toEqual(table.chart);
    }
  });

  it("lists every figure shown or cited, and every source of them", () => {
    for (const table of CATALOGUE) {
      const plan = buildCellPlan(table, { anchorRow: 0, anchorCol: 0 });
      const shown = table.rows.flatMap((row) =>
        row.filter(
          (id, c): id is string =>
            id !== null &&
            (table.columns[c].kind === "figure" || table.columns[c].kind === "mixedFigure")
        )
      );
      const cited = table.notes.flatMap((n) => [...n.matchAll(/\{([^}]*)\}/g)].map((m) => m[1]));
      expect(new Set(plan.figureIds)).toEqual(new Set([...shown, ...cited]));
      const sources = new Set(plan.figureIds.flatMap((id) => (figureById(id) as Figure).sourceIds));
      expect(new Set(plan.sourceIds)).toEqual(sources);
      expect(plan.sourceIds).toHaveLength(sources.size);
    }
  });

  it("expands note tokens into the figure's value and names provisional figures", () => {
    const plan = buildCellPlan(ports, { anchorRow: 0, anchorCol: 0 });
    const notes = plan.noteRows.map((r) => plan.values[r][0] as string);
    expect(notes.join(" ")).not.toMatch(/\{/);
    expect(notes[0]).toContain("91 t");
    expect(notes).toContainEqual(
      expect.stringMatching(
        /^Note: Derived, not published: cocaine seized \(Hamburg port, 2020\): /
      )
    );
    expect(notes).toContainEqual(
      expect.stringMatching(/^Note: Signs before a number, as the source hedges it: ~ about\./)
    );
  });

  it("reads naturally: no doubled words, large round amounts in words", () => {
    for (const table of CATALOGUE) {
      const plan = buildCellPlan(table, { anchorRow: 0, anchorCol: 0 });
      for (const r of plan.noteRows) expect(plan.values[r][0]).not.toMatch(/\b(\w+) \1\b/i);
    }
    const seizures = buildCellPlan(CATALOGUE[1], { anchorRow: 0, anchorCol: 0 });
    expect(seizures.noteRows.map((r) => seizures.values[r][0]).join(" ")).toContain(
      "€1.382 billion"
    );
  });
});

describe("number formats", () => {
  const plan = (id: string) =>
    buildCellPlan(CATALOGUE.find((t) => t.id === id) as TableDef, { anchorRow: 0, anchorCol: 0 });

  it("fit units and keep the source's hedge as a prefix", () => {
    const op = plan("operation-day-2021-03-09");
    expect(op.numberFormats[2][1]).toBe("#,##0"); // 1,500 persons
    expect(op.numberFormats[3][1]).toBe('">"#,##0'); // more than 1,600
    expect(op.numberFormats[2][2]).toBe('"~"#,##0'); // about 200 searches
    expect(op.numberFormats[2][4]).toBe('"€"#,##0');
    expect(op.numberFormats[2][0]).toBe("@");
    const ports = plan("cocaine-seized-in-ports");
    expect(ports.numberFormats[2][1]).toBe("#,##0.0");
    expect(ports.numberFormats[3][4]).toBe("+0.0%;-0.0%;0.0%");
    const shares = plan("sky-ecc-user-shares");
    expect(shares.numberFormats[2][1]).toBe("0.0%");
    const numbers = plan("sky-ecc-in-numbers");
    const handset = numbers.values.findIndex((row) => row[0] === "Handset");
    expect(numbers.numberFormats[handset][1]).toBe('"from €"#,##0');
    const seizures = plan("record-seizures-2021");
    expect(seizures.numberFormats[2][4]).toBe("@");
    expect(seizures.values[2][4]).toBe("2021-02-12");
    expect(seizures.values[2][7]).toBe("differs");
  });
});

describe("empty and degenerate inputs, on a stand-in dataset", () => {
  const src: Source = {
    id: "s",
    publisher: "P",
    date: "2024",
    url: "https://p.example/",
    language: "en",
    kind: "primary",
  };
  const t = (id: string, value: number, provisional = false): Figure => ({
    id,
    value,
    unit: "tonnes",
    period: { start: "2020-01-01", end: "2020-12-31", label: "2020" },
    place: "XX",
    measure: "m",
    sourceIds: ["s"],
    confidence: "high",
    note: "n",
    ...(provisional ? { provisional: true } : {}),
  });
  const figures = new Map(
    [t("a.one", 10), t("a.two", 0), t("a.three", 30, true), t("a.total", 40)].map((f) => [f.id, f])
  );
  const lookup: CellPlanLookup = {
    figureById: (id) => figures.get(id),
    sourceById: (id) => (id === "s" ? src : undefined),
  };
  const table: TableDef = {
    id: "stand-in",
    title: "Stand-in",
    description: "d",
    period: "p",
    topic: "statistics",
    countries: ["XX"],
    columns: [
      { kind: "label", header: "Row" },
      { kind: "figure", header: "A (t)", unit: "tonnes" },
      { kind: "figure", header: "B (t)", unit: "tonnes" },
      {
        kind: "derived",
        header: "A/B",
        unit: "share",
        derive: { op: "shareOfColumn", part: 1, total: 2 },
      },
      {
        kind: "derived",
        header: "Share of total",
        unit: "share",
        derive: { op: "shareOfRow", part: 1, totalRowLabel: "Total" },
      },
      {
        kind: "derived",
        header: "Change",
        unit: "share",
        derive: { op: "changeOnPreviousRow", col: 1 },
      },
      { kind: "derived", header: "A-B", unit: "tonnes", derive: { op: "difference", a: 1, b: 2 } },
    ],
    rows: [
      ["first", "a.one", "a.two", null, null, null, null],
      ["missing", null, "a.one", null, null, null, null],
      ["third", "a.three", null, null, null, null, null],
      ["zero", "a.two", "a.one", null, null, null, null],
      ["Total", "a.total", "a.one", null, null, null, null],
    ],
    notes: ["See {a.total}."],
  };

  it("leaves derived cells empty, never an error, where an input is empty or a divisor zero", () => {
    const plan = buildCellPlan(table, { anchorRow: 3, anchorCol: 2 }, lookup);
    const body = plan.values.slice(2, 7).map((row) => row.slice(3));
    expect(body).toEqual([
      [null, 0.25, null, 10],
      [null, null, null, null],
      // "third" is provisional: no share or change is computed from it, but the difference is.
      [null, null, null, null],
      [0, 0, null, -10],
      [4, 1, null, 30],
    ]);
    expect(expectFormulasMatchValues(plan)).toBe(17);
    expect(plan.formulas[5][5]).toBeNull(); // change from the provisional row
    expect(plan.formulas[2][5]).toBeNull();
  });

  it("notes the provisional figure and cites the note's figure", () => {
    const plan = buildCellPlan(table, { anchorRow: 0, anchorCol: 0 }, lookup);
    const notes = plan.noteRows.map((r) => plan.values[r][0]);
    expect(notes).toEqual([
      "Note: See 40 t.",
      "Note: Provisional: m (XX, 2020): 30 t.",
      "Note: Shares and changes left empty because an input is a bound, a part-year, provisional or derived figure: m (XX, 2020): 30 t.",
    ]);
    expect(plan.figureIds).toEqual(["a.one", "a.two", "a.three", "a.total"]);
    expect(plan.sourceIds).toEqual(["s"]);
  });

  it("computes no share or change from a bound or a part-year figure, and says so", () => {
    const bound = {
      ...(figures.get("a.one") as Figure),
      id: "a.bound",
      qualifier: "more than" as const,
    };
    const partYear = {
      ...(figures.get("a.one") as Figure),
      id: "a.part",
      period: { start: "2020-01-01", end: "2020-06-30", label: "Jan–Jun 2020" },
    };
    const more = new Map([...figures, [bound.id, bound], [partYear.id, partYear]]);
    const plan = buildCellPlan(
      {
        ...table,
        rows: [
          ["first", "a.bound", "a.total", null, null, null, null],
          ["second", "a.part", "a.total", null, null, null, null],
          ["Total", "a.total", "a.one", null, null, null, null],
        ],
      },
      { anchorRow: 0, anchorCol: 0 },
      { ...lookup, figureById: (id) => more.get(id) }
    );
    expect(plan.values[2][3]).toBeNull(); // more than 10 of 40: no share
    expect(plan.formulas[2][3]).toBeNull();
    expect(plan.values[3][3]).toBeNull(); // half a year of 10 against a year of 40
    expect(plan.values[4][3]).toBe(4); // a year against a year
    const notes = plan.noteRows.map((r) => plan.values[r][0] as string);
    expect(notes.join("\n")).toMatch(
      /Shares and changes left empty .*m \(XX, 2020\): more than 10 t; m \(XX, Jan–Jun 2020\): 10 t/
    );
    expect(notes.join("\n")).toMatch(
      /Signs before a number, as the source hedges it: > more than\./
    );
  });

  it("refuses unknown ids, ragged rows, unit mismatches and derivations from non-figure columns", () => {
    const withCell = (cell: string | null, col = 1): TableDef => ({
      ...table,
      rows: [table.rows[0].map((v, c) => (c === col ? cell : v)), ...table.rows.slice(1)],
    });
    expect(() =>
      buildCellPlan(withCell("a.nothing"), { anchorRow: 0, anchorCol: 0 }, lookup)
    ).toThrow(/unknown figure id "a.nothing"/);
    expect(() =>
      buildCellPlan({ ...table, rows: [["x"]] }, { anchorRow: 0, anchorCol: 0 }, lookup)
    ).toThrow(/1 cells for 7 columns/);
    const shares: Figure = { ...t("a.share", 0.5), unit: "share" };
    figures.set(shares.id, shares);
    expect(() =>
      buildCellPlan(withCell("a.share"), { anchorRow: 0, anchorCol: 0 }, lookup)
    ).toThrow(/in share, the column in tonnes/);
    const bad: TableDef = {
      ...table,
      columns: table.columns.map((c, i) =>
        i === 3 ? ({ ...c, derive: { op: "difference", a: 0, b: 1 } } as typeof c) : c
      ),
    };
    expect(() => buildCellPlan(bad, { anchorRow: 0, anchorCol: 0 }, lookup)).toThrow(
      /not a figure column/
    );
  });
});
