import fc from "fast-check";
import { MAX_DAY_NUMBER } from "../../src/core/dates/dayNumber";
import { RULE_EXACT, RULE_NEXT, RULE_PREVIOUS, type RuleCode } from "../../src/core/rates";
import { lookupKey, lookupKeyHash, lookupOfKey } from "../../src/core/rates/lookupKey";
import { LookupRecords } from "../../src/core/usage/lookupRecords";

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

describe("LookupRecords", () => {
  it("keeps the latest value per key, as a Map does, through growth", () => {
    const keyOf = fc
      .tuple(code, code, day, rule)
      .map(([from, to, dayNumber, ruleCode]) => lookupKey(from, to, dayNumber, ruleCode));
    fc.assert(
      fc.property(
        // Few distinct keys among many writes, so that keys are overwritten as well as added.
        fc.array(keyOf, { minLength: 1, maxLength: 40 }),
        fc.array(fc.tuple(fc.nat(), fc.integer()), { maxLength: 2000 }),
        (keys, writes) => {
          const records = new LookupRecords<number>();
          const reference = new Map<number, number>();
          for (const [pick, value] of writes) {
            const key = keys[pick % keys.length];
            records.set(key, value);
            reference.set(key, value);
          }
          expect(records.size).toBe(reference.size);
          expect(new Map(records.entries())).toEqual(reference);
          for (const [key, value] of reference) expect(records.get(key)).toBe(value);
          expect(records.get(keys[0] + 1)).toBe(reference.get(keys[0] + 1));
        }
      ),
      { numRuns: 300 }
    );
  });

  it("gives a key's value, or adds the value offered, as a Map would", () => {
    const keyOf = fc
      .tuple(code, code, day, rule)
      .map(([from, to, dayNumber, ruleCode]) => lookupKey(from, to, dayNumber, ruleCode));
    fc.assert(
      fc.property(
        fc.array(keyOf, { minLength: 1, maxLength: 40 }),
        fc.array(fc.tuple(fc.nat(), fc.integer()), { maxLength: 2000 }),
        (keys, offers) => {
          const records = new LookupRecords<number>();
          const reference = new Map<number, number>();
          for (const [pick, value] of offers) {
            const key = keys[pick % keys.length];
            if (!reference.has(key)) reference.set(key, value);
            expect(records.getOrAdd(key, value)).toBe(reference.get(key));
          }
          expect(records.size).toBe(reference.size);
          expect(new Map(records.entries())).toEqual(reference);
        }
      ),
      { numRuns: 300 }
    );
  });

  it("holds 100,000 keys and forgets them all on clear", () => {
    const records = new LookupRecords<number>();
    for (let i = 0; i < 100_000; i++) records.set(lookupKey("EUR", "USD", i, RULE_PREVIOUS), i);
    expect(records.size).toBe(100_000);
    expect(records.get(lookupKey("EUR", "USD", 99_999, RULE_PREVIOUS))).toBe(99_999);
    records.clear();
    expect(records.size).toBe(0);
    expect([...records.entries()]).toEqual([]);
  });
});
