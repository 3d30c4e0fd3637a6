import fc from "fast-check";
import { MAX_DAY_NUMBER } from "../../src/core/dates/dayNumber";
import { RULE_EXACT, RULE_NEXT, RULE_PREVIOUS, type RuleCode } from "../../src/core/rates";
import { lookupKey, lookupKeyHash, lookupOfKey } from "../../src/core/rates/lookupKey";
import { RateUses, type RateUseRow } from "../../src/core/usage/rateUses";

const code = fc
  .tuple(...[0, 1, 2].map(() => fc.integer({ min: 65, max: 90 })))
  .map((chars) => String.fromCharCode(...chars));
const rule = fc.constantFrom<RuleCode>(RULE_PREVIOUS, RULE_NEXT, RULE_EXACT);
/** Excel's dates: 1900-01-01 (day -25567) to 9999-12-31, or null for "latest". */
const day = fc.option(fc.integer({ min: -25567, max: MAX_DAY_NUMBER }), { nil: null });

describe("lookupKey", () => {
  it("gives every look-up its own exact integer key, and the key gives back the look-up", () => {
    fc.assert(
      fc.property(code, code, day, rule, (from, to, dayNumber, ruleCode) => {
        const key = lookupKey(from, to, dayNumber, ruleCode);
        expect(Number.isSafeInteger(key) && key >= 0).toBe(true);
        expect(lookupOfKey(key)).toEqual({ from, to, rule: ruleCode, dayNumber });
      }),
      { numRuns: 5000 }
    );
  });

  it("has no key where no rate can exist", () => {
    expect(lookupKey("eur", "USD", 0, RULE_PREVIOUS)).toBe(-1);
    expect(lookupKey("EUR", "US", 0, RULE_PREVIOUS)).toBe(-1);
    expect(lookupKey("EUR", "USD", -25568, RULE_PREVIOUS)).toBe(-1);
    expect(lookupKey("EUR", "USD", MAX_DAY_NUMBER + 1, RULE_PREVIOUS)).toBe(-1);
    expect(lookupKey("EUR", "USD", 18000.5, RULE_PREVIOUS)).toBe(-1);
    expect(lookupKey("EUR", "USD", Number.NaN, RULE_PREVIOUS)).toBe(-1);
  });

  it("hashes to 32-bit integers", () => {
    fc.assert(
      fc.property(code, code, day, rule, (from, to, dayNumber, ruleCode) => {
        const hash = lookupKeyHash(lookupKey(from, to, dayNumber, ruleCode));
        expect(hash).toBe(hash | 0);
      })
    );
  });
});

describe("RateUses", () => {
  const keyOf = fc
    .tuple(code, code, day, rule)
    .map(([from, to, dayNumber, ruleCode]) => lookupKey(from, to, dayNumber, ruleCode));

  it("keeps the latest row per key, as a Map does, through growth", () => {
    fc.assert(
      fc.property(
        // Few distinct keys among many writes, so that rows are overwritten as well as added.
        fc.array(keyOf, { minLength: 1, maxLength: 40 }),
        fc.array(fc.tuple(fc.nat(), fc.double({ noNaN: true }), fc.nat(9)), { maxLength: 2000 }),
        (keys, writes) => {
          const uses = new RateUses();
          const reference = new Map<number, Omit<RateUseRow, "key">>();
          for (const [pick, rate, sourceId] of writes) {
            const key = keys[pick % keys.length];
            const dateUsed = `day ${pick}`;
            uses.record(key, rate, dateUsed, sourceId);
            reference.set(key, { rate, dateUsed, sourceId });
          }
          expect(uses.size).toBe(reference.size);
          const rows = new Map(uses.rows().map(({ key, ...row }) => [key, row]));
          expect(rows).toEqual(reference);
        }
      ),
      { numRuns: 300 }
    );
  });

  it("holds 100,000 keys and forgets them all on clear", () => {
    const uses = new RateUses();
    for (let i = 0; i < 100_000; i++)
      uses.record(lookupKey("EUR", "USD", i, RULE_PREVIOUS), i / 7, `d${i}`, i % 3);
    expect(uses.size).toBe(100_000);
    const last = uses
      .rows()
      .find((row) => row.key === lookupKey("EUR", "USD", 99_999, RULE_PREVIOUS));
    expect(last).toEqual({
      key: lookupKey("EUR", "USD", 99_999, RULE_PREVIOUS),
      rate: 99_999 / 7,
      dateUsed: "d99999",
      sourceId: 99_999 % 3,
    });
    uses.clear();
    expect(uses.size).toBe(0);
    expect(uses.rows()).toEqual([]);
  });
});
