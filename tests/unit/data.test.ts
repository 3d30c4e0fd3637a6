import {
  CATALOGUE,
  FIGURES,
  SEIZURE_PLACES,
  SEIZURE_SERIES,
  SEIZURE_SOURCE_KEYS,
  SEIZURE_YEARS,
  SOURCES,
  UNIT_FORMATS,
  UNITS,
  USER_BASES,
  USER_REGIONS,
  USER_SHARES,
} from "../../src/data";
import {
  citation,
  figureById,
  HOME_PAGE_REMARK,
  sourceById,
  tableById,
} from "../../src/core/dataset/byId";
import {
  resolveSeizurePlace,
  seizureFigureId,
  seizureFigureIds,
} from "../../src/core/dataset/seizures";
import { resolveUserRegion, userShareIds } from "../../src/core/dataset/userShares";
import type { Figure, Source } from "../../src/data";
import { validateDataset } from "../../src/core/dataset/validate";

const dataset = { figures: FIGURES, sources: SOURCES, tables: CATALOGUE };

function figure(id: string): Figure {
  const f = figureById(id);
  if (!f) throw new Error(`missing figure ${id}`);
  return f;
}

describe("the dataset as a whole", () => {
  it("breaks none of its rules", () => {
    expect(validateDataset(dataset)).toEqual([]);
  });

  it("every figure has at least one source, and every source a URL and a date", () => {
    for (const f of FIGURES) {
      expect(f.sourceIds.length).toBeGreaterThan(0);
      for (const id of f.sourceIds) {
        const s = sourceById(id);
        expect(s).toBeDefined();
        expect(s?.url).toMatch(/^https?:\/\/\S+$/);
        expect(s?.date).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
      }
    }
  });

  it("ids are unique and units come from the closed list", () => {
    expect(new Set(FIGURES.map((f) => f.id)).size).toBe(FIGURES.length);
    expect(new Set(SOURCES.map((s) => s.id)).size).toBe(SOURCES.length);
    expect(new Set(SOURCES.map((s) => s.url)).size).toBe(SOURCES.length);
    for (const f of FIGURES) expect(UNITS).toContain(f.unit);
    for (const u of UNITS) expect(UNIT_FORMATS[u]).toBeTruthy();
  });

  it("every article claim has a verdict and existing primary figures", () => {
    const claims = FIGURES.filter((f) => f.claim);
    expect(claims.length).toBeGreaterThan(0);
    for (const c of claims) {
      expect(["agrees", "differs", "not_found"]).toContain(c.claim?.verdict);
      for (const id of c.claim?.primaryFigureIds ?? []) expect(figureById(id)).toBeDefined();
      for (const id of c.sourceIds) expect(sourceById(id)?.kind).toBe("article");
    }
  });

  it("only the article and its translation are of kind article, and both are cited", () => {
    const articles = SOURCES.filter((s) => s.kind === "article").map((s) => s.publisher);
    expect(articles.sort()).toEqual(["Clarín (Buenos Aires, Argentina)", "Pledge Times"]);
  });
});

describe("validateDataset can fail", () => {
  const base = figure("op.be.arrests");
  const source = sourceById("politie-nl-2021-03-09") as Source;

  it.each<[string, Partial<Figure>, RegExp]>([
    ["no source", { sourceIds: [] }, /no source/],
    ["unknown source", { sourceIds: ["nowhere"] }, /unknown source nowhere/],
    ["unknown unit", { unit: "furlongs" as Figure["unit"] }, /not in UNITS/],
    ["share above 1", { unit: "share", value: 25 }, /0\.\.1/],
    ["text in a numeric unit", { value: "48" }, /finite number/],
    ["bad period", { period: { start: "2021-02-30", end: "2021-03-01", label: "x" } }, /ISO dates/],
    ["upper-case id", { id: "Op.BE.arrests" }, /lowercase/],
    [
      "claim with unknown primary",
      {
        sourceIds: ["pledgetimes-2021-03-10"],
        claim: { verdict: "agrees", primaryFigureIds: ["nope"] },
      },
      /unknown primary figure nope/,
    ],
    ["article cited by a non-claim", { sourceIds: ["pledgetimes-2021-03-10"] }, /not a claim/],
    [
      "wrong derived value",
      {
        value: 1,
        provisional: true,
        note: "op.nl.arrests op.nl.searches",
        derivedFrom: { op: "sum", figureIds: ["op.nl.arrests", "op.nl.searches"] },
      },
      /differs from its derivation/,
    ],
  ])("reports %s", (_, change, message) => {
    const broken = { ...base, ...change };
    const problems = validateDataset({
      ...dataset,
      figures: [...FIGURES.filter((f) => f.id !== base.id), broken],
    });
    expect(problems.join("\n")).toMatch(message);
  });

  it("reports a source without URL, an unused source and a duplicate figure", () => {
    const problems = validateDataset({
      figures: [...FIGURES, base],
      sources: [
        ...SOURCES.filter((s) => s.id !== source.id),
        { ...source, url: "politie.nl" },
        { ...source, id: "spare", url: "https://x.example/" },
      ],
      tables: CATALOGUE,
    }).join("\n");
    expect(problems).toMatch(/politie-nl-2021-03-09: URL is not http/);
    expect(problems).toMatch(/spare: cited by no figure/);
    expect(problems).toMatch(/op\.be\.arrests: duplicate id/);
  });

  it("reports a home-page citation and a wire report marked on one copy only", () => {
    const problems = validateDataset({
      ...dataset,
      sources: [
        ...SOURCES.filter((s) => s.id !== source.id && s.id !== "standaard-2022-03-09"),
        { ...source, urlIsHomePage: true, note: "home page" },
        { ...(sourceById("standaard-2022-03-09") as Source), sameReportAs: undefined },
      ],
    }).join("\n");
    expect(problems).toMatch(/politie-nl-2021-03-09: a publisher's home page is no citation/);
    expect(problems).toMatch(/lalibre-2022-03-09: standaard-2022-03-09 does not name it back/);
  });

  it("reports a plain http, AMP or CDN address that no note explains", () => {
    const problems = validateDataset({
      ...dataset,
      sources: [
        ...SOURCES.filter((s) => s.id !== source.id),
        { ...source, url: "http://www.politie.nl/nieuws/x.amp.html", note: undefined },
      ],
    }).join("\n");
    expect(problems).toMatch(
      /politie-nl-2021-03-09: a plain http, AMP or CDN address needs a note/
    );
  });

  it("reports a contradicted claim graded high and a derived figure shown as what sources say", () => {
    const claimOf = (id: string) => ({ ...figure(id) });
    const highDiffers = { ...claimOf("article.seized.be.17t"), confidence: "high" as const };
    const derivedFirst = {
      ...claimOf("article.skyecc.share.antwerp"),
      claim: {
        verdict: "not_found" as const,
        primaryFigureIds: ["skyecc.users.share.antwerp.prosecutor"],
      },
    };
    const problems = validateDataset({
      ...dataset,
      figures: [
        ...FIGURES.filter((f) => f.id !== highDiffers.id && f.id !== derivedFirst.id),
        highDiffers,
        derivedFirst,
      ],
    }).join("\n");
    expect(problems).toMatch(
      /article\.seized\.be\.17t: a claim that differs cannot be high confidence/
    );
    expect(problems).toMatch(
      /article\.skyecc\.share\.antwerp: first primary figure skyecc\.users\.share\.antwerp\.prosecutor is derived/
    );
  });

  it("reports a column of mixed units without a unit column", () => {
    const factCheck = tableById("fact-check-2021-03-10") as (typeof CATALOGUE)[number];
    const columns = factCheck.columns.filter(
      (c) => !(c.kind === "figureInfo" && c.info === "unit")
    );
    const keep = factCheck.columns.map((c) => columns.includes(c));
    // Without its unit columns the figureInfo columns point elsewhere; only the unit rule is looked at.
    const rows = factCheck.rows.map((r) => r.filter((_, i) => keep[i]));
    const problems = validateDataset({
      ...dataset,
      tables: [{ ...factCheck, columns, rows }],
    }).join("\n");
    expect(problems).toMatch(/column 1 mixes units .* with no unit column beside it/);
  });

  it("reports a table cell with an unknown figure or a unit mismatch", () => {
    const table = CATALOGUE[0];
    const rows = table.rows.map((r) => [...r]);
    rows[0][1] = "no.such.figure";
    rows[0][2] = "op.be.arrests";
    const problems = validateDataset({ ...dataset, tables: [{ ...table, rows }] }).join("\n");
    expect(problems).toMatch(/unknown figure no\.such\.figure/);
    expect(problems).toMatch(/op\.be\.arrests is in persons, the column in searches/);
  });
});

describe("look-ups and citations", () => {
  it("finds figures, sources and tables by id, forgiving case and spaces", () => {
    expect(figureById(" Seized.BE.2023.EUDA ")?.value).toBe(123);
    expect(sourceById("EUROPOL-2021-03-10")?.publisher).toBe("Europol");
    expect(tableById(CATALOGUE[0].id)).toBe(CATALOGUE[0]);
    expect(figureById("seized.be.2022.euda")).toBeUndefined();
  });

  it("cites every source of a figure, in order, publisher, title, date and URL", () => {
    const f = figure("skyecc.users.worldwide.europol");
    expect(citation(f)).toBe(
      'Europol, "New major interventions to block encrypted communications of criminal networks", 2021-03-10, ' +
        "https://statewatch.org/statewatch-database/new-major-interventions-to-block-encrypted-communications-of-criminal-networks"
    );
    const two = figure("op.be.arrests");
    const parts = citation(two).split("; ");
    expect(parts).toHaveLength(two.sourceIds.length);
    two.sourceIds.forEach((id, i) => expect(parts[i]).toContain((sourceById(id) as Source).url));
  });

  it("leaves a missing title out, and no citation is a publisher's home page", () => {
    expect(citation(figure("seizure.hamburg.2021-02.om"))).toBe(
      "NRC, 2021-02-24, https://www.nrc.nl/nieuws/2021/02/24/23-000-kilo-cocaine-onderschept-in-hamburg-en-antwerpen-bestemming-nederland-a4033048"
    );
    for (const f of FIGURES) expect(citation(f)).not.toContain(HOME_PAGE_REMARK);
    expect(SOURCES.filter((s) => s.urlIsHomePage)).toEqual([]);
  });

  it("marks a wire report carried twice as one report, on both copies", () => {
    expect(citation(figure("op.be.arrests"))).toContain(
      "(the same Belga report as The Brussels Times (Belga))"
    );
    for (const [a, b] of [
      ["standaard-2022-03-09", "lalibre-2022-03-09"],
      ["abendblatt-2024", "ndr-2024"],
      ["nieuwsblad-2021-03-09", "brusselstimes-2021-03-09"],
    ]) {
      expect(sourceById(a)?.sameReportAs).toBe(b);
      expect(sourceById(b)?.sameReportAs).toBe(a);
    }
  });
});

describe("the article's figures (facts.md section 2)", () => {
  const SECTION_2_CLAIMS: Record<string, string> = {
    "article.seized.be.17t": "differs",
    "article.seized.be.record": "differs",
    "article.seized.de.16t": "differs",
    "article.seized.nl.7t": "differs",
    "article.op.be.agents": "agrees",
    "article.op.be.searches": "agrees",
    "article.op.be.arrests": "agrees",
    "article.op.be.cash": "agrees",
    "article.op.be.items": "agrees",
    "article.op.be.weapons": "not_found",
    "article.op.nl.arrests": "agrees",
    "article.op.nl.weapons": "agrees",
    "article.skyecc.messages": "agrees",
    "article.skyecc.messages.decrypted": "agrees",
    "article.investigation.duration": "agrees",
    "article.skyecc.devices.seized": "not_found",
    "article.skyecc.share.benl": "agrees",
    "article.skyecc.share.antwerp": "not_found",
    "article.skyecc.price.low": "differs",
    "article.skyecc.price.high": "differs",
    "article.skyecc.bounty": "agrees",
    "article.skyecc.base": "agrees",
    "article.person.vanleeuw": "agrees",
    "article.person.driesen": "agrees",
  };

  it.each(Object.entries(SECTION_2_CLAIMS))("%s is a claim with verdict %s", (id, verdict) => {
    expect(figure(id).claim?.verdict).toBe(verdict);
  });

  it("holds no claim beyond that list", () => {
    const claimIds = FIGURES.filter((f) => f.claim)
      .map((f) => f.id)
      .sort();
    expect(claimIds).toEqual(Object.keys(SECTION_2_CLAIMS).sort());
  });

  it("checks the claims against what the primary sources published", () => {
    expect(figure("article.seized.be.17t").claim?.primaryFigureIds).toContain(
      "seizure.antwerp.investigation.cumulative"
    );
    expect(figure("seizure.antwerp.investigation.cumulative").period.start < "2021-01-01").toBe(
      true
    );
    expect(figure("seizure.antwerp.2021-02.wood").place).toBe("Antwerp port");
    expect(figure("seizure.hamburg.2021-02.found").value).toBe("2021-02-12");
    expect(figure("seizure.hamburg.2021-02.announced").value).toBe("2021-02-24");
  });
});

describe("disagreeing sources stay separate", () => {
  it.each([
    ["port.antwerp.2021.customs", "port.antwerp.2021.emcdda"],
    ["port.rotterdam.2022.om", "port.rotterdam.2022.customs"],
    ["port.antwerp.2023.customs", "port.antwerp.2023.belga"],
    ["port.antwerp.2019.customs", "port.antwerp.2019.rijnmond"],
    ["port.rotterdam.2019.om", "port.rotterdam.2019.customs"],
    ["intercepted.latam-to-be.2024.afp", "intercepted.latam-to-be.2024.belga"],
    ["port.rotterdam.2025.om", "port.rotterdam.2025.customs"],
    ["seized.es.2023.govt", "seized.es.2023.euda"],
    ["seized.es.2023.euda", "seized.es.2023.natsec"],
    ["skyecc.users.share.benl.prosecutor", "skyecc.users.share.benl.europol"],
    ["skyecc.users.nl.prosecutor", "skyecc.users.nl.dutch-police"],
    ["op.be.agents.prosecutor", "op.be.agents.later"],
    ["aftermath.be.2022-03.suspects.standaard", "aftermath.be.2022-03.suspects.justice"],
    ["aftermath.be.2024-10.money", "aftermath.be.2026-02.money"],
    ["seized.it.2019.dcsa-2020", "seized.it.2019.dcsa-2021"],
  ])("%s and %s: two values, two sources", (a, b) => {
    const fa = figure(a);
    const fb = figure(b);
    expect(fa.value).not.toEqual(fb.value);
    expect(fa.sourceIds).not.toEqual(fb.sourceIds);
    expect(fa.unit).toBe(fb.unit);
  });
});

describe("derived figures", () => {
  const derived = FIGURES.filter((f) => f.derivedFrom);

  it("exist, are provisional, and name their inputs in the note", () => {
    expect(derived.length).toBeGreaterThan(5);
    for (const f of derived) {
      expect(f.provisional).toBe(true);
      for (const id of f.derivedFrom?.figureIds ?? []) expect(f.note).toContain(id);
    }
  });

  // Worked by hand from the published inputs (value of each input figure in brackets).
  it.each([
    // sum: 6,000 [users.be] + 12,000 [users.nl] users
    ["skyecc.users.benl.prosecutor", 18000],
    // product: 6,000 [users.be] x 0.5 [Antwerp's share of Belgium's users]
    ["skyecc.users.antwerp.prosecutor", 3000],
    // ratios over 70,000 active devices: 6,000, 12,000 and 3,000 users
    ["skyecc.users.share.be.prosecutor", 0.0857143],
    ["skyecc.users.share.nl.prosecutor", 0.1714286],
    ["skyecc.users.share.antwerp.prosecutor", 0.0428571],
    // 3,000 Antwerp users of 18,000 in Belgium and the Netherlands: one in six
    ["skyecc.users.share.antwerp-of-benl.prosecutor", 0.1666667],
    // 11,000 Dutch users of 70,000 worldwide, by the Dutch police
    ["skyecc.users.share.nl.dutch-police", 0.1571429],
    // 26.5 t in 2021 was 102% more than 2020: 26.5 / 2.02
    ["seized.fr.2020.ofast", 13.1188119],
    // difference: 19.111 t in 2021, 11.023 t more than in 2020
    ["port.hamburg.2020.customs", 8.088],
  ])("%s is %d", (id, expected) => {
    expect(figure(id).value).toBeCloseTo(expected, 6);
  });

  it("say why no published figure replaces them: Hamburg customs gave no 2020 total", () => {
    const hamburg2020 = figure("port.hamburg.2020.customs");
    expect(hamburg2020.derivedFrom).toEqual({
      op: "difference",
      figureIds: ["port.hamburg.2021.customs", "port.hamburg.2021.increase-on-2020.customs"],
    });
    expect(hamburg2020.note).toMatch(/published no 2020 total/);
    expect(hamburg2020.note).toMatch(/Derived, not published/);
  });

  it("are all worked by hand above", () => {
    expect(derived.map((f) => f.id).sort()).toEqual(
      [
        "skyecc.users.benl.prosecutor",
        "skyecc.users.antwerp.prosecutor",
        "skyecc.users.share.be.prosecutor",
        "skyecc.users.share.nl.prosecutor",
        "skyecc.users.share.antwerp.prosecutor",
        "skyecc.users.share.antwerp-of-benl.prosecutor",
        "skyecc.users.share.nl.dutch-police",
        "seized.fr.2020.ofast",
        "port.hamburg.2020.customs",
      ].sort()
    );
  });
});

describe("SEIZURE_SERIES (DESK.SEIZED)", () => {
  const entries = SEIZURE_PLACES.flatMap((place) =>
    SEIZURE_YEARS.flatMap((year) => {
      const entry = SEIZURE_SERIES[place][year];
      return entry ? [{ place, year, entry }] : [];
    })
  );

  it("points at tonnes of the right year and place, for every source key", () => {
    for (const { place, year, entry } of entries) {
      expect(entry.bySource[entry.defaultSource]).toBeDefined();
      for (const [key, id] of Object.entries(entry.bySource)) {
        expect(Object.keys(SEIZURE_SOURCE_KEYS)).toContain(key);
        const f = figure(id);
        expect(f.unit).toBe("tonnes");
        expect(f.period.start.slice(0, 4)).toBe(String(year));
        const expectedPlace = place.length === 2 ? place : `${place} port`;
        expect(f.place).toBe(expectedPlace);
      }
    }
  });

  it("defaults to a national authority's final figure wherever one published", () => {
    for (const { entry } of entries) {
      const finalNational = Object.entries(entry.bySource).filter(
        ([k, id]) => k !== "euda" && !figure(id).provisional
      );
      if (finalNational.length > 0) expect(entry.defaultSource).not.toBe("euda");
      // A preliminary national figure gives way to the EU agency's final one.
      const byDefault = figure(entry.bySource[entry.defaultSource]);
      if (byDefault.provisional && entry.defaultSource !== "euda" && entry.bySource.euda)
        throw new Error(`${byDefault.id}: preliminary default`);
    }
  });

  it("covers every place for 2019–2023 except the years nothing was published, and goes on to 2025", () => {
    const missing = SEIZURE_PLACES.flatMap((p) =>
      SEIZURE_YEARS.filter((y) => y <= 2023 && !SEIZURE_SERIES[p][y]).map((y) => `${p} ${y}`)
    );
    expect(missing).toEqual(["BE 2022", "IT 2023"]);
    expect(SEIZURE_YEARS[SEIZURE_YEARS.length - 1]).toBe(2025);
    const published = (y: number) => SEIZURE_PLACES.filter((p) => SEIZURE_SERIES[p][y]);
    expect(published(2024)).toEqual(["NL", "DE", "Antwerp", "Rotterdam"]);
    expect(published(2025)).toEqual(["NL", "Antwerp", "Rotterdam"]);
  });

  it("accepts ISO codes, English names and ports, case-insensitively", () => {
    expect(resolveSeizurePlace("belgium")).toBe("BE");
    expect(resolveSeizurePlace(" the netherlands ")).toBe("NL");
    expect(resolveSeizurePlace("PORT OF ANTWERP")).toBe("Antwerp");
    expect(resolveSeizurePlace("Atlantis")).toBeUndefined();
    expect(seizureFigureIds("Spain", 2023)?.default).toBe("seized.es.2023.govt");
    expect(seizureFigureIds("BE", 2022)).toBeUndefined();
  });

  it("answers per source, with aliases, and #N/A-style undefined otherwise", () => {
    expect(seizureFigureId("BE", 2023)).toBe("seized.be.2023.euda");
    expect(seizureFigureId("Antwerp", 2024)).toBe("port.antwerp.2024.customs");
    expect(seizureFigureId("NL", 2023)).toBe("seized.nl.2023.customs");
    expect(seizureFigureId("be", 2023, "EMCDDA")).toBe("seized.be.2023.euda");
    expect(seizureFigureId("Rotterdam", 2022, "customs")).toBe("port.rotterdam.2022.customs");
    expect(seizureFigureId("BE", 2023, "national")).toBeUndefined();
    expect(seizureFigureId("DE", 2023, "national")).toBe("seized.de.2023.bka");
    expect(seizureFigureId("DE", 2019, "euda")).toBeUndefined();
    expect(seizureFigureId("DE", 2019, "tea leaves")).toBeUndefined();
  });
});

describe("USER_SHARES (DESK.SHAREOFUSERS, DESK.USERS)", () => {
  const PLACE_OF: Record<string, string[]> = {
    BE: ["BE"],
    NL: ["NL"],
    "BE+NL": ["BE+NL"],
    "Antwerp area": ["Antwerp area", "Antwerp district"],
  };

  it("points at shares (0..1) and user counts of the right region", () => {
    for (const region of USER_REGIONS) {
      for (const basis of USER_BASES) {
        const ids = USER_SHARES[region][basis];
        if (!ids) continue;
        const share = figure(ids.shareId);
        expect(share.unit).toBe("share");
        expect(share.value as number).toBeGreaterThan(0);
        expect(share.value as number).toBeLessThanOrEqual(1);
        expect(PLACE_OF[region]).toContain(share.place);
        if (basis === "article") expect(share.claim).toBeDefined();
        if (ids.usersId) {
          const users = figure(ids.usersId);
          expect(users.unit).toBe("users");
          expect(PLACE_OF[region]).toContain(users.place);
        }
      }
    }
  });

  it("never derives a share from one source's count over another's total", () => {
    for (const region of USER_REGIONS) {
      for (const ids of Object.values(USER_SHARES[region])) {
        const share = figure(ids?.shareId ?? "");
        if (!share.derivedFrom) continue;
        const inputSources = share.derivedFrom.figureIds.map((id) => figure(id).sourceIds);
        for (const s of inputSources.slice(1))
          expect(s.some((id) => inputSources[0].includes(id))).toBe(true);
      }
    }
  });

  it("defaults to the Belgian prosecutor and leaves missing combinations absent", () => {
    expect(userShareIds("belgium")?.shareId).toBe("skyecc.users.share.be.prosecutor");
    expect(userShareIds("BE+NL", "Europol")).toEqual({
      shareId: "skyecc.users.share.benl.europol",
    });
    expect(userShareIds("Antwerp", "article")?.shareId).toBe("article.skyecc.share.antwerp");
    expect(userShareIds("BE", "europol")).toBeUndefined();
    expect(userShareIds("Mars")).toBeUndefined();
    expect(userShareIds("NL", "astrology")).toBeUndefined();
    expect(resolveUserRegion(" benl ")).toBe("BE+NL");
  });
});
