import { CATALOGUE, FIGURES, SOURCES } from "../../src/data";
import { figureById } from "../../src/core/dataset/byId";
import type { ColumnDef, Figure, TableDef } from "../../src/data";
import { buildCellPlan } from "../../src/core/cellPlan";
import { validateDataset } from "../../src/core/dataset/validate";

const NOTE_TOKEN = /\{[^}]*\}/g;

function table(id: string): TableDef {
  const t = CATALOGUE.find((x) => x.id === id);
  if (!t) throw new Error(`missing table ${id}`);
  return t;
}

/** Figure ids shown in a table's body. */
function bodyIds(t: TableDef): string[] {
  return t.rows.flatMap((row) =>
    row.filter(
      (cell, c): cell is string =>
        cell !== null && (t.columns[c].kind === "figure" || t.columns[c].kind === "mixedFigure")
    )
  );
}

describe("the catalogue", () => {
  it("holds the ten curated tables, with unique ids", () => {
    expect(CATALOGUE.map((t) => t.id)).toEqual([
      "operation-day-2021-03-09",
      "record-seizures-2021",
      "sky-ecc-in-numbers",
      "sky-ecc-user-shares",
      "cocaine-seized-by-country",
      "cocaine-seized-in-ports",
      "cocaine-ports-2023-2025-details",
      "sky-ecc-belgium-aftermath",
      "sky-ecc-trials",
      "fact-check-2021-03-10",
    ]);
  });

  it("refers only to figures that exist, with matching units (dataset rules for tables)", () => {
    const problems = validateDataset({
      figures: FIGURES,
      sources: SOURCES,
      tables: CATALOGUE,
    }).filter((p) => p.startsWith("Table"));
    expect(problems).toEqual([]);
    for (const t of CATALOGUE) for (const id of bodyIds(t)) expect(figureById(id)).toBeDefined();
  });

  it("retypes no number: figure cells are ids, notes cite figures by token", () => {
    for (const t of CATALOGUE) {
      t.rows.forEach((row) =>
        row.forEach((cell, c) => {
          const kind = t.columns[c].kind;
          if (kind === "figure" || kind === "mixedFigure") {
            if (cell !== null) expect(cell).toMatch(/^[a-z0-9]+(\.[a-z0-9+-]+)+$/);
          } else if (kind === "derived" || kind === "figureInfo") {
            expect(cell).toBeNull();
          }
        })
      );
      for (const note of t.notes) {
        const prose = note.replace(NOTE_TOKEN, "");
        expect(prose).not.toMatch(/\d[\d,.]*\s*(t\b|%|tonnes|kg|million|billion)/);
        expect(prose).not.toMatch(/[€$]\s*\d/);
      }
    }
  });

  it("puts units in the headers of numeric columns", () => {
    const hint: Partial<Record<string, RegExp>> = {
      tonnes: /\(t\)/,
      share: /\(%\)|percentage points/,
      EUR: /\(€\)/,
      persons: /\(persons\)/,
      cases: /\(cases\)/,
      years_prison: /\(years\)/,
    };
    for (const t of CATALOGUE) {
      for (const column of t.columns) {
        const unit =
          column.kind === "figure" || column.kind === "derived" ? column.unit : undefined;
        const expected = unit ? hint[unit] : undefined;
        if (expected) expect(`${t.id}: ${column.header}`).toMatch(expected);
      }
    }
  });

  it("sets a chart on the series tables", () => {
    for (const id of [
      "cocaine-seized-by-country",
      "cocaine-seized-in-ports",
      "sky-ecc-user-shares",
      "sky-ecc-belgium-aftermath",
    ]) {
      expect(table(id).chart).toBeDefined();
    }
  });
});

describe("each table's content", () => {
  it("operation day: Belgium and the Netherlands, primary sources beside the article", () => {
    const ids = bodyIds(table("operation-day-2021-03-09"));
    for (const id of [
      "op.be.agents.prosecutor",
      "op.be.agents.later",
      "op.be.searches",
      "op.be.arrests",
      "op.be.cash",
      "op.nl.arrests",
      "op.nl.firearms",
    ]) {
      expect(ids).toContain(id);
    }
    expect(ids.filter((id) => figureById(id)?.claim)).toHaveLength(6);
  });

  it("record seizures: the three February–March finds, the live phase and the article's 17 / 16 / 7 t", () => {
    const ids = bodyIds(table("record-seizures-2021"));
    for (const id of [
      "seizure.hamburg.2021-02.zoll",
      "seizure.antwerp.2021-02.wood",
      "seizure.antwerp.investigation.cumulative",
      "seizure.antwerp.livephase",
      "seizure.hamburg.2021-02.found",
      "seizure.hamburg.2021-02.announced",
      "article.seized.be.17t",
      "article.seized.de.16t",
      "article.seized.nl.7t",
    ]) {
      expect(ids).toContain(id);
    }
  });

  it("by country: seven countries and the EU total per year, with share formulas over the EU column", () => {
    const t = table("cocaine-seized-by-country");
    expect(t.rows.map((r) => r[0])).toEqual([
      "2019",
      "2020",
      "2021",
      "2022",
      "2023",
      "2024",
      "2025",
    ]);
    const figureColumns = t.columns.filter((c) => c.kind === "figure");
    expect(figureColumns).toHaveLength(8);
    const euColumn = t.columns.findIndex((c) => c.header.startsWith("EU total"));
    const shares = t.columns.filter(
      (c): c is Extract<ColumnDef, { kind: "derived" }> => c.kind === "derived"
    );
    expect(shares).toHaveLength(7);
    for (const s of shares)
      expect(s.derive).toMatchObject({ op: "shareOfColumn", total: euColumn });
    // No EU total for 2024 or 2025 was published: those rows have none, and no share.
    for (const row of t.rows.slice(0, 5))
      expect(figureById(row[euColumn] as string)?.place).toBe("EU");
    for (const row of t.rows.slice(5)) expect(row[euColumn]).toBeNull();
    // France 2019 is customs alone, not a national total: kept out of the series, cited in a note.
    expect(t.rows[0][5]).toBeNull();
    expect(t.notes.join(" ")).toContain("{seized.fr.2019.customs}");
  });

  it("ports: Antwerp, Rotterdam and Hamburg per year with year-on-year change", () => {
    const t = table("cocaine-seized-in-ports");
    const changes = t.columns.filter(
      (c) => c.kind === "derived" && c.derive.op === "changeOnPreviousRow"
    );
    expect(changes).toHaveLength(3);
    const places = new Set(bodyIds(t).map((id) => figureById(id)?.place));
    expect([...places].sort()).toEqual(["Antwerp port", "Hamburg port", "Rotterdam port"]);
  });

  it("user shares: prosecutor, Europol, Dutch police and article side by side", () => {
    const ids = bodyIds(table("sky-ecc-user-shares"));
    for (const id of [
      "skyecc.users.share.benl.prosecutor",
      "skyecc.users.share.benl.europol",
      "skyecc.users.share.nl.dutch-police",
      "article.skyecc.share.benl",
      "article.skyecc.share.antwerp",
    ]) {
      expect(ids).toContain(id);
    }
  });

  it("aftermath: one, two, about three and five years on", () => {
    const ids = bodyIds(table("sky-ecc-belgium-aftermath"));
    for (const prefix of [
      "aftermath.be.2022-03",
      "aftermath.be.2023-03",
      "aftermath.be.2023-12",
      "aftermath.be.2026-02",
    ]) {
      expect(ids.some((id) => id.startsWith(prefix))).toBe(true);
    }
  });

  it("fact check: every claim of the article once, beside its first primary figure", () => {
    const t = table("fact-check-2021-03-10");
    const claims = FIGURES.filter((f) => f.claim);
    expect(t.rows.map((r) => r[1])).toEqual(claims.map((c) => c.id));
    t.rows.forEach((row, i) => expect(row[3]).toBe(claims[i].claim?.primaryFigureIds[0] ?? null));
    // Each value has its unit beside it, so "€2,200 per 6 months" and "€2,200 per year" read apart.
    expect(t.columns[2]).toEqual({
      kind: "figureInfo",
      header: "Unit (article)",
      of: 1,
      info: "unit",
    });
    expect(t.columns[4]).toEqual({
      kind: "figureInfo",
      header: "Unit (sources)",
      of: 3,
      info: "unit",
    });
  });
});

describe("what the December 2026 review found stays fixed", () => {
  const plan = (id: string) => buildCellPlan(table(id), { anchorRow: 0, anchorCol: 0 });

  it("no change on the year is computed from a figure derived from the other input (circular)", () => {
    for (const t of CATALOGUE) {
      const p = plan(t.id);
      t.columns.forEach((column, c) => {
        if (column.kind !== "derived" || column.derive.op !== "changeOnPreviousRow") return;
        const col = column.derive.col;
        t.rows.forEach((row, r) => {
          const current = row[col] ? figureById(row[col] as string) : undefined;
          const previous = r > 0 && t.rows[r - 1][col] ? (t.rows[r - 1][col] as string) : null;
          if (!current || !previous) return;
          const circular =
            (current.derivedFrom?.figureIds ?? []).includes(previous) ||
            (figureById(previous)?.derivedFrom?.figureIds ?? []).includes(current.id);
          // Hamburg 2020 is derived from 2021: their change is left empty, not shown.
          if (circular) expect(p.values[p.table.row + 1 + r][c]).toBeNull();
        });
      });
    }
    expect(figureById("port.rotterdam.2020.om")?.derivedFrom).toBeUndefined();
  });

  it("Hamburg's 2023 change compares Hamburg with Bremerhaven in both years", () => {
    const ports = plan("cocaine-seized-in-ports");
    const years = ports.values.map((r) => r[0]);
    const hamburgChange = ports.values[years.indexOf("2023")][6] as number;
    expect(hamburgChange).toBeCloseTo(35 / 13 - 1, 12);
  });

  it("differences of shares are in percentage points, never with a % sign, and never across bases", () => {
    const shares = table("sky-ecc-user-shares");
    const derived = shares.columns.filter((c) => c.kind === "derived");
    expect(derived.map((c) => c.header)).toEqual(["Article minus prosecutor (percentage points)"]);
    expect(derived.every((c) => c.unit === "share_points")).toBe(true);
    const p = plan("sky-ecc-user-shares");
    const col = shares.columns.indexOf(derived[0]);
    const benl = p.values.findIndex((r) => r[0] === "Belgium and the Netherlands");
    expect(p.values[benl][col]).toBe(0); // 25% against 25%
    expect(p.numberFormats[benl][col]).not.toContain("%");
    expect(p.numberFormats[benl][col]).toContain(" pts");
  });

  it("the aftermath's milestones are labelled with the month of their figures", () => {
    const t = table("sky-ecc-belgium-aftermath");
    const MONTHS = [
      "Jan",
      "Feb",
      "Mar",
      "Apr",
      "May",
      "Jun",
      "Jul",
      "Aug",
      "Sep",
      "Oct",
      "Nov",
      "Dec",
    ];
    for (const row of t.rows) {
      const ids = row.slice(1).filter((id): id is string => id !== null);
      for (const id of ids) {
        const end = (figureById(id) as Figure).period.end;
        const label = `${MONTHS[Number(end.slice(5, 7)) - 1]} ${end.slice(0, 4)}`;
        expect(row[0]).toContain(label);
      }
    }
    expect(t.rows.map((r) => r[0])).toContain("3 years (Mar 2024): federal police");
  });

  it("the record seizures warn that the live-phase total includes the other finds", () => {
    const notes = table("record-seizures-2021").notes.join(" ");
    for (const id of [
      "seizure.antwerp.livephase",
      "seizure.antwerp.2021-02.wood",
      "seizure.antwerp.2021-04-03",
    ])
      expect(notes).toContain(`{${id}}`);
  });
});
