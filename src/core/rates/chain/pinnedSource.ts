/**
 * Rates pinned in the workbook (../pins.ts): a look-up made before answers with the same rate, so that the
 * workbook recalculates to the same numbers anywhere. Nothing is pinned or read outside a workbook.
 */
import { isoDateFromDayNumber, isoDateToDayNumberOrNaN } from "../../dates/dayNumber";
import { significantDigitsOfText } from "../precision";
import { pinKey, type Pin, type PinMap } from "../pins";
import { RULE_NAMES } from "../rules";
import type { RateQuery, RateSource, SourceAnswer } from "./source";
import { msg, type MessageText } from "../../messages/text";

/** The look-up's name among the workbook's pins. */
export function pinKeyOf(q: RateQuery): string {
  return pinKey(
    q.from,
    q.to,
    q.latest ? "latest" : isoDateFromDayNumber(q.day),
    RULE_NAMES[q.rule]
  );
}

/** What a pinned rate cites: the source it was pinned from, and the day it was pinned. */
export function pinnedSourceText(pin: Pin): string {
  return `${pin.source} (pinned in this workbook ${pin.pinnedOn})`;
}

/**
 * pinnedSourceText as a message. The pin's source is text stored in the workbook: it is quoted as it is,
 * never translated; the words around it and the day are the sheet's.
 */
export function pinnedCitation(pin: Pin): MessageText {
  return msg("citation.pinned", { source: pin.source, day: { isoDate: pin.pinnedOn } });
}

/** A look-up the workbook has not pinned: the next source is asked (a later source always follows). */
const NOT_PINNED: SourceAnswer = {
  kind: "passed",
  text: msg("rates.engine", { message: "Not pinned in this workbook." }),
};

export function pinnedSource(pins: PinMap): RateSource {
  return {
    name: "pinned",
    answer(q) {
      const pin = pins.get(pinKeyOf(q));
      if (!pin) return NOT_PINNED;
      return {
        ok: true,
        rate: pin.rate,
        fullRate: pin.fullRate ?? pin.rate,
        digits: significantDigitsOfText(pin.rate),
        dateUsed: pin.dateUsed,
        dayUsed: isoDateToDayNumberOrNaN(pin.dateUsed),
        dayAsked: q.day,
        source: pinnedSourceText(pin),
        // Made when read: a pinned workbook's recalculation answers every cell from here.
        get citation() {
          return pinnedCitation(pin);
        },
        rule: RULE_NAMES[q.rule],
        retrieval: undefined,
        sourceName: "pinned",
      };
    },
    newestDay: () => NaN,
  };
}
