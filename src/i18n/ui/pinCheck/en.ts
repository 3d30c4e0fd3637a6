/**
 * The pinned rates' lines: those of "Verify pinned rates" (describePinCheck in
 * src/core/rates/verifyPins.ts), what a re-pin changed (describePinChange) and how the pins were saved
 * (describePinSave), in English, the source of the keys. These strings travel with the check's code,
 * fetched when the pinned rates are first shown, not with the start bundle; each other language is its own
 * chunk. The pair, the dates (as typed in the formula) and the rule (an argument value) stay as they are in
 * every language.
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
  // Re-pin changes and pin saves (describePinChange in pins.ts, describePinSave in pinBudget.ts).
  pinChange: "{pair} {day} ({rule}): {before} → {after} ({percent})",
  pinChangeOtherDay: "{pair} {day} ({rule}): {before} → {after} (rate of {dayUsed}) ({percent})",
  pinNoNewRate: "{pair} {day} ({rule}): no new rate; kept {rate}",
  pinSameRate: "{pair} {day} ({rule}): same rate {rate}, now from {source}",
  pinsOne: "{count} pin",
  pinsMany: "{count} pins",
  kilobytes: "{count} KB",
  pinsNotSavedYet: "No pins saved in this workbook from here yet.",
  pinsSavedOne: "{count} pin saved in the workbook",
  pinsSavedMany: "{count} pins saved in the workbook",
  pinsSavedRoom: "{saved} ({size} of {limit}).",
  pinsNearLimit: "{saved}, {size} of the {limit} they may take: near the limit. {advice}",
  pinsAdvice: "Freeze finished sheets to values, or start a new workbook for new look-ups.",
  pinsSaveFailed:
    "Excel did not save the pins ({reason}). They stay in use until Excel closes ({pins}), and the next save tries again. Save the workbook and reopen it to check.",
  // Why a save failed where Office gave no words of its own.
  pinsNoAnswer: "Excel gave no answer",
  pinsNoReason: "no reason given",
  pinsTooLarge:
    "The pins would take {size} ({pins}), over the {limit} the workbook's settings can hold: the pins saved before are kept, the newer ones are used until Excel closes but not saved. {advice}",
};

export type PinCheckStrings = { readonly [K in keyof typeof pinCheckEn]: string };
export type PinCheckKey = keyof PinCheckStrings;
