/** DESK.FIGURE, SOURCE, SEIZED, SHAREOFUSERS and USERS through the built dist/functions.js. */
import { FIGURES, SEIZURE_PLACES, SEIZURE_YEARS } from "../../src/data";
import { citation, figureById } from "../../src/core/dataset/byId";
import { seizureFigureIds } from "../../src/core/dataset/seizures";
import { userShareIds } from "../../src/core/dataset/userShares";
import { loadBuiltFunctions, StandInError } from "../support/functionsHost";

const desk = loadBuiltFunctions();
const one = (id: string, ...args: unknown[]) => (desk.call(id, ...args) as unknown[][])[0][0];

describe("DESK.FIGURE and DESK.SOURCE", () => {
  it("return every curated figure's value and citation", () => {
    for (const f of FIGURES) {
      expect(one("FIGURE", [[f.id]])).toEqual(f.value);
      const cited = one("SOURCE", [[f.id]]) as string;
      expect(cited).toBe(citation(f));
      expect(cited).toMatch(/https?:\/\//);
    }
  });

  it("cite every source of a figure, in its order, as publisher, title, date and address", () => {
    expect(one("SOURCE", [["skyecc.users.be.prosecutor"]])).toBe(
      'De Tijd, "Kraak misdaadtelefoons Sky ECC mijlpaal voor Belgisch gerecht", 2021-03, ' +
        "https://www.tijd.be/politiek-economie/belgie-algemeen/Kraak-misdaadtelefoons-Sky-ECC-mijlpaal-voor-Belgisch-gerecht/10289977; " +
        'Le Soir, "200 perquisitions simultanées en Belgique, 48 personnes privées de liberté…", 2021-03-09, ' +
        "https://plus.lesoir.be/359761/article/2021-03-09/200-perquisitions-simultanees-en-belgique-48-personnes-privees-de-liberte-et-17"
    );
  });

  it("accept ids in any case with spaces around, and spill over a range of ids", () => {
    const [a, b] = FIGURES;
    expect(desk.call("FIGURE", [[` ${a.id.toUpperCase()} `], [b.id]])).toEqual([
      [a.value],
      [b.value],
    ]);
  });

  it("give #N/A with a message for an unknown id and #VALUE! for an empty one", () => {
    const unknown = one("FIGURE", [["no.such.figure"]]) as StandInError;
    expect(unknown.code).toBe("#N/A");
    expect(unknown.message).toMatch(/No curated figure has the id "no.such.figure"/);
    expect((one("SOURCE", [[null]]) as StandInError).code).toBe("#VALUE!");
  });
});

describe("DESK.SEIZED", () => {
  it("answers the default figure in tonnes for a country code, an English name and a port", () => {
    const be = seizureFigureIds("BE", 2023);
    expect(be).toBeDefined();
    const expected = figureById(be?.default as string)?.value;
    expect(one("SEIZED", [["BE"]], [[2023]])).toBe(expected);
    expect(one("SEIZED", [["belgium"]], [[2023]])).toBe(expected);
    const antwerp = figureById(seizureFigureIds("Antwerp", 2021)?.default as string);
    expect(one("SEIZED", [["Antwerp"]], [[2021]])).toBe(antwerp?.value);
  });

  it("answers the published tonnes: the EU drugs agency's for Belgium 2023 (no national figure), Antwerp's customs for 2021", () => {
    expect(one("SEIZED", [["BE"]], [[2023]])).toBe(123);
    expect(one("SEIZED", [["Antwerp"]], [[2021]])).toBe(89.5);
    expect(one("SEIZED", [["Port of Antwerp"]], [[2021]], [["EMCDDA"]])).toBe(91);
  });

  it("keeps every source's own value: another source on request, never an average", () => {
    let compared = 0;
    for (const place of SEIZURE_PLACES) {
      for (const year of SEIZURE_YEARS) {
        const ids = seizureFigureIds(place, year);
        for (const [key, id] of Object.entries(ids?.bySource ?? {})) {
          expect(one("SEIZED", [[place]], [[year]], [[key]])).toBe(figureById(id)?.value);
          compared++;
        }
      }
    }
    expect(compared).toBeGreaterThan(40);
  });

  it("spills a row of years", () => {
    const row = desk.call("SEIZED", [["NL"]], [[2020, 2021, 2022]]) as unknown[][];
    expect(row).toHaveLength(1);
    expect(row[0]).toEqual([2020, 2021, 2022].map((y) => one("SEIZED", [["NL"]], [[y]])));
  });

  it("gives #N/A for an unknown place or a year outside the data, #VALUE! for a bad year or source", () => {
    expect((one("SEIZED", [["Atlantis"]], [[2021]]) as StandInError).code).toBe("#N/A");
    expect((one("SEIZED", [["BE"]], [[2031]]) as StandInError).message).toMatch(
      /No published figure for BE in 2031/
    );
    expect((one("SEIZED", [["BE"]], [["last year"]]) as StandInError).code).toBe("#VALUE!");
    expect((one("SEIZED", [["BE"]], [[2021.5]]) as StandInError).code).toBe("#VALUE!");
    const badSource = one("SEIZED", [["BE"]], [[2021]], [["wikipedia"]]) as StandInError;
    expect(badSource.code).toBe("#VALUE!");
    expect(badSource.message).toMatch(/Sources: .*euda/);
  });
});

describe("DESK.SHAREOFUSERS and DESK.USERS", () => {
  it("default to the Belgian federal prosecutor and answer each source's own share", () => {
    const pros = userShareIds("BE+NL");
    expect(one("SHAREOFUSERS", [["BE+NL"]])).toBe(figureById(pros?.shareId as string)?.value);
    const europol = userShareIds("BE+NL", "europol");
    expect(one("SHAREOFUSERS", [["BE+NL"]], [["Europol"]])).toBe(
      figureById(europol?.shareId as string)?.value
    );
    expect(one("SHAREOFUSERS", [["BE+NL"]], [["europol"]])).not.toBe(
      one("SHAREOFUSERS", [["BE+NL"]])
    );
    expect(one("USERS", [["NL"]])).toBe(figureById(userShareIds("NL")?.usersId as string)?.value);
  });

  it("answers the published numbers: a quarter by the prosecutor, about a fifth by Europol", () => {
    expect(one("SHAREOFUSERS", [["BE+NL"]])).toBe(0.25);
    expect(one("SHAREOFUSERS", [["BE+NL"]], [["Europol"]])).toBe(0.2);
    expect(one("USERS", [["NL"]])).toBe(12000);
    // 12,000 Dutch users of 70,000 active devices, derived: 0.1714…
    expect(one("SHAREOFUSERS", [["NL"]])).toBeCloseTo(0.1714286, 6);
  });

  it("shares are between 0 and 1", () => {
    const shares = desk.call("SHAREOFUSERS", [
      ["BE"],
      ["NL"],
      ["BE+NL"],
      ["Antwerp area"],
    ]) as number[][];
    for (const [s] of shares) expect(s > 0 && s < 1).toBe(true);
  });

  it("gives #N/A with a message where the source gives no figure, #VALUE! for an unknown basis", () => {
    const none = one("USERS", [["BE+NL"]], [["europol"]]) as StandInError;
    expect(none.code).toBe("#N/A");
    expect(none.message).toMatch(/gives no number of Sky ECC users for BE\+NL/);
    expect((one("SHAREOFUSERS", [["Mars"]]) as StandInError).code).toBe("#N/A");
    expect((one("SHAREOFUSERS", [["BE"]], [["twitter"]]) as StandInError).code).toBe("#VALUE!");
  });
});
