/**
 * What the rates panel says about the rate service (a refused address, why the service failed) and why a
 * rate formula could not get the exchange-rate code, in the pane's language: core gives each as a message,
 * written by the functions' own writer with the language's messages as the build writes them to dist/
 * (function-messages.<language>.json), fetched as the page fetches them.
 */
import fs from "fs";
import path from "path";
import { msg } from "../../src/core/messages/text";
import { checkRatesBaseUrl } from "../../src/core/rates/ecb/serviceUrl";
import { parseRangeResponse } from "../../src/core/rates/ecb/frankfurter";
import { isoDateToDayNumberOrNaN } from "../../src/core/dates/dayNumber";
import { readEcbFile } from "../../src/core/rates/ecbFile/readEcbFile";
import { asFormulaError } from "../../src/functions/excelErrors";
import { withMessages, writeMessage } from "../../src/functions/messages";
import { MessageError } from "../../src/core/messages/text";
import { setActiveLanguage } from "../../src/i18n/activeLanguage";
import { failureReason, statusText } from "../../src/taskpane/ratesPanel";
import { loadBundledTable } from "../../src/functions/bundledRates";
import { useUiLanguage } from "../../src/i18n/ui/current";
import type { RateStatus } from "../../src/functions/rateChain";
import { DIST } from "../support/paths";

const realFetch = global.fetch;

beforeAll(async () => {
  // The page fetches the messages beside its script; here they are read from the build.
  global.fetch = (async (url: string) => {
    const file = path.join(DIST, path.basename(new URL(url).pathname));
    return { ok: true, status: 200, json: async () => JSON.parse(fs.readFileSync(file, "utf8")) };
  }) as unknown as typeof fetch;
  (global as unknown as { CustomFunctions: unknown }).CustomFunctions = {
    Error: class {
      constructor(
        readonly code: string,
        readonly message: string
      ) {}
    },
    ErrorCode: { notAvailable: "#N/A" },
  };
  setActiveLanguage("fr");
  await withMessages(() => undefined);
});

afterAll(() => {
  setActiveLanguage("en");
  global.fetch = realFetch;
});

describe("the rate service's messages in a French pane", () => {
  it("a refused address says what is wrong and what is accepted, in French", () => {
    const checked = checkRatesBaseUrl("https://rates.example.org", ["https://api.frankfurter.dev"]);
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(checked.message).toBe(
      "This add-in may only connect to https://api.frankfurter.dev; https://rates.example.org needs a build with RATES_API_URL set to it."
    );
    expect(writeMessage(checked.text)).toBe(
      "Ce complément ne peut se connecter qu’à https://api.frankfurter.dev\u00a0; https://rates.example.org demande une version construite avec RATES_API_URL réglé sur cette adresse."
    );
    const none = checkRatesBaseUrl("https://rates.example.org", []);
    expect(!none.ok && writeMessage(none.text)).toMatch(
      /^Ce complément ne peut se connecter qu’à aucun service de taux\u00a0;/
    );
  });

  it("the problem line's reason is French, with the service's numbers written the French way", () => {
    const text = msg("service.timeout", { origin: "https://api.frankfurter.dev", seconds: 2.5 });
    expect(failureReason({ reason: "in English", text } as { reason: string })).toBe(
      "https://api.frankfurter.dev n’a pas répondu en 2,5\u00a0s"
    );
    // A failure kept without a message stays as it was given.
    expect(failureReason({ reason: "in English only" })).toBe("in English only");
  });

  it("a response the client refuses says what the service sent, in French, its dates as sent", () => {
    const request = {
      startDay: isoDateToDayNumberOrNaN("2021-01-01"),
      endDay: isoDateToDayNumberOrNaN("2021-12-31"),
      codes: ["USD"],
    };
    const refusals: [unknown, string, string][] = [
      [
        [],
        "the rate service sent something other than a JSON object",
        "le service de taux a envoyé autre chose qu’un objet JSON",
      ],
      [
        { base: "USD", rates: {} },
        "the rate service sent rates against USD, not EUR",
        "le service de taux a envoyé des taux par rapport à USD, pas à EUR",
      ],
      [
        { base: "EUR" },
        "the rate service sent no rates object",
        "le service de taux a envoyé une réponse sans objet «\u00a0rates\u00a0»",
      ],
      [
        { base: "EUR", rates: { "2021-03-09": { USD: -1 } } },
        "the rate service sent -1 as the USD rate of 2021-03-09",
        "le service de taux a envoyé -1 comme taux USD du 2021-03-09",
      ],
      [
        { base: "EUR", rates: { "2021-01-04": { USD: 1.2 }, "2021-03-09": { USD: 1.19 } } },
        "the rate service sent a sampled series (no rate from 2021-01-04 to 2021-03-09)",
        "le service de taux a envoyé une série échantillonnée (aucun taux du 2021-01-04 au 2021-03-09)",
      ],
    ];
    for (const [json, english, french] of refusals) {
      const parsed = parseRangeResponse(json, request);
      if (parsed.ok) throw new Error(`accepted ${JSON.stringify(json)}`);
      expect([
        parsed.message,
        failureReason({ reason: parsed.message, text: parsed.text } as { reason: string }),
      ]).toEqual([english, french]);
    }
  });

  it("a rate formula that could not get the exchange-rate code says so in French", () => {
    const error = new MessageError(msg("rates.engineNotFetched", { reason: "HTTP 404" }));
    expect(error.message).toBe(
      "The add-in's exchange-rate code could not be fetched (HTTP 404); the next rate formula tries again."
    );
    expect(asFormulaError(error).message).toBe(
      "Le code des taux de change du complément n’a pas pu être chargé (HTTP 404)\u00a0; la prochaine formule de taux réessaiera."
    );
  });

  it("an ECB history file refused says what is wrong, in French, with its line and currency", () => {
    const read = readEcbFile(new TextEncoder().encode("Date,USD,JPY,\n2021-03-09,1.19,abc,\n"));
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.message).toMatch(/^Line 2, JPY: "abc" is not a rate;/);
    expect(writeMessage(read.text)).toBe(
      "Ligne 2, JPY\u00a0: «\u00a0abc\u00a0» n’est pas un taux\u00a0; un taux est un nombre positif, avec un point comme séparateur décimal et au plus 15 chiffres significatifs (1.1894), ou «\u00a0N/A\u00a0»."
    );
    const empty = readEcbFile(new Uint8Array());
    expect(!empty.ok && writeMessage(empty.text)).toBe(
      "Le fichier est vide. Choisissez le fichier eurofxref-hist.zip ou eurofxref-hist.csv de la BCE (une colonne Date, puis une colonne par devise, le jour le plus récent en premier)."
    );
  });
});

describe("the bundled rates that cannot be read, on a French status line", () => {
  afterAll(() => useUiLanguage("en"));

  it("says why, in French, down to what in the file is wrong, with French list separators", async () => {
    // The build's rates.bin cut short, as an interrupted download leaves it.
    const bytes = fs.readFileSync(path.join(DIST, "rates.bin")).subarray(0, 100);
    const fetchBefore = global.fetch;
    global.fetch = (async () => ({
      ok: true,
      status: 200,
      arrayBuffer: async () => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + 100),
    })) as unknown as typeof fetch;
    const loaded = await loadBundledTable().finally(() => (global.fetch = fetchBefore));
    if (!("error" in loaded)) throw new Error("the cut asset was read");
    expect(loaded.error).toBe(
      "The bundled exchange rates could not be loaded from https://localhost:3000/rates.bin (Rate asset unreadable: truncated currency records.)."
    );

    await useUiLanguage("fr");
    const status: RateStatus = {
      counts: { pinned: 0, "ECB live": 0, "ECB file": 0, bundled: 0 },
      lastSource: undefined,
      lastFallback: {
        reason: "the rate service sent no rates object",
        atMs: Date.UTC(2026, 11, 1, 9),
        text: msg("service.sentNoRates"),
      },
      serviceFailure: undefined,
      baseUrl: "",
      requests: 0,
      newest: { "ECB file": "2026-11-27" },
      importedRange: undefined,
      bundledError: loaded.text,
      canPin: false,
      pinCount: 0,
    };
    const line = statusText(status);
    expect(line).toContain(
      "Les taux de change intégrés n’ont pas pu être chargés depuis https://localhost:3000/rates.bin (fichier des taux illisible\u00a0: enregistrements de devises tronqués.)."
    );
    expect(line).toContain(
      "Taux le plus récent\u00a0: BCE en ligne aucun\u00a0; fichier BCE 2026-11-27\u00a0; intégré aucun."
    );
    expect(line).toMatch(
      /Dernier échec à .*\u00a0: le service de taux a envoyé une réponse sans objet «\u00a0rates\u00a0»\.$/
    );
  });
});
