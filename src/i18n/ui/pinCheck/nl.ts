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
  pinChange: "{pair} {day} ({rule}): {before} → {after} ({percent})",
  pinChangeOtherDay: "{pair} {day} ({rule}): {before} → {after} (koers van {dayUsed}) ({percent})",
  pinNoNewRate: "{pair} {day} ({rule}): geen nieuwe koers; {rate} behouden",
  pinSameRate: "{pair} {day} ({rule}): zelfde koers {rate}, nu van {source}",
  pinsOne: "{count} vastgelegde koers",
  pinsMany: "{count} vastgelegde koersen",
  kilobytes: "{count} KB",
  pinsNotSavedYet: "Vanaf hier zijn nog geen vastgelegde koersen in deze werkmap opgeslagen.",
  pinsSavedOne: "{count} vastgelegde koers opgeslagen in de werkmap",
  pinsSavedMany: "{count} vastgelegde koersen opgeslagen in de werkmap",
  pinsSavedRoom: "{saved} ({size} van {limit}).",
  pinsNearLimit:
    "{saved}, {size} van de {limit} die ze mogen innemen: bijna aan de grens. {advice}",
  pinsAdvice:
    "Zet afgewerkte werkbladen om in waarden, of begin een nieuwe werkmap voor nieuwe opzoekingen.",
  pinsSaveFailed:
    "Excel heeft de vastgelegde koersen niet opgeslagen ({reason}). Ze blijven in gebruik tot Excel sluit ({pins}), en de volgende keer opslaan probeert het opnieuw. Sla de werkmap op en open ze opnieuw om het te controleren.",
  pinsNoAnswer: "Excel gaf geen antwoord",
  pinsNoReason: "geen reden opgegeven",
  pinsTooLarge:
    "De vastgelegde koersen zouden {size} innemen ({pins}), meer dan de {limit} die de instellingen van de werkmap kunnen bevatten: de eerder opgeslagen koersen blijven behouden, de nieuwere worden gebruikt tot Excel sluit, maar niet opgeslagen. {advice}",
};
