/** What the share panel says after an action, in Dutch (keys and placeholders as in en.ts). */
import type { ShareStrings } from "./en";

export const shareNl: ShareStrings = {
  sharedRecordsSheetTaken:
    "Niets omgezet: er bestaat al een werkblad met de naam DeskFormulas dat niet van Seizure Desk is. Wijzig de naam ervan en probeer het opnieuw.",
  frozeOne:
    "{count} DESK-formule omgezet in haar waarde ({cells}). ‘Formules herstellen’ zet ze terug.",
  frozeMany:
    "{count} DESK-formules omgezet in hun waarden ({cells}). ‘Formules herstellen’ zet ze terug.",
  cellsOne: "{count} cel",
  cellsMany: "{count} cellen",
  formulasOne: "{count} formule",
  formulasMany: "{count} formules",
  nothingLeftToFreeze:
    "Niets om te zetten: er zijn geen DESK-formules meer; wat eerder is omgezet ({formulas}), kan worden hersteld.",
  nothingToFreeze: "Niets om te zetten: deze werkmap heeft geen DESK-formules.",
  skippedProtectedOne:
    "Beveiligd werkblad overgeslagen: {sheets}. Hef de beveiliging op en probeer het opnieuw om de formules om te zetten.",
  skippedProtectedMany:
    "Beveiligde werkbladen overgeslagen: {sheets}. Hef de beveiliging op en probeer het opnieuw om de formules om te zetten.",
  sheetWithFormulas: "{sheet} ({formulas})",
  stillCalculatingOne:
    "{count} formule was nog aan het rekenen en is gelaten zoals ze was: probeer het opnieuw zodra ze een waarde toont.",
  stillCalculatingMany:
    "{count} formules waren nog aan het rekenen en zijn gelaten zoals ze waren: probeer het opnieuw zodra ze waarden tonen.",
  nothingToRestore: "Niets te herstellen: deze werkmap heeft geen omgezette DESK-formules.",
  restoredOne: "{count} DESK-formule hersteld.",
  restoredMany: "{count} DESK-formules hersteld.",
  noFormulaRestored: "Geen formule hersteld.",
  editedOne: "{count} omgezette cel is sindsdien bewerkt en blijft zoals je ze achterliet.",
  editedMany: "{count} omgezette cellen zijn sindsdien bewerkt en blijven zoals je ze achterliet.",
  keptProtectedOne:
    "{formulas} op beveiligd werkblad {sheets} blijven omgezet: hef de beveiliging op en probeer het opnieuw.",
  keptProtectedMany:
    "{formulas} op beveiligde werkbladen {sheets} blijven omgezet: hef de beveiliging op en probeer het opnieuw.",
  missingSheetOne: "{count} formule hoort bij een werkblad dat niet meer bestaat.",
  missingSheetMany: "{count} formules horen bij een werkblad dat niet meer bestaat.",
  notRestored: "Niet hersteld, de cellen houden hun waarden: {list}.",
  refusedFormula: "{cells} {formula}: {why}",
  andOthersOne: "en nog {count}",
  andOthersMany: "en nog {count}",
  list: "{first}; {rest}",
  sourcesSheetRefreshed: "Werkblad Bronnen ‘{name}’ bijgewerkt.",
  sourcesSheetWritten: "Werkblad Bronnen ‘{name}’ geschreven.",
  whyNotAccepted: "het is geen formule die Excel aanvaardt",
  whyNotFormula: "het is geen formule",
  whyNotToken: "ze bevat iets dat geen deel van een formule is ({text})",
  whyUnclosedText: "een tekst erin is niet afgesloten",
  whyOtherFile: "ze verwijst naar een ander bestand ({text})",
  whyOutsideName: "ze verwijst naar een naam buiten deze werkmap ({text})",
  whyReachesOutside: "ze roept {name} aan, dat buiten de werkmap reikt",
  whyNoDeskCall: "ze roept geen DESK-functie aan",
  whyRecordsSheet: "ze wijst naar het werkblad met de bewaarde formules zelf",
  whyOutsideSheet: "haar cellen liggen buiten het werkblad",
  whyTooManyCells: "ze claimt meer cellen dan een DESK-formule vult",
  whyOverlap: "haar cellen overlappen die van een andere bewaarde formule",
};
