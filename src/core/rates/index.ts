/**
 * Offline historical exchange rates: decode the bundled asset once, then look up rates synchronously.
 *
 *   const decoded = decodeRateTable(bytes);            // ArrayBuffer or Uint8Array of dist/rates.bin
 *   if (decoded.ok) rateOn(decoded.table, "EUR", "USD", "2021-03-09", "previous");
 *
 * The rate chain (chain/) asks, in order of trust, the pins of a workbook, the ECB service (ecb/), an
 * imported ECB history file and this bundled table.
 */

export { decodeRateTable } from "./decodeTable";
export type { DecodeResult } from "./decodeTable";
export type { RateTable } from "./rateTable";
export { currencyIndex } from "./rateTable";
export {
  convert,
  newestPairDay,
  notAvailable,
  pairRange,
  parseRule,
  rateOn,
  readDateInput,
  sameCurrency,
  SAME_CURRENCY,
  valueError,
  withSource,
  MAX_RATE_DISTANCE_DAYS,
  RULE_EXACT,
  RULE_NEXT,
  RULE_NAMES,
  RULE_PREVIOUS,
} from "./lookup";
export type {
  ConversionFound,
  ConversionResult,
  DateInput,
  RateError,
  RateErrorCode,
  RateFound,
  RateResult,
  RateRule,
  RuleCode,
} from "./lookup";
