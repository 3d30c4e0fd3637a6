/**
 * Property test: every DESK function, fed thousands of random arguments (empty cells, booleans, huge and
 * negative numbers, odd text, mixed ranges of random shapes), answers only finite numbers, text, or
 * #VALUE! / #N/A errors with a message. Never NaN, Infinity, or an unhandled exception.
 */
import fc from "fast-check";
import { FIGURES } from "../../src/data";
import { loadBuiltFunctions, StandInError } from "../support/functionsHost";

const desk = loadBuiltFunctions();

beforeAll(async () => {
  await desk.call("RATE", [["EUR"]], [["USD"]], [["2021-03-09"]]);
});

const cell = fc.oneof(
  fc.constant(null),
  fc.constant(""),
  fc.boolean(),
  fc.double(),
  fc.integer({ min: -1e6, max: 1e6 }),
  fc.constantFrom(1e308, -1e308, 5e-324, 0, -0, 60, 44264, 2021, 2023),
  fc.string({ maxLength: 12 }),
  fc.constantFrom(
    "EUR",
    "usd",
    " cop ",
    "XYZ",
    "2021-03-09",
    "2021-02-29",
    "1999-12-31",
    "previous",
    "next",
    "exact"
  ),
  fc.constantFrom("BE", "Belgium", "BE+NL", "Antwerp", "europol", "article", "national", "euda"),
  fc.constantFrom(...FIGURES.slice(0, 20).map((f) => f.id))
);

/** A range of 1 to 3 rows and columns, or a single cell. */
const range = fc.oneof(
  cell.map((v) => [[v]]),
  fc.tuple(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 3 })).chain(([rows, cols]) =>
    fc.array(fc.array(cell, { minLength: cols, maxLength: cols }), {
      minLength: rows,
      maxLength: rows,
    })
  )
);

const ARITY: Record<string, [number, number]> = {
  CONVERT: [3, 5],
  RATE: [2, 4],
  RATEINFO: [2, 4],
  SHAREOFUSERS: [1, 2],
  USERS: [1, 2],
  SHARE: [2, 2],
  SEIZED: [2, 3],
  FIGURE: [1, 1],
  SOURCE: [1, 1],
};

function checkCell(v: unknown): void {
  // A share of a zero total is #DIV/0!, as in Excel; Excel shows no message for it.
  if (v instanceof StandInError && v.code === "#DIV/0!") return;
  if (v instanceof StandInError) {
    expect(["#VALUE!", "#N/A"]).toContain(v.code);
    expect(typeof v.message).toBe("string");
    expect((v.message as string).length).toBeGreaterThan(10);
  } else if (typeof v === "number") {
    expect(Number.isFinite(v)).toBe(true);
  } else {
    expect(typeof v).toBe("string");
  }
}

describe.each(Object.keys(ARITY))("DESK.%s on random input", (id) => {
  it("never answers NaN, Infinity or an exception other than a messaged #VALUE!", () => {
    const [min, max] = ARITY[id];
    expect([...desk.associated.keys()]).toContain(id);
    fc.assert(
      fc.property(
        fc.array(fc.option(range, { nil: undefined }), { minLength: min, maxLength: max }),
        (args) => {
          const filled = args.map((a, i) => (i < min && a === undefined ? [[null]] : a));
          let result: unknown;
          try {
            result = desk.call(id, ...filled);
          } catch (e) {
            // A call that is wrong as a whole (ranges of mismatched shapes) is one #VALUE! for the formula cell.
            expect(e).toBeInstanceOf(StandInError);
            checkCell(e);
            return;
          }
          expect(Array.isArray(result)).toBe(true);
          for (const row of result as unknown[][]) for (const v of row) checkCell(v);
        }
      ),
      { numRuns: 2000 }
    );
  });
});
