/** The "Inserted tables" panel's wording in German (keys and placeholders as in en.ts). */
import type { TrackingStrings } from "../../../core/tracking/wordingEn";

export const trackingDe: TrackingStrings = {
  heading: "{title} (Tabelle {table} auf Blatt {sheet})",
  headingRenamed: "{title} (Tabelle {table} auf Blatt {sheet}, umbenannt von {old})",
  figuresOne: "{count} Zahl",
  figuresMany: "{count} Zahlen",
  stateCurrent: "Aktuell: Keine ihrer Zahlen hat sich seit Datensatzversion {version} geändert.",
  stateChangedOne: "{count} Zahl seit Datensatzversion {version} geändert.",
  stateChangedMany: "{count} Zahlen seit Datensatzversion {version} geändert.",
  stateMissing:
    "Nicht gefunden: Keine Tabelle heißt {table}, und keine beginnt dort, wo sie auf Blatt {sheet} stand. Sie wurde gelöscht oder umbenannt und verschoben. Ihr Eintrag bleibt in der Arbeitsmappe.",
  stateProtectedOne:
    "{count} Zahl seit Datensatzversion {version} geändert, aber Blatt {sheet} ist geschützt: Heben Sie den Schutz auf (Überprüfen > Blattschutz aufheben) und prüfen Sie erneut, um die Tabelle zu aktualisieren.",
  stateProtectedMany:
    "{count} Zahlen seit Datensatzversion {version} geändert, aber Blatt {sheet} ist geschützt: Heben Sie den Schutz auf (Überprüfen > Blattschutz aufheben) und prüfen Sie erneut, um die Tabelle zu aktualisieren.",
  stateResized:
    "Seit dem Einfügen in der Größe verändert: Keine ihrer Zellen wird geändert, da die Lage einer Zelle nicht mehr sagt, welche Zahl sie zeigt. Fügen Sie die Tabelle erneut ein, um die aktuellen Zahlen zu erhalten.",
  remarkNewFigures:
    "Die Tabelle im Katalog hat jetzt {figures}, die dieser Kopie fehlen (seither hinzugefügte Zeilen oder Spalten): Fügen Sie sie erneut ein, um sie zu erhalten.",
  remarkValuesOnly:
    "Ihre berechneten Spalten wurden als Werte eingefügt, nicht als Formeln: Eine Aktualisierung berechnet sie nicht neu.",
  figureLabel: "{measure}, {place}, {period}",
  emptyValue: "(leer)",
  withdrawnValue: "zurückgezogen",
  kindAdded: "hinzugefügt",
  kindRevised: "korrigiert",
  kindWithdrawn: "zurückgezogen",
  reason: "{version}, {kind}: {why}",
  reasonWithSources: "{version}, {kind}: {why} (Quellen: {sources})",
  actionUpdate: "Die Zelle wird aktualisiert.",
  actionUpdated: "Aktualisiert.",
  actionKeep: "So behalten, wie Sie sie bearbeitet haben: Die Zelle enthält {value}.",
  actionWithdrawn: "Die Zahl ist nicht mehr im Datensatz; die Zelle bleibt, wie sie ist.",
  actionHold:
    "Nicht geändert: Die Tabelle wurde in der Größe verändert oder ihr Blatt ist geschützt.",
  change: "{figure} ({address}): {inserted} → {next}. {action} Warum: {why}",
  unreadableOne:
    "{count} Eintrag eingefügter Tabellen konnte nicht gelesen werden und blieb, wie er ist.",
  unreadableMany:
    "{count} Einträge eingefügter Tabellen konnten nicht gelesen werden und blieben, wie sie sind.",
  noTables:
    "Diese Arbeitsmappe hat keine mit ihrem Eintrag eingefügte Tabelle (Tabellen, die eingefügt wurden, bevor Einträge geführt wurden, können nicht geprüft werden).",
  insertedTablesOne: "{count} eingefügte Tabelle",
  insertedTablesMany: "{count} eingefügte Tabellen",
  hasUpdatesOne: "{count} hat Aktualisierungen",
  hasUpdatesMany: "{count} haben Aktualisierungen",
  upToDate: "{count} aktuell",
  resizedOne: "{count} in der Größe verändert",
  resizedMany: "{count} in der Größe verändert",
  onProtectedSheets: "{count} auf geschützten Blättern",
  notFoundOne: "{count} nicht gefunden",
  notFoundMany: "{count} nicht gefunden",
  summary: "{tables}: {parts}.",
  nothingToUpdate: "Nichts zu aktualisieren: Keine eingefügte Tabelle hat geänderte Zahlen.",
  cellsOne: "{count} Zelle",
  cellsMany: "{count} Zellen",
  tablesOne: "{count} Tabelle",
  tablesMany: "{count} Tabellen",
  updated: "{cells} in {tables} aktualisiert.",
  keptOne: "{count} Zelle, die Sie bearbeitet hatten, wurde behalten (unten aufgeführt).",
  keptMany: "{count} Zellen, die Sie bearbeitet hatten, wurden behalten (unten aufgeführt).",
  sourcesRefreshed: "Das Blatt {sheet} wurde aufgefrischt.",
  noSourcesSheet:
    "Die Arbeitsmappe hat kein Quellenblatt; schreiben Sie eines unter Mit der Redaktion teilen, um die neuen Zahlen zu belegen.",
};
