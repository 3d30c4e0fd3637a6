/**
 * The currencies in the ECB's euro foreign exchange reference rates, and the first day it published them.
 * A pair with any other currency (COP, PEN, ARS...) never waits on the network: the bundled rates answer.
 */
import { dayNumberFromCivil } from "../../dates/dayNumber";

/** Every rate is units of a currency per one EUR; EUR itself is the base. */
export const ECB_BASE = "EUR";

/**
 * Published today, plus those the ECB published for part of the period since 1999 (HRK to 2022, RUB to
 * March 2022, and the currencies that joined the euro). A year in which one of them has no value simply
 * holds no days for it, and the look-up defers to the bundled rates.
 */
const PUBLISHED = [
  "AUD",
  "BGN",
  "BRL",
  "CAD",
  "CHF",
  "CNY",
  "CYP",
  "CZK",
  "DKK",
  "EEK",
  "GBP",
  "HKD",
  "HRK",
  "HUF",
  "IDR",
  "ILS",
  "INR",
  "ISK",
  "JPY",
  "KRW",
  "LTL",
  "LVL",
  "MTL",
  "MXN",
  "MYR",
  "NOK",
  "NZD",
  "PHP",
  "PLN",
  "ROL",
  "RON",
  "RUB",
  "SEK",
  "SGD",
  "SIT",
  "SKK",
  "THB",
  "TRL",
  "TRY",
  "USD",
  "ZAR",
];

const ECB_CODES: ReadonlySet<string> = new Set(PUBLISHED);

/** True for a currency with ECB reference rates against the euro (EUR itself included). */
export function isEcbCurrency(code: string): boolean {
  return code === ECB_BASE || ECB_CODES.has(code);
}

/** 1999-01-04, the first day of the euro reference rates. */
export const ECB_FIRST_DAY = dayNumberFromCivil(1999, 1, 4);
export const ECB_FIRST_YEAR = 1999;
