/**
 * Writes files in the format of the ECB's eurofxref-hist.csv (see src/core/rates/ecbFile/parseEcbCsv.ts)
 * with invented rates, for the tests and the bench: the header `Date,USD,…,` with its trailing comma, rows
 * newest first on working days, `N/A` where a currency has no rate, and rates written as the ECB writes
 * them (5 to 7 significant digits, no trailing zeros). Alongside the text it returns what a reader must
 * find in it, worked out here on its own terms (not with the parser's helpers).
 */
import { zipSync, strToU8 } from "fflate";
import { seededRandom } from "../bench/inputs";

/** The ECB's columns as in the real file, obsolete currencies included (all N/A in recent rows). */
export const ECB_FILE_CURRENCIES = [
  "USD",
  "JPY",
  "BGN",
  "CYP",
  "CZK",
  "DKK",
  "EEK",
  "GBP",
  "HUF",
  "LTL",
  "LVL",
  "MTL",
  "PLN",
  "ROL",
  "RON",
  "SEK",
  "SIT",
  "SKK",
  "CHF",
  "ISK",
  "NOK",
  "HRK",
  "RUB",
  "TRL",
  "TRY",
  "AUD",
  "BRL",
  "CAD",
  "CNY",
  "HKD",
  "IDR",
  "ILS",
  "INR",
  "KRW",
  "MXN",
  "MYR",
  "NZD",
  "PHP",
  "SGD",
  "THB",
  "ZAR",
];

export interface EcbFileSpec {
  /** Rows (working days), counted back from `lastDate`. */
  days: number;
  lastDate?: string;
  currencies?: readonly string[];
  /** Share of cells written N/A (0..1). */
  naShare?: number;
  seed?: number;
  /** The ECB's file ends every line with a comma; false writes it without. */
  trailingComma?: boolean;
  lineEnd?: "\n" | "\r\n";
}

export interface EcbFileExpected {
  currencies: string[];
  /** YYYY-MM-DD, oldest first. */
  dates: string[];
  /** [day][currency], oldest day first; NaN for N/A. */
  rates: number[][];
  digits: number[][];
}

function isoDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** One rate as the ECB writes it, and its significant digits once trailing zeros are dropped. */
function writeRate(random: () => number): { text: string; digits: number } {
  const magnitude = Math.floor(random() * 6) - 1; // 0.1 .. 99999
  const chosen = Math.max(5 + Math.floor(random() * 3), magnitude + 1);
  const value = (1 + random() * 8.999) * 10 ** magnitude;
  let text = value.toPrecision(chosen);
  let digits = chosen;
  if (text.includes(".")) {
    while (text.endsWith("0")) {
      text = text.slice(0, -1);
      digits--;
    }
    if (text.endsWith(".")) text = text.slice(0, -1);
  }
  return { text, digits };
}

export function makeEcbHistoryCsv(spec: EcbFileSpec): { text: string; expected: EcbFileExpected } {
  const currencies = [...(spec.currencies ?? ECB_FILE_CURRENCIES)];
  const random = seededRandom(spec.seed ?? 1);
  const trailing = (spec.trailingComma ?? true) ? "," : "";
  const lineEnd = spec.lineEnd ?? "\n";
  const naShare = spec.naShare ?? 0.1;
  const dates: string[] = [];
  let ms = Date.parse(`${spec.lastDate ?? "2026-12-04"}T00:00:00Z`);
  while (dates.length < spec.days) {
    const weekday = new Date(ms).getUTCDay();
    if (weekday !== 0 && weekday !== 6) dates.push(isoDate(ms));
    ms -= 86400000;
  }
  // dates is newest first, as in the file.
  const rows: string[] = [`Date,${currencies.join(",")}${trailing}`];
  const rates: number[][] = [];
  const digits: number[][] = [];
  for (const date of dates) {
    const dayRates: number[] = [];
    const dayDigits: number[] = [];
    const fields = currencies.map(() => {
      if (random() < naShare) {
        dayRates.push(NaN);
        dayDigits.push(0);
        return "N/A";
      }
      const rate = writeRate(random);
      dayRates.push(Number(rate.text));
      dayDigits.push(rate.digits);
      return rate.text;
    });
    rows.push(`${date},${fields.join(",")}${trailing}`);
    rates.push(dayRates);
    digits.push(dayDigits);
  }
  return {
    text: rows.join(lineEnd) + lineEnd,
    expected: {
      currencies,
      dates: [...dates].reverse(),
      rates: rates.reverse(),
      digits: digits.reverse(),
    },
  };
}

/** The text zipped as the ECB ships it: one entry, eurofxref-hist.csv, deflated. */
export function zipEcbHistory(text: string, name = "eurofxref-hist.csv"): Uint8Array {
  return zipSync({ [name]: strToU8(text) }, { level: 6 });
}
