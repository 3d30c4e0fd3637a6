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
  pinChange: "{pair} {day} ({rule}): {before} → {after} ({percent})",
  pinChangeOtherDay: "{pair} {day} ({rule}): {before} → {after} (Kurs vom {dayUsed}) ({percent})",
  pinNoNewRate: "{pair} {day} ({rule}): Kein neuer Kurs; {rate} behalten",
  pinSameRate: "{pair} {day} ({rule}): Gleicher Kurs {rate}, jetzt von {source}",
  pinsOne: "{count} festgeschriebener Kurs",
  pinsMany: "{count} festgeschriebene Kurse",
  kilobytes: "{count} KB",
  pinsNotSavedYet:
    "Von hier aus wurden in dieser Arbeitsmappe noch keine festgeschriebenen Kurse gespeichert.",
  pinsSavedOne: "{count} festgeschriebener Kurs in der Arbeitsmappe gespeichert",
  pinsSavedMany: "{count} festgeschriebene Kurse in der Arbeitsmappe gespeichert",
  pinsSavedRoom: "{saved} ({size} von {limit}).",
  pinsNearLimit: "{saved}, {size} der erlaubten {limit}: Nahe an der Grenze. {advice}",
  pinsAdvice:
    "Wandeln Sie fertige Blätter in Werte um oder beginnen Sie eine neue Arbeitsmappe für neue Abfragen.",
  pinsSaveFailed:
    "Excel hat die festgeschriebenen Kurse nicht gespeichert ({reason}). Sie bleiben in Gebrauch, bis Excel geschlossen wird ({pins}), und beim nächsten Speichern wird es erneut versucht. Speichern Sie die Arbeitsmappe und öffnen Sie sie erneut, um das zu prüfen.",
  pinsNoAnswer: "Excel hat nicht geantwortet",
  pinsNoReason: "kein Grund angegeben",
  pinsTooLarge:
    "Die festgeschriebenen Kurse würden {size} belegen ({pins}), mehr als die {limit}, die die Einstellungen der Arbeitsmappe fassen können: Die zuvor gespeicherten Kurse bleiben erhalten, die neueren werden bis zum Schließen von Excel verwendet, aber nicht gespeichert. {advice}",
};
