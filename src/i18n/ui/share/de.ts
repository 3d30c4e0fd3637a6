/** What the share panel says after an action, in German (keys and placeholders as in en.ts). */
import type { ShareStrings } from "./en";

export const shareDe: ShareStrings = {
  sharedRecordsSheetTaken:
    "Nichts umgewandelt: Ein Blatt namens DeskFormulas gibt es schon, und es gehört nicht zu Seizure Desk. Benennen Sie es um und versuchen Sie es erneut.",
  frozeOne:
    "{count} DESK-Formel in ihren Wert umgewandelt ({cells}). „Formeln wiederherstellen“ setzt sie zurück.",
  frozeMany:
    "{count} DESK-Formeln in ihre Werte umgewandelt ({cells}). „Formeln wiederherstellen“ setzt sie zurück.",
  cellsOne: "{count} Zelle",
  cellsMany: "{count} Zellen",
  formulasOne: "{count} Formel",
  formulasMany: "{count} Formeln",
  nothingLeftToFreeze:
    "Nichts umzuwandeln: Es gibt keine DESK-Formeln mehr; früher Umgewandeltes ({formulas}) lässt sich wiederherstellen.",
  nothingToFreeze: "Nichts umzuwandeln: Diese Arbeitsmappe hat keine DESK-Formeln.",
  skippedProtectedOne:
    "Geschütztes Blatt übersprungen: {sheets}. Heben Sie den Schutz auf und starten Sie erneut, um die Formeln umzuwandeln.",
  skippedProtectedMany:
    "Geschützte Blätter übersprungen: {sheets}. Heben Sie den Schutz auf und starten Sie erneut, um die Formeln umzuwandeln.",
  sheetWithFormulas: "{sheet} ({formulas})",
  stillCalculatingOne:
    "{count} Formel wurde noch berechnet und blieb unverändert: Starten Sie erneut, sobald sie einen Wert zeigt.",
  stillCalculatingMany:
    "{count} Formeln wurden noch berechnet und blieben unverändert: Starten Sie erneut, sobald sie Werte zeigen.",
  nothingToRestore:
    "Nichts wiederherzustellen: Diese Arbeitsmappe hat keine umgewandelten DESK-Formeln.",
  restoredOne: "{count} DESK-Formel wiederhergestellt.",
  restoredMany: "{count} DESK-Formeln wiederhergestellt.",
  noFormulaRestored: "Keine Formel wiederhergestellt.",
  editedOne:
    "{count} umgewandelte Zelle wurde seither bearbeitet und bleibt, wie Sie sie hinterlassen haben.",
  editedMany:
    "{count} umgewandelte Zellen wurden seither bearbeitet und bleiben, wie Sie sie hinterlassen haben.",
  keptProtectedOne:
    "{formulas} auf dem geschützten Blatt {sheets} bleiben umgewandelt: Heben Sie den Schutz auf und starten Sie erneut.",
  keptProtectedMany:
    "{formulas} auf den geschützten Blättern {sheets} bleiben umgewandelt: Heben Sie den Schutz auf und starten Sie erneut.",
  missingSheetOne: "{count} Formel gehört zu einem Blatt, das es nicht mehr gibt.",
  missingSheetMany: "{count} Formeln gehören zu einem Blatt, das es nicht mehr gibt.",
  notRestored: "Nicht wiederhergestellt, die Zellen behalten ihre Werte: {list}.",
  refusedFormula: "{cells} {formula}: {why}",
  andOthersOne: "und {count} weitere",
  andOthersMany: "und {count} weitere",
  list: "{first}; {rest}",
  sourcesSheetRefreshed: "Blatt Quellen „{name}“ aktualisiert.",
  sourcesSheetWritten: "Blatt Quellen „{name}“ geschrieben.",
  whyNotAccepted: "es ist keine Formel, die Excel annimmt",
  whyNotFormula: "es ist keine Formel",
  whyNotToken: "sie enthält etwas, das kein Formelbestandteil ist ({text})",
  whyUnclosedText: "ein Text darin ist nicht geschlossen",
  whyOtherFile: "sie verweist auf eine andere Datei ({text})",
  whyOutsideName: "sie verweist auf einen Namen außerhalb dieser Arbeitsmappe ({text})",
  whyReachesOutside: "sie ruft {name} auf, das über die Arbeitsmappe hinausgreift",
  whyNoDeskCall: "sie ruft keine DESK-Funktion auf",
  whyRecordsSheet: "sie zeigt auf das Blatt der gespeicherten Formeln selbst",
  whyOutsideSheet: "ihre Zellen liegen außerhalb des Blattes",
  whyTooManyCells: "sie beansprucht mehr Zellen, als eine DESK-Formel füllt",
  whyOverlap: "ihre Zellen überschneiden sich mit denen einer anderen behaltenen Formel",
};
