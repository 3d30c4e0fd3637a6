/**
 * The rate chain's pure parts: the ECB history file as a source (an EcbHistory this test builds itself,
 * in the shape of the ECB's eurofxref-hist.csv), the order of trust, the message when no source has a
 * rate within a week of the date asked, and what each kind of answer cites.
 */
import { englishText, msg } from "../../src/core/messages/text";
import { isoDateToDayNumberOrNaN } from "../../src/core/dates/dayNumber";
import {
  citingRetrieval,
  ecbFileSource,
  ecbLiveSource,
  lookUpInChain,
  pinnedSource,
  unavailableSource,
  type RateQuery,
  type RateSource,
} from "../../src/core/rates/chain";
import type { EcbHistory } from "../../src/core/rates/ecbHistory";
import { EcbCache, type YearEntry } from "../../src/core/rates/ecb/cache";
import type { RateFound } from "../../src/core/rates/lookup";
import { RULE_EXACT, RULE_NEXT, RULE_PREVIOUS, type RuleCode } from "../../src/core/rates/rules";

const day = (iso: string) => isoDateToDayNumberOrNaN(iso);

/**
 * Rows as the ECB's file writes them (Date, then one column per currency, "N/A" for none), newest first;
 * the values of 2021-03-05/08/09 are the ECB's own, the 2021-03-22 row is invented to leave a gap.
 */
const CSV = `Date,USD,JPY,IDR,GBP,
2021-03-22,1.1914,129.70,17180.35,N/A,
2021-03-09,1.1892,129.12,17113.59,0.8584,
2021-03-08,1.1848,128.69,17063.61,0.85715,
2021-03-05,1.1913,129.12,17137.71,0.8634,`;

/** A minimal reading of that text, enough for this test's fixture. */
function historyOf(csv: string): EcbHistory {
  const [header, ...lines] = csv.trim().split("\n");
  const currencies = header
    .split(",")
    .slice(1)
    .filter((c) => c !== "");
  const rows = lines.map((l) => l.split(",")).sort((a, b) => (a[0] < b[0] ? -1 : 1));
  const rates = new Float64Array(rows.length * currencies.length);
  const significantDigits = new Uint8Array(rates.length);
  rows.forEach((cells, r) =>
    currencies.forEach((_, c) => {
      const text = cells[c + 1];
      const i = r * currencies.length + c;
      rates[i] = text === "N/A" ? NaN : Number(text);
      significantDigits[i] = text === "N/A" ? 0 : text.replace(".", "").replace(/^0+/, "").length;
    })
  );
  return {
    currencies,
    days: Int32Array.from(rows.map((cells) => day(cells[0]))),
    rates,
    significantDigits,
  };
}

const file = ecbFileSource(historyOf(CSV));
const query = (
  from: string,
  to: string,
  iso: string,
  rule: RuleCode = RULE_PREVIOUS
): RateQuery => ({
  from,
  to,
  day: day(iso),
  latest: false,
  rule,
});

describe("the ECB history file as a source", () => {
  it("gives a rate from EUR exactly as published, keeping the file's digits", () => {
    const answer = file.answer(query("EUR", "GBP", "2021-03-08"));
    expect(answer).toMatchObject({ ok: true, rate: 0.85715, digits: 5, dateUsed: "2021-03-08" });
  });

  it("rounds an inverse or cross rate to the digits of its least precise leg", () => {
    // 1/1.1892 = 0.840901...; 17113.59/1.1892 = 14390.84...: 5 digits; 1/17113.59 = 0.000058433093...: 7 (USD's), not IDR's 7.
    expect(file.answer(query("USD", "EUR", "2021-03-09"))).toMatchObject({ rate: 0.8409 });
    expect(file.answer(query("USD", "IDR", "2021-03-09"))).toMatchObject({
      rate: 14391,
      digits: 5,
    });
    expect(file.answer(query("IDR", "EUR", "2021-03-09"))).toMatchObject({
      rate: 0.00005843309,
      digits: 7,
    });
  });

  it("keeps the rate before rounding for full precision: the legs' ratio, or the published figure", () => {
    expect(file.answer(query("USD", "IDR", "2021-03-09"))).toMatchObject({
      rate: 14391,
      fullRate: 17113.59 / 1.1892,
    });
    expect(file.answer(query("EUR", "GBP", "2021-03-08"))).toMatchObject({
      rate: 0.85715,
      fullRate: 0.85715,
    });
  });

  it("applies the rules within 7 days and no further", () => {
    expect(file.answer(query("EUR", "USD", "2021-03-07"))).toMatchObject({
      dateUsed: "2021-03-05",
    });
    expect(file.answer(query("EUR", "USD", "2021-03-07", RULE_NEXT))).toMatchObject({
      dateUsed: "2021-03-08",
    });
    // The next row after 2021-03-09 is 13 days later: "previous" stops at 2021-03-16.
    expect(file.answer(query("EUR", "USD", "2021-03-16"))).toMatchObject({
      dateUsed: "2021-03-09",
    });
    expect(file.answer(query("EUR", "USD", "2021-03-17"))).toMatchObject({ kind: "passed" });
    expect(file.answer(query("EUR", "USD", "2021-03-14", RULE_NEXT))).toMatchObject({
      kind: "passed",
    });
    // GBP is N/A on 2021-03-22: a GBP look-up there goes back to 2021-03-09, 13 days: too far.
    expect(file.answer(query("EUR", "GBP", "2021-03-22"))).toMatchObject({ kind: "passed" });
    expect(file.answer(query("EUR", "USD", "2021-03-29"))).toMatchObject({
      dateUsed: "2021-03-22",
    });
  });

  it("says the ECB published nothing on a day inside the file under exact, and passes outside it", () => {
    const weekend = file.answer(query("EUR", "USD", "2021-03-06", RULE_EXACT));
    expect(weekend).toMatchObject({ kind: "refused", error: { kind: "notAvailable" } });
    expect("kind" in weekend && weekend.kind === "refused" && weekend.error.message).toContain(
      "2021-03-06 (a Saturday)"
    );
    expect(file.answer(query("EUR", "USD", "2021-04-06", RULE_EXACT))).toMatchObject({
      kind: "passed",
    });
    expect(file.answer(query("EUR", "COP", "2021-03-09"))).toMatchObject({ kind: "passed" });
  });
});

describe("the chain", () => {
  it("takes the first source that answers, in order, and says which", () => {
    const pins = new Map([
      [
        "EUR/USD|2021-03-09|previous",
        { rate: 1.2, dateUsed: "2021-03-09", source: "x", pinnedOn: "2026-01-01" },
      ],
    ]);
    const sources = [pinnedSource(pins), file];
    expect(lookUpInChain(sources, query("EUR", "USD", "2021-03-09"))).toMatchObject({
      ok: true,
      sourceName: "pinned",
      rate: 1.2,
    });
    expect(lookUpInChain(sources, query("EUR", "USD", "2021-03-08"))).toMatchObject({
      ok: true,
      sourceName: "ECB file",
      rate: 1.1848,
    });
  });

  it("answers 1 for a currency against itself even with no source at all", () => {
    expect(lookUpInChain([], query("COP", "COP", "2021-03-09"))).toMatchObject({
      ok: true,
      sourceName: "same currency",
      rate: 1,
    });
  });

  it("names the newest rate of each source and what to do when none is within a week", () => {
    const sources = [
      file,
      unavailableSource(
        "bundled",
        msg("rates.bundledNotLoaded", {
          url: "https://localhost:3000/rates.bin",
          reason: "HTTP 404",
        })
      ),
    ];
    const answer = lookUpInChain(sources, query("EUR", "USD", "2021-06-01"));
    expect(answer).toMatchObject({ ok: false, kind: "notAvailable" });
    const message = "message" in answer ? answer.message : "";
    expect(message).toContain("Newest EUR/USD rate by source: ECB file 2021-03-22; bundled none.");
    expect(message).toContain("Connect to the rate service, or import the ECB's history file");
  });

  it("names a source that could not be reached before the last one's reason", () => {
    const unreachable: RateSource = {
      name: "ECB live",
      answer: () => ({
        kind: "passed",
        text: msg("rates.ecbUnavailable", { failure: "the service could not be reached" }),
        failure: {
          reason: "the service could not be reached",
          text: "the service could not be reached",
        },
      }),
      newestDay: () => NaN,
    };
    const answer = lookUpInChain([unreachable, file], query("EUR", "USD", "2021-06-01"));
    const message = "message" in answer ? answer.message : "";
    expect(message).toMatch(/^ECB rates unavailable: the service could not be reached\. \S/);
    expect(message).toContain("Newest EUR/USD rate by source: ECB live none; ECB file 2021-03-22.");
  });
});

describe("citations", () => {
  /** A year of the ECB service's rates in memory, as the client leaves it (fetched whole, or read back). */
  function yearEntry(code: string, perEur: number, origin: YearEntry["origin"], fetchedOn: string) {
    const last = day("2021-12-31");
    return {
      code,
      year: 2021,
      days: Int32Array.from([day("2021-03-08"), day("2021-03-09")]),
      ratesPerEur: Float64Array.from([perEur, perEur]),
      throughDay: last,
      lastDay: last,
      fetchedAtMs: day(fetchedOn) * 86400000,
      origin,
    };
  }

  function liveSource(origin: YearEntry["origin"]): RateSource {
    const cache = new EcbCache();
    cache.put(yearEntry("USD", 1.1892, origin, "2026-12-01"));
    cache.put(yearEntry("GBP", 0.8584, origin, "2026-12-01"));
    return ecbLiveSource({
      cache,
      todayDayNumber: day("2026-12-06"),
      nowMs: day("2026-12-06") * 86400000,
      acceptStale: true,
      baseUrl: "https://api.frankfurter.dev/v1",
      failureFor: () => undefined,
    });
  }

  const found = (answer: unknown) => {
    if (!(answer as { ok?: boolean }).ok) throw new Error(JSON.stringify(answer));
    return answer as RateFound;
  };
  /** Its citation written in English is its source text, word for word. */
  const citesItsSource = (f: RateFound) => expect(englishText(f.citation)).toBe(f.source);

  it("of the ECB history file: a rate from EUR and a cross rate", () => {
    const direct = found(file.answer(query("EUR", "USD", "2021-03-09")));
    expect(direct.source).toBe("ECB euro reference rate (ECB history file)");
    citesItsSource(direct);
    const cross = found(file.answer(query("USD", "GBP", "2021-03-09")));
    expect(cross.source).toBe(
      "ECB euro reference rates (ECB history file, cross rate through EUR)"
    );
    citesItsSource(cross);
  });

  it("of the ECB service: live and kept in the browser, as a cell gets them", () => {
    const live = citingRetrieval(
      found(liveSource("live").answer(query("EUR", "USD", "2021-03-09")))
    );
    expect(live.source).toBe("ECB euro reference rate via https://api.frankfurter.dev/v1 (live)");
    citesItsSource(live);
    const stored = liveSource("stored").answer(query("USD", "GBP", "2021-03-09"));
    // The pin keeps the source alone; the cell cites how the source had it.
    expect(found(stored).source).toBe(
      "ECB euro reference rates (cross rate through EUR) via https://api.frankfurter.dev/v1"
    );
    citesItsSource(found(stored));
    const cached = citingRetrieval(found(stored));
    expect(cached.source).toBe(
      "ECB euro reference rates (cross rate through EUR) via https://api.frankfurter.dev/v1 (cached, fetched 2026-12-01)"
    );
    citesItsSource(cached);
  });

  it("of a rate answered in place of the unreachable ECB service, with its reason as a message", () => {
    const reason = msg("service.offline", { origin: "https://api.frankfurter.dev" });
    const unreachable = ecbLiveSource({
      cache: new EcbCache(),
      todayDayNumber: day("2026-12-06"),
      nowMs: day("2026-12-06") * 86400000,
      acceptStale: true,
      baseUrl: "https://api.frankfurter.dev/v1",
      failureFor: () => ({ reason: englishText(reason), text: reason }),
    });
    const answer = found(lookUpInChain([unreachable, file], query("EUR", "USD", "2021-03-09")));
    expect(answer.source).toBe(
      "ECB euro reference rate (ECB history file) (ECB rates unavailable: https://api.frankfurter.dev could not be reached: this computer is offline)"
    );
    expect(answer.citation.values.reason).toBe(reason);
    citesItsSource(answer);
  });

  it("of a pin, its stored source quoted as it is, and of a currency against itself", () => {
    const source = "ECB euro reference rate via https://api.frankfurter.dev/v1";
    const pins = new Map([
      [
        "EUR/USD|2021-03-09|previous",
        { rate: 1.1892, dateUsed: "2021-03-09", source, pinnedOn: "2026-12-01" },
      ],
    ]);
    const pinned = found(pinnedSource(pins).answer(query("EUR", "USD", "2021-03-09")));
    expect(pinned.source).toBe(`${source} (pinned in this workbook 2026-12-01)`);
    expect(pinned.citation.values.source).toBe(source);
    citesItsSource(pinned);
    const same = found(lookUpInChain([], query("COP", "COP", "2021-03-09")));
    expect(same.source).toBe("Same currency: 1 COP = 1 COP");
    citesItsSource(same);
  });
});
