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
  pinChange: "{pair} {day} ({rule}) : {before} → {after} ({percent})",
  pinChangeOtherDay: "{pair} {day} ({rule}) : {before} → {after} (taux du {dayUsed}) ({percent})",
  pinNoNewRate: "{pair} {day} ({rule}) : pas de nouveau taux ; {rate} gardé",
  pinSameRate: "{pair} {day} ({rule}) : même taux {rate}, désormais de {source}",
  pinsOne: "{count} taux figé",
  pinsMany: "{count} taux figés",
  kilobytes: "{count} Ko",
  pinsNotSavedYet: "Aucun taux figé n’a encore été enregistré d’ici dans ce classeur.",
  pinsSavedOne: "{count} taux figé enregistré dans le classeur",
  pinsSavedMany: "{count} taux figés enregistrés dans le classeur",
  pinsSavedRoom: "{saved} ({size} sur {limit}).",
  pinsNearLimit: "{saved}, {size} sur les {limit} permis : proche de la limite. {advice}",
  pinsAdvice:
    "Convertissez en valeurs les feuilles terminées, ou commencez un nouveau classeur pour les nouvelles recherches.",
  pinsSaveFailed:
    "Excel n’a pas enregistré les taux figés ({reason}). Ils restent utilisés jusqu’à la fermeture d’Excel ({pins}), et le prochain enregistrement réessaiera. Enregistrez le classeur et rouvrez-le pour vérifier.",
  pinsNoAnswer: "Excel n’a pas répondu",
  pinsNoReason: "aucune raison indiquée",
  pinsTooLarge:
    "Les taux figés prendraient {size} ({pins}), au-delà des {limit} que peuvent contenir les paramètres du classeur : les taux figés enregistrés avant sont gardés, les plus récents sont utilisés jusqu’à la fermeture d’Excel mais pas enregistrés. {advice}",
};
