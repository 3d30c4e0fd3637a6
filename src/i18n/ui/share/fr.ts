/** What the share panel says after an action, in French (keys and placeholders as in en.ts). */
import type { ShareStrings } from "./en";

export const shareFr: ShareStrings = {
  sharedRecordsSheetTaken:
    "Rien n’a été converti : une feuille nommée DeskFormulas existe déjà et n’appartient pas à Seizure Desk. Renommez-la, puis réessayez.",
  frozeOne:
    "{count} formule DESK convertie en sa valeur ({cells}). « Rétablir les formules » la remet en place.",
  frozeMany:
    "{count} formules DESK converties en leurs valeurs ({cells}). « Rétablir les formules » les remet en place.",
  cellsOne: "{count} cellule",
  cellsMany: "{count} cellules",
  formulasOne: "{count} formule",
  formulasMany: "{count} formules",
  nothingLeftToFreeze:
    "Rien à convertir : il ne reste aucune formule DESK ; ce qui a été converti plus tôt ({formulas}) peut être rétabli.",
  nothingToFreeze: "Rien à convertir : ce classeur n’a aucune formule DESK.",
  skippedProtectedOne:
    "Feuille protégée ignorée : {sheets}. Ôtez la protection et relancez pour convertir ses formules.",
  skippedProtectedMany:
    "Feuilles protégées ignorées : {sheets}. Ôtez la protection et relancez pour convertir leurs formules.",
  sheetWithFormulas: "{sheet} ({formulas})",
  stillCalculatingOne:
    "{count} formule était encore en cours de calcul et a été laissée telle quelle : relancez quand elle affiche sa valeur.",
  stillCalculatingMany:
    "{count} formules étaient encore en cours de calcul et ont été laissées telles quelles : relancez quand elles affichent leurs valeurs.",
  nothingToRestore: "Rien à rétablir : ce classeur n’a aucune formule DESK convertie.",
  restoredOne: "{count} formule DESK rétablie.",
  restoredMany: "{count} formules DESK rétablies.",
  noFormulaRestored: "Aucune formule rétablie.",
  editedOne:
    "{count} cellule convertie a été modifiée depuis et reste telle que vous l’avez laissée.",
  editedMany:
    "{count} cellules converties ont été modifiées depuis et restent telles que vous les avez laissées.",
  keptProtectedOne:
    "{formulas} sur la feuille protégée {sheets} : laissées en valeurs ; ôtez la protection et relancez.",
  keptProtectedMany:
    "{formulas} sur les feuilles protégées {sheets} : laissées en valeurs ; ôtez la protection et relancez.",
  missingSheetOne: "{count} formule appartient à une feuille qui n’existe plus.",
  missingSheetMany: "{count} formules appartiennent à une feuille qui n’existe plus.",
  notRestored: "Non rétablies, les cellules gardent leurs valeurs : {list}.",
  refusedFormula: "{cells} {formula} : {why}",
  andOthersOne: "et {count} autre",
  andOthersMany: "et {count} autres",
  list: "{first} ; {rest}",
  sourcesSheetRefreshed: "Feuille Sources « {name} » actualisée.",
  sourcesSheetWritten: "Feuille Sources « {name} » écrite.",
  whyNotAccepted: "ce n’est pas une formule qu’Excel accepte",
  whyNotFormula: "ce n’est pas une formule",
  whyNotToken: "elle contient quelque chose qui n’est pas un élément de formule ({text})",
  whyUnclosedText: "un texte n’y est pas fermé",
  whyOtherFile: "elle renvoie à un autre fichier ({text})",
  whyOutsideName: "elle renvoie à un nom extérieur à ce classeur ({text})",
  whyReachesOutside: "elle appelle {name}, qui va chercher hors du classeur",
  whyNoDeskCall: "elle n’appelle aucune fonction DESK",
  whyRecordsSheet: "elle renvoie à la feuille des formules gardées elle-même",
  whyOutsideSheet: "ses cellules sont hors de la feuille",
  whyTooManyCells: "elle revendique plus de cellules qu’une formule DESK n’en remplit",
  whyOverlap: "ses cellules chevauchent celles d’une autre formule gardée",
};
