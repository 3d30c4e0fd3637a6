/** The "Inserted tables" panel's wording in Dutch (keys and placeholders as in en.ts). */
import type { TrackingStrings } from "../../../core/tracking/wordingEn";

export const trackingNl: TrackingStrings = {
  heading: "{title} (tabel {table} op werkblad {sheet})",
  headingRenamed: "{title} (tabel {table} op werkblad {sheet}, hernoemd van {old})",
  figuresOne: "{count} cijfer",
  figuresMany: "{count} cijfers",
  stateCurrent: "Actueel: geen van de cijfers is veranderd sinds datasetversie {version}.",
  stateChangedOne: "{count} cijfer veranderd sinds datasetversie {version}.",
  stateChangedMany: "{count} cijfers veranderd sinds datasetversie {version}.",
  stateMissing:
    "Niet gevonden: geen tabel heet {table}, en geen begint waar hij stond op werkblad {sheet}. Hij is verwijderd, of hernoemd en verplaatst. Zijn gegevens blijven in de werkmap.",
  stateProtectedOne:
    "{count} cijfer veranderd sinds datasetversie {version}, maar werkblad {sheet} is beveiligd: hef de beveiliging op (Controleren > Beveiliging blad opheffen) en controleer opnieuw om de tabel bij te werken.",
  stateProtectedMany:
    "{count} cijfers veranderd sinds datasetversie {version}, maar werkblad {sheet} is beveiligd: hef de beveiliging op (Controleren > Beveiliging blad opheffen) en controleer opnieuw om de tabel bij te werken.",
  stateResized:
    "Van grootte veranderd sinds het invoegen: geen van de cellen wordt gewijzigd, omdat de plaats van een cel niet meer zegt welk cijfer ze toont. Voeg de tabel opnieuw in voor de actuele cijfers.",
  remarkNewFigures:
    "De tabel in de catalogus heeft nu {figures} die deze kopie mist (rijen of kolommen die sindsdien zijn toegevoegd): voeg de tabel opnieuw in om ze te krijgen.",
  remarkValuesOnly:
    "De berekende kolommen zijn als waarden ingevoegd, niet als formules: een update berekent ze niet opnieuw.",
  figureLabel: "{measure}, {place}, {period}",
  emptyValue: "(leeg)",
  withdrawnValue: "ingetrokken",
  kindAdded: "toegevoegd",
  kindRevised: "herzien",
  kindWithdrawn: "ingetrokken",
  reason: "{version}, {kind}: {why}",
  reasonWithSources: "{version}, {kind}: {why} (bronnen: {sources})",
  actionUpdate: "De cel wordt bijgewerkt.",
  actionUpdated: "Bijgewerkt.",
  actionKeep: "Gehouden zoals u de cel bewerkte: ze bevat {value}.",
  actionWithdrawn: "Het cijfer is uit de dataset gehaald; de cel blijft zoals ze is.",
  actionHold: "Niet gewijzigd: de tabel is van grootte veranderd of het werkblad is beveiligd.",
  change: "{figure} ({address}): {inserted} → {next}. {action} Waarom: {why}",
  unreadableOne:
    "{count} gegevensrecord van ingevoegde tabellen kon niet worden gelezen en is gelaten zoals het is.",
  unreadableMany:
    "{count} gegevensrecords van ingevoegde tabellen konden niet worden gelezen en zijn gelaten zoals ze zijn.",
  noTables:
    "Deze werkmap heeft geen tabel die met zijn gegevens is ingevoegd (tabellen die zijn ingevoegd voordat die gegevens werden bewaard, kunnen niet worden gecontroleerd).",
  insertedTablesOne: "{count} ingevoegde tabel",
  insertedTablesMany: "{count} ingevoegde tabellen",
  hasUpdatesOne: "{count} heeft updates",
  hasUpdatesMany: "{count} hebben updates",
  upToDate: "{count} actueel",
  resizedOne: "{count} van grootte veranderd",
  resizedMany: "{count} van grootte veranderd",
  onProtectedSheets: "{count} op beveiligde werkbladen",
  notFoundOne: "{count} niet gevonden",
  notFoundMany: "{count} niet gevonden",
  summary: "{tables}: {parts}.",
  nothingToUpdate: "Niets bij te werken: geen ingevoegde tabel heeft veranderde cijfers.",
  cellsOne: "{count} cel",
  cellsMany: "{count} cellen",
  tablesOne: "{count} tabel",
  tablesMany: "{count} tabellen",
  updated: "{cells} bijgewerkt in {tables}.",
  keptOne: "{count} cel die u had bewerkt, is gehouden (hieronder vermeld).",
  keptMany: "{count} cellen die u had bewerkt, zijn gehouden (hieronder vermeld).",
  sourcesRefreshed: "Het werkblad {sheet} is vernieuwd.",
  noSourcesSheet:
    "De werkmap heeft geen bronnenblad; schrijf er een onder Delen met de redactie om de nieuwe cijfers te vermelden.",
};
