/**
 * The sources a pinned rate is checked against ("Verify pinned rates"): the ECB history file in use
 * (imported or bundled at build) and the bundled rates. Each gives its rate for the pin's pair on the
 * pin's day used, exactly that day, with the digits it is known to.
 */
import { ecbHistoryReference, type PinReference } from "../core/rates/verifyPins";
import { rateOn, type RateTable } from "../core/rates";
import { currentImportedEcbHistory } from "./importedRates";

/** The bundled asset keeps its figures against USD: a cross rate has two rounded legs. */
const BUNDLED_BASE = "USD";

/**
 * `bundled`: the rate chain's own bundled table (undefined where it could not load); `first`: sources
 * checked before these (the ECB service's rates, where the rate chain offers them).
 */
export function pinReferences(
  bundled: RateTable | undefined,
  first: readonly PinReference[] = []
): PinReference[] {
  const references: PinReference[] = [...first];
  const ecb = currentImportedEcbHistory();
  if (ecb) {
    references.push(
      ecbHistoryReference(
        ecb.history,
        ecb.origin === "imported" ? "ECB file" : "ECB (bundled file)"
      )
    );
  }
  if (!bundled) return references;
  const table = bundled;
  references.push({
    name: "bundled",
    rateOn(from, to, dayNumber) {
      const found = rateOn(table, from, to, dayNumber, "exact");
      if (!found.ok || found.dayUsed !== dayNumber) return undefined;
      return {
        rate: found.rate,
        significantDigits: found.digits,
        roundedLegs: from === BUNDLED_BASE || to === BUNDLED_BASE ? 1 : 2,
      };
    },
  });
  return references;
}
