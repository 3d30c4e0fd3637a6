/**
 * Which kept formulas Restore may write back, through @borgar/fx's tokenizer: examples of each refusal,
 * and properties over generated formulas (DESK calls nested in built-ins, with ranges, sheet references,
 * arrays and text that merely mentions what is refused).
 */
import fc from "fast-check";
import { restorableFormula } from "../../src/core/share/restorableFormula";
import { fill } from "../../src/i18n/fill";
import { shareEn } from "../../src/i18n/ui/share";
import {
  callsDeskFunction,
  canonicalDeskFormula,
  formulaTokens,
} from "../../src/core/share/deskFormula";

const DESK_FUNCTIONS = [
  "CONVERT",
  "RATE",
  "RATEINFO",
  "SHARE",
  "SEIZED",
  "FIGURE",
  "SOURCE",
  "USERS",
];

/** Pieces that reach outside the workbook, each a whole argument of a call. */
const OUTSIDE = [
  'WEBSERVICE("https://collect.example/?q=1")',
  'FILTERXML("<a/>","//a")',
  'HYPERLINK("https://collect.example/","x")',
  'RTD("server",,"topic")',
  'CALL("Kernel32","GetTickCount","J!")',
  'REGISTER.ID("Kernel32","GetTickCount")',
  'INDIRECT("A1")',
  'IMAGE("https://collect.example/i.png")',
  '_xlfn.WEBSERVICE("https://collect.example/")',
  "[1]Prices!A1",
  "[Book2.xlsx]Sheet1!A1:B2",
  "'C:\\\\data\\\\[Book2.xlsx]Sheet1'!A1",
  "'\\\\\\\\server\\\\share\\\\[b.xlsx]S'!A1",
  "Book2.xlsx!Rates",
  "cmd|' /C calc'!A0",
  "_xll.MYFUNC(1)",
];

/** Arguments that stay inside the workbook. */
const inside = fc.oneof(
  fc.constantFrom(
    "A1",
    "$B$2",
    "A1:C3",
    "Data!A1",
    "'Cocaine seized'!B2:B9",
    "Table1[Amount]",
    "{1,2;3,4}"
  ),
  fc.integer({ min: -1000, max: 1000 }).map(String),
  fc.constantFrom('"EUR"', '"USD"', '"2021-03-09"', '"previous"'),
  // Text that only mentions what is refused is text, not a call.
  fc.constantFrom(...OUTSIDE).map((piece) => `"${piece.replace(/"/g, '""')}"`)
);

/** A DESK call with inside arguments, possibly wrapped in built-ins. */
const deskFormula = fc
  .tuple(
    fc.constantFrom(...DESK_FUNCTIONS),
    fc.array(inside, { minLength: 1, maxLength: 4 }),
    fc.array(fc.constantFrom("ROUND(", "SUM(", "IFERROR(", "ABS("), { maxLength: 3 })
  )
  .map(([name, args, wrappers]) => {
    const call = `DESK.${name}(${args.join(",")})`;
    return `=${wrappers.join("")}${call}${wrappers.map((w) => (w === "ROUND(" || w === "IFERROR(" ? ",2)" : ")")).join("")}`;
  });

describe("restorableFormula", () => {
  it("accepts DESK formulas that stay inside the workbook, unchanged, with DESK calls found", () => {
    fc.assert(
      fc.property(deskFormula, (formula) => {
        expect(restorableFormula(formula)).toEqual({ ok: true, formula });
        expect(callsDeskFunction(formula)).toBe(true);
        // The tokenizer loses nothing: the tokens spell the formula.
        expect(
          formulaTokens(formula)
            ?.map((t) => t.value)
            .join("")
        ).toBe(formula);
      }),
      { numRuns: 300 }
    );
  });

  it("refuses a DESK formula with anything that reaches outside, wherever it sits", () => {
    fc.assert(
      fc.property(deskFormula, fc.constantFrom(...OUTSIDE), fc.nat(), (formula, piece, at) => {
        // Insert the piece as a new first argument of the DESK call, or add it to the whole formula.
        const tampered =
          at % 2 === 0
            ? formula.replace(/DESK\.([A-Z]+)\(/, (m) => `${m}${piece},`)
            : `${formula}&${piece}`;
        const result = restorableFormula(tampered);
        expect(result.ok).toBe(false);
      }),
      { numRuns: 300 }
    );
  });

  it.each([
    ["=SUM(A1:A3)", "it calls no DESK function"],
    ['="DESK.CONVERT(A1)"', "it calls no DESK function"],
    ['=DESK.RATE("EUR","USD', "a text in it is not closed"],
    ["DESK.RATE(1)", "it is not a formula"],
    [42, "it is not a formula Excel accepts"],
    [`=DESK.RATE("${"x".repeat(9000)}")`, "it is not a formula Excel accepts"],
  ])("refuses %p: %s", (formula, why) => {
    const result = restorableFormula(formula);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(fill(shareEn[result.why.key], result.why.values ?? {}, "en")).toBe(why);
  });

  it("writes a DESK call that Excel on the web showed as _xldudf_ under its real name", () => {
    const shown = '=ROUND(_xldudf_DESK_CONVERT(A2,"EUR","USD"),2)&"_xldudf_DESK_RATE("';
    expect(callsDeskFunction(shown)).toBe(true);
    expect(restorableFormula(shown)).toEqual({
      ok: true,
      formula: '=ROUND(DESK.CONVERT(A2,"EUR","USD"),2)&"_xldudf_DESK_RATE("',
    });
    expect(canonicalDeskFormula("=_xldudf_OTHER_FN(1)")).toBe("=_xldudf_OTHER_FN(1)");
    expect(callsDeskFunction("=_xldudf_OTHER_FN(1)")).toBe(false);
  });
});
