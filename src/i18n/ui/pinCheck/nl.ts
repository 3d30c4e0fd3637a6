/** The lines of "Verify pinned rates" in Dutch (keys and placeholders as in en.ts). */
import type { PinCheckStrings } from "./en";

export const pinCheckNl: PinCheckStrings = {
  head: "{pair} {day} ({rule}; koers van {dayUsed}): vastgelegd op {rate}",
  headFromEcb:
    "{pair} {day} ({rule}; koers van {dayUsed}): vastgelegd op {rate} (vastgelegd uit de koersen van de ECB)",
  headFromBundled:
    "{pair} {day} ({rule}; koers van {dayUsed}): vastgelegd op {rate} (vastgelegd uit de meegeleverde koersen)",
  noSourceHasIt: "{head}; geen beschikbare bron heeft dit paar op die dag",
  sourceAgrees: "{source} geeft {rate} (stemt overeen binnen de afronding)",
  sourceDiffers: "{source} geeft {rate} (vastgelegde koers {percent}, meer dan de afronding)",
  list: "{first}; {rest}",
};
