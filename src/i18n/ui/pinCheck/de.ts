/** The lines of "Verify pinned rates" in German (keys and placeholders as in en.ts). */
import type { PinCheckStrings } from "./en";

export const pinCheckDe: PinCheckStrings = {
  head: "{pair} {day} ({rule}; Kurs vom {dayUsed}): Festgeschrieben {rate}",
  headFromEcb:
    "{pair} {day} ({rule}; Kurs vom {dayUsed}): Festgeschrieben {rate} (festgeschrieben aus den Kursen der EZB)",
  headFromBundled:
    "{pair} {day} ({rule}; Kurs vom {dayUsed}): Festgeschrieben {rate} (festgeschrieben aus den mitgelieferten Kursen)",
  noSourceHasIt: "{head}; keine verfügbare Quelle hat dieses Paar an diesem Tag",
  sourceAgrees: "{source} nennt {rate} (stimmt innerhalb der Rundung überein)",
  sourceDiffers: "{source} nennt {rate} (festgeschriebener Kurs {percent}, mehr als die Rundung)",
  list: "{first}; {rest}",
};
