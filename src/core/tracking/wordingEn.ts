/**
 * What the "Inserted tables" panel says about each table and each changed figure
 * (src/core/tracking/messages.ts), in English, the source of the keys. These strings travel with the
 * panel's wording, fetched on the first check, not with the start bundle; each other language is its own
 * chunk (src/i18n/ui/tracking). "One"/"Many" pairs are chosen by the language's plural rule.
 */
export const trackingEn = {
  heading: "{title} (table {table} on sheet {sheet})",
  headingRenamed: "{title} (table {table} on sheet {sheet}, renamed from {old})",
  figuresOne: "{count} figure",
  figuresMany: "{count} figures",
  stateCurrent: "Up to date: no figure of it changed since dataset version {version}.",
  stateChangedOne: "{count} figure changed since dataset version {version}.",
  stateChangedMany: "{count} figures changed since dataset version {version}.",
  stateMissing:
    "Not found: no table is named {table}, and none starts where it was on sheet {sheet}. It was deleted, or renamed and moved. Its record stays in the workbook.",
  stateProtectedOne:
    "{count} figure changed since dataset version {version}, but sheet {sheet} is protected: lift its protection (Review > Unprotect Sheet), then check again to update it.",
  stateProtectedMany:
    "{count} figures changed since dataset version {version}, but sheet {sheet} is protected: lift its protection (Review > Unprotect Sheet), then check again to update it.",
  stateResized:
    "Resized since it was inserted: none of its cells is changed, since a cell's place no longer says which figure it shows. Insert the table again for the current figures.",
  remarkNewFigures:
    "The catalogue's table now has {figures} this copy lacks (rows or columns added since): insert it again to get them.",
  remarkValuesOnly:
    "Its derived columns were inserted as values, not formulas: they are not recomputed by an update.",
  figureLabel: "{measure}, {place}, {period}",
  emptyValue: "(empty)",
  withdrawnValue: "withdrawn",
  kindAdded: "added",
  kindRevised: "revised",
  kindWithdrawn: "withdrawn",
  reason: "{version}, {kind}: {why}",
  reasonWithSources: "{version}, {kind}: {why} (sources: {sources})",
  actionUpdate: "The cell will be updated.",
  actionUpdated: "Updated.",
  actionKeep: "Kept as you edited it: the cell holds {value}.",
  actionWithdrawn: "The figure left the dataset; the cell is left as it is.",
  actionHold: "Not changed: the table was resized or its sheet is protected.",
  change: "{figure} ({address}): {inserted} → {next}. {action} Why: {why}",
  unreadableOne: "{count} record of inserted tables could not be read and was left as it is.",
  unreadableMany: "{count} records of inserted tables could not be read and were left as they are.",
  noTables:
    "This workbook has no table inserted with its record (tables inserted before records were kept cannot be checked).",
  insertedTablesOne: "{count} inserted table",
  insertedTablesMany: "{count} inserted tables",
  hasUpdatesOne: "{count} has updates",
  hasUpdatesMany: "{count} have updates",
  upToDate: "{count} up to date",
  resizedOne: "{count} resized",
  resizedMany: "{count} resized",
  onProtectedSheets: "{count} on protected sheets",
  notFoundOne: "{count} not found",
  notFoundMany: "{count} not found",
  summary: "{tables}: {parts}.",
  nothingToUpdate: "Nothing to update: no inserted table has changed figures.",
  cellsOne: "{count} cell",
  cellsMany: "{count} cells",
  tablesOne: "{count} table",
  tablesMany: "{count} tables",
  updated: "Updated {cells} in {tables}.",
  keptOne: "{count} cell you had edited was kept (listed below).",
  keptMany: "{count} cells you had edited were kept (listed below).",
  sourcesRefreshed: "The sheet {sheet} was refreshed.",
  noSourcesSheet:
    "The workbook has no Sources sheet; write one under Share with editors to cite the new figures.",
};

export type TrackingStrings = { readonly [K in keyof typeof trackingEn]: string };
export type TrackingKey = keyof TrackingStrings;
