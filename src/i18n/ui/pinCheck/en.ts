/**
 * The lines of "Verify pinned rates" (describePinCheck in src/core/rates/verifyPins.ts), in English, the
 * source of the keys. These strings travel with the check's code, fetched on the first check, not with the
 * start bundle; each other language is its own chunk. The pair, the dates (as typed in the formula) and
 * the rule (an argument value) stay as they are in every language.
 */
export const pinCheckEn = {
  head: "{pair} {day} ({rule}; rate of {dayUsed}): pinned {rate}",
  headFromEcb:
    "{pair} {day} ({rule}; rate of {dayUsed}): pinned {rate} (pinned from the ECB's rates)",
  headFromBundled:
    "{pair} {day} ({rule}; rate of {dayUsed}): pinned {rate} (pinned from the bundled rates)",
  noSourceHasIt: "{head}; no source at hand has this pair on that day",
  sourceAgrees: "{source} says {rate} (agrees within its rounding)",
  sourceDiffers: "{source} says {rate} (pin {percent}, more than its rounding)",
  list: "{first}; {rest}",
};

export type PinCheckStrings = { readonly [K in keyof typeof pinCheckEn]: string };
export type PinCheckKey = keyof PinCheckStrings;
