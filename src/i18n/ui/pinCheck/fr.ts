/** The lines of "Verify pinned rates" in French (keys and placeholders as in en.ts). */
import type { PinCheckStrings } from "./en";

export const pinCheckFr: PinCheckStrings = {
  head: "{pair} {day} ({rule} ; taux du {dayUsed}) : figé à {rate}",
  headFromEcb:
    "{pair} {day} ({rule} ; taux du {dayUsed}) : figé à {rate} (figé d’après les taux de la BCE)",
  headFromBundled:
    "{pair} {day} ({rule} ; taux du {dayUsed}) : figé à {rate} (figé d’après les taux intégrés)",
  noSourceHasIt: "{head} ; aucune source disponible n’a cette paire ce jour-là",
  sourceAgrees: "{source} donne {rate} (concorde à son arrondi près)",
  sourceDiffers: "{source} donne {rate} (taux figé {percent}, écart de plus de son arrondi)",
  list: "{first} ; {rest}",
};
