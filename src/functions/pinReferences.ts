/**
 * The sources a pinned rate is checked against ("Verify pinned rates"): the ECB rate service (when it is
 * on: the years the pins need are fetched through the functions' own client, batched as a recalculation
 * is), the ECB history file in use (imported, or bundled at build), and the bundled rates. Each gives its
 * rate for the pin's pair on the pin's day used, exactly that day, with the digits it is known to.
 */
import {
  ecbHistoryReference,
  type PinReference,
  type ReferenceName,
} from "../core/rates/verifyPins";
import { rateOn, RULE_EXACT, type RateTable } from "../core/rates";
import type { RateSource } from "../core/rates/chain";
import { ECB_BASE, isEcbCurrency, yearKeyText, yearOfDay, type YearKey } from "../core/rates/ecb";
import { isoDateToDayNumberOrNaN } from "../core/dates/dayNumber";
import type { RateUse } from "../core/usage/usageLog";
import { currentImportedEcbHistory } from "./importedRates";
import type { RateChain } from "./rateChain";

/** The bundled asset keeps its figures against USD: a cross rate has two rounded legs. */
const BUNDLED_BASE = "USD";

/** The (currency, year) entries of the ECB service that the pins' days need. */
export function ecbKeysFor(pins: readonly RateUse[]): YearKey[] {
  const keys = new Map<string, YearKey>();
  for (const pin of pins) {
    const day = isoDateToDayNumberOrNaN(pin.dateUsed);
    if (day !== day || !isEcbCurrency(pin.from) || !isEcbCurrency(pin.to)) continue;
    for (const code of [pin.from, pin.to]) {
      if (code === ECB_BASE) continue;
      const year = yearOfDay(day);
      keys.set(yearKeyText(code, year), { code, year });
    }
  }
  return [...keys.values()];
}

/** A source of the rate chain, asked for exactly the pin's day. */
function sourceReference(source: RateSource, name: ReferenceName): PinReference {
  return {
    name,
    kind: "ECB",
    rateOn(from, to, dayNumber) {
      const answer = source.answer({ from, to, day: dayNumber, latest: false, rule: RULE_EXACT });
      if (!("ok" in answer) || answer.dayUsed !== dayNumber) return undefined;
      return { rate: answer.rate, significantDigits: answer.digits };
    },
  };
}

function bundledReference(table: RateTable): PinReference {
  return {
    name: "bundled",
    kind: "bundled",
    rateOn(from, to, dayNumber) {
      const found = rateOn(table, from, to, dayNumber, "exact");
      if (!found.ok || found.dayUsed !== dayNumber) return undefined;
      return {
        rate: found.rate,
        significantDigits: found.digits,
        roundedLegs: from === BUNDLED_BASE || to === BUNDLED_BASE ? 1 : 2,
      };
    },
  };
}

/** Every source at hand for these pins, in the rate chain's order: ECB live, ECB file, bundled. */
export async function pinReferences(
  chain: Pick<RateChain, "ready" | "bundledTable" | "ecbLiveFor">,
  pins: readonly RateUse[]
): Promise<PinReference[]> {
  await chain.ready();
  const references: PinReference[] = [];
  const keys = ecbKeysFor(pins);
  const live = keys.length > 0 ? await chain.ecbLiveFor(keys) : undefined;
  if (live) references.push(sourceReference(live, "ECB live"));
  const ecb = currentImportedEcbHistory();
  if (ecb) {
    references.push(
      ecbHistoryReference(
        ecb.history,
        ecb.origin === "imported" ? "ECB file" : "ECB (bundled file)"
      )
    );
  }
  const bundled = chain.bundledTable();
  if (bundled) references.push(bundledReference(bundled));
  return references;
}
