/** The "Inserted tables" panel's wording in French (keys and placeholders as in en.ts). */
import type { TrackingStrings } from "../../../core/tracking/wordingEn";

export const trackingFr: TrackingStrings = {
  heading: "{title} (tableau {table} sur la feuille {sheet})",
  headingRenamed: "{title} (tableau {table} sur la feuille {sheet}, renommé depuis {old})",
  figuresOne: "{count} chiffre",
  figuresMany: "{count} chiffres",
  stateCurrent:
    "À jour : aucun de ses chiffres n’a changé depuis la version {version} du jeu de données.",
  stateChangedOne: "{count} chiffre modifié depuis la version {version} du jeu de données.",
  stateChangedMany: "{count} chiffres modifiés depuis la version {version} du jeu de données.",
  stateMissing:
    "Introuvable : aucun tableau ne s’appelle {table}, et aucun ne commence là où il était sur la feuille {sheet}. Il a été supprimé, ou renommé et déplacé. Sa trace reste dans le classeur.",
  stateProtectedOne:
    "{count} chiffre modifié depuis la version {version} du jeu de données, mais la feuille {sheet} est protégée : ôtez sa protection (Révision > Ôter la protection de la feuille), puis vérifiez à nouveau pour le mettre à jour.",
  stateProtectedMany:
    "{count} chiffres modifiés depuis la version {version} du jeu de données, mais la feuille {sheet} est protégée : ôtez sa protection (Révision > Ôter la protection de la feuille), puis vérifiez à nouveau pour le mettre à jour.",
  stateResized:
    "Redimensionné depuis son insertion : aucune de ses cellules n’est modifiée, car la place d’une cellule ne dit plus quel chiffre elle montre. Insérez à nouveau le tableau pour avoir les chiffres actuels.",
  remarkNewFigures:
    "Le tableau du catalogue a désormais {figures} que cette copie n’a pas (lignes ou colonnes ajoutées depuis) : insérez-le à nouveau pour les avoir.",
  remarkValuesOnly:
    "Ses colonnes calculées ont été insérées comme valeurs, pas comme formules : une mise à jour ne les recalcule pas.",
  figureLabel: "{measure}, {place}, {period}",
  emptyValue: "(vide)",
  withdrawnValue: "retiré",
  kindAdded: "ajouté",
  kindRevised: "révisé",
  kindWithdrawn: "retiré",
  reason: "{version}, {kind} : {why}",
  reasonWithSources: "{version}, {kind} : {why} (sources : {sources})",
  actionUpdate: "La cellule sera mise à jour.",
  actionUpdated: "Mis à jour.",
  actionKeep: "Gardée telle que vous l’avez modifiée : la cellule contient {value}.",
  actionWithdrawn: "Le chiffre a quitté le jeu de données ; la cellule reste telle quelle.",
  actionHold: "Inchangée : le tableau a été redimensionné ou sa feuille est protégée.",
  change: "{figure} ({address}) : {inserted} → {next}. {action} Pourquoi : {why}",
  unreadableOne:
    "{count} trace de tableau inséré n’a pas pu être lue et a été laissée telle quelle.",
  unreadableMany:
    "{count} traces de tableaux insérés n’ont pas pu être lues et ont été laissées telles quelles.",
  noTables:
    "Ce classeur n’a aucun tableau inséré avec sa trace (les tableaux insérés avant que les traces soient gardées ne peuvent pas être vérifiés).",
  insertedTablesOne: "{count} tableau inséré",
  insertedTablesMany: "{count} tableaux insérés",
  hasUpdatesOne: "{count} a des mises à jour",
  hasUpdatesMany: "{count} ont des mises à jour",
  upToDate: "{count} à jour",
  resizedOne: "{count} redimensionné",
  resizedMany: "{count} redimensionnés",
  onProtectedSheets: "{count} sur des feuilles protégées",
  notFoundOne: "{count} introuvable",
  notFoundMany: "{count} introuvables",
  summary: "{tables} : {parts}.",
  nothingToUpdate: "Rien à mettre à jour : aucun tableau inséré n’a de chiffres modifiés.",
  cellsOne: "{count} cellule",
  cellsMany: "{count} cellules",
  tablesOne: "{count} tableau",
  tablesMany: "{count} tableaux",
  updated: "Mise à jour de {cells} dans {tables}.",
  keptOne: "{count} cellule que vous aviez modifiée a été gardée (liste ci-dessous).",
  keptMany: "{count} cellules que vous aviez modifiées ont été gardées (liste ci-dessous).",
  sourcesRefreshed: "La feuille {sheet} a été actualisée.",
  noSourcesSheet:
    "Le classeur n’a pas de feuille des sources ; écrivez-en une sous Partager avec la rédaction pour citer les nouveaux chiffres.",
};
