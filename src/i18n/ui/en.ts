/**
 * The pane's strings in English, the source language: its keys are the type every other language must
 * satisfy (UiStrings), so a missing key fails the typecheck. "{name}" placeholders are filled by fill()
 * (src/i18n/fill.ts), numbers in the language's conventions. English is also the fallback the pane renders
 * with before any other language's module has arrived, so this module is in the start bundle.
 */
export const en = {
  // The page (taskpane.html)
  loading: "Loading…",
  languageLabel: "Language",
  catalogueHeading: "Tables",
  searchLabel: "Search",
  searchPlaceholder: "Title, description or source",
  countryLabel: "Country",
  topicLabel: "Topic",

  // Catalogue, preview and actions (app.ts, catalogueView.ts, preview.ts, filters.ts)
  datasetVersion: "Dataset version {version}: what changed is in the help page's changelog.",
  helpLink: "Help and function reference",
  hostExcel: "Connected to Excel: choose a table, then insert it at the selected cell.",
  hostBrowser: "Outside Excel: browse the catalogue and download tables as CSV.",
  resultCount: "{shown} of {total} tables",
  noMatch: "No table matches. Clear the search or the filters.",
  allCountries: "All countries",
  allTopics: "All topics",
  topicOperation: "The operation",
  topicSeizures: "Seizures",
  topicSkyEcc: "Sky ECC",
  topicStatistics: "Statistics",
  topicAftermath: "After the operation",
  topicFactCheck: "Fact check",
  differsBadge: "Article differs from sources or is unsupported",
  differsNotice:
    "A figure of the 10 March 2021 article differs from what primary sources published, or no source published it; the table keeps each value with its own source.",
  listAndMore: "{list} and {count} more",
  periodLabel: "Period",
  sourcesLabel: "Sources",
  noneCited: "None cited",
  firstRows: "First {shown} of {total} rows",
  allRows: "{count} rows",
  previewRegion: "Preview: {rows}",
  previewCaption: "{title}: {rows}",
  previewStatus: "Preview: {title}.",
  lineChart: "Line chart: {title}",
  columnChart: "Column chart: {title}",
  chartLegend: "Legend",
  derivedColumns: "Derived columns",
  liveFormulas: "Live formulas",
  valuesOnly: "Values only",
  chartBeside: "Chart beside the table",
  insertButton: "Insert at selected cell",
  inserting: "Inserting “{title}”…",
  insertedAt: "Inserted “{title}” at {address}.",
  insertedAtWithChart: "Inserted “{title}” at {address} with a chart.",
  newSheetPastEdge:
    "From the selected cell it would run past the sheet's last row or column, so “{title}” went to a new sheet: {address}.",
  newSheetPastEdgeWithChart:
    "From the selected cell it would run past the sheet's last row or column, so “{title}” went to a new sheet: {address} with a chart.",
  newSheetNotEmpty:
    "The selected cells were not empty, so “{title}” went to a new sheet: {address}.",
  newSheetNotEmptyWithChart:
    "The selected cells were not empty, so “{title}” went to a new sheet: {address} with a chart.",
  insertFailed: "Could not insert the table: {reason}",
  downloadCsv: "Download CSV",
  csvFormat: "The CSV separates columns with commas and writes decimals with a point.",
  openInExcelToInsert: "Open the pane in Excel to insert tables.",
  downloadingCsv: "Downloading “{title}” as CSV.",
  openedInBrowser:
    "Excel cannot save files from the pane on every computer, so {what} opened in your browser: “{button}” there saves it.",
  openThisAddress:
    "Excel cannot save files from the pane here: open {url} in your browser, where “{button}” saves {what}.",
  quotedTitle: "“{title}”",
  actionFailed: "That did not work: {reason}",

  // Share with editors (sharePanel.ts)
  shareHeading: "Share with editors",
  shareAbout:
    "Editors without the add-in see #NAME? where DESK formulas are. Prepare for sharing turns them into their values (the formulas are kept in the workbook) and writes a Sources sheet citing every figure and rate.",
  prepareForSharing: "Prepare for sharing",
  restoreFormulas: "Restore formulas",
  writeSourcesSheet: "Write Sources sheet",
  freezing: "Freezing DESK formulas…",
  restoring: "Restoring formulas…",
  writingSources: "Writing the Sources sheet…",
  downloadXlsx: "Download .xlsx",
  downloadXlsxHelp:
    "A standalone workbook with the tables you choose, their live formulas and sources, and a Sources sheet.",
  selectAll: "Select all",
  selectNone: "Select none",
  chooseTableToDownload: "Choose at least one table to download.",
  theChosenTable: "the chosen table",
  theChosenTables: "the chosen tables",
  buildingWorkbook: "Building the workbook…",
  downloadedOneTable: "Downloaded {file}: 1 table and the Sources sheet.",
  downloadedTables: "Downloaded {file}: {count} tables and the Sources sheet.",

  // Inserted tables (updatesPanel.ts)
  updatesHeading: "Inserted tables",
  updatesAbout:
    "Each table inserted from the catalogue remembers the dataset version its figures come from. Check whether a later version revised or withdrew any of them; an update changes only the cells that still hold the inserted value, and keeps the table, its name and the formulas that use it.",
  checkForUpdates: "Check inserted tables for updates",
  readingInsertedTables: "Reading the inserted tables…",
  updateThisTable: "Update this table",
  updateChosenTables: "Update chosen tables",
  chooseTableToUpdate: "Choose at least one table to update.",
  updatingTables: "Updating the chosen tables…",
  keptAsEdited: "Kept as you edited them",
  tableAndChange: "{table}: {change}",

  // Exchange rates (ratesPanel.ts)
  ratesHeading: "Exchange rates",
  ratesHelp:
    "DESK.CONVERT, RATE and RATEINFO use a rate pinned in this workbook first, then the ECB euro reference rates from the service below, then the bundled rates. Every rate used is pinned in the workbook, so it recalculates to the same numbers anywhere.",
  rateServiceLabel: "Rate service (Frankfurter-compatible)",
  rateServiceHint: "https only, on {origins}; empty for bundled rates only.",
  noAllowedOrigin: "no allowed origin",
  listOr: "{list} or {last}",
  useThisService: "Use this service",
  ratesOff: "The ECB rates are off: new look-ups use the bundled rates.",
  ratesServiceSet: "New look-ups use {url}. Pinned rates stay as they are until you re-pin.",
  repinButton: "Re-fetch and re-pin rates",
  changedRates: "Changed rates",
  fetchingPinnedAgain: "Fetching the pinned rates again…",
  andMoreItems: "and {count} more.",
  allPinsUnchanged: "All {count} pinned rates are unchanged.",
  somePinsChanged: "{changed} of {checked} pinned rates changed; the workbook was recalculated.",
  repinFailed: "Re-pinning did not work: {reason}",
  sourcePinned: "pinned",
  sourceEcbLive: "ECB live",
  sourceEcbFile: "ECB file",
  sourceBundled: "bundled",
  sourceEcbBundledFile: "ECB (bundled file)",
  none: "none",
  serviceOff: "ECB rate service: off.",
  serviceAt: "ECB rate service: {url}.",
  noLookupYet: "No rate looked up yet.",
  lookupsSoFar: "Last look-up answered by: {source}. Look-ups so far: {counts}.",
  countOfSource: "{count} {source}",
  newestRates: "Newest rate: {list}.",
  newestOfSource: "{source} {day}",
  importedRange: "Imported ECB file: {first} to {last}.",
  lastFailure: "Last failure at {time}: {reason}.",

  // Pinned rates (pinCheckPanel.ts)
  pinnedHeading: "Pinned rates",
  pinCheckHelp:
    "Pins come with the workbook, from whoever saved it. Verify compares each with the ECB's rate for its day (from the rate service when it is on, and the ECB history file if one is kept) and with the bundled rates, and lists those that differ by more than the source's rounding, with what each source says.",
  verifyPins: "Verify pinned rates",
  pinsThatDiffer: "Pinned rates that differ",
  comparingPins: "Comparing the pinned rates with their sources…",
  verifyFailed: "The pins could not be verified: {reason}",
  pinsNoSource:
    "No source is at hand to check the pins against: turn the rate service on or import an ECB history file.",
  pinsSourcesDisagree:
    "{count} match their own source while another source gives another rate (listed too: each value stays with its source).",
  pinsServiceFailure: "The ECB rate service could not be asked: {reason}.",
  ratesStatusLabel: "Where rates come from",
  ratesProblemLabel: "Rate service problem",
  standInEcbFile: "the imported ECB file",
  standInBundled: "the bundled rates",
  standInNewest: "{source} (newest rate {day})",
  serviceNoStandIn: "No other source has rates: import the ECB's history file below.",
  serviceStandIns: "Look-ups use {sources} instead, and RATEINFO names the source of each rate.",
  serviceKept: "ECB rates kept from earlier answers reach {day}.",
  serviceProblem: "ECB rates from the service are not available since {time}: {reason}.",
  thenList: ", then ",
  // Between the items of a list in running text (French sets a no-break space before ";").
  listSeparator: "; ",
  noPins: "This workbook has no pinned rates.",
  pinsAgree:
    "All {count} pinned rates checked agree with their source among the sources at hand ({sources}) within its rounding.",
  pinsDiffer:
    "{differing} of {checked} pinned rates differ from their own source, or match none of the sources at hand ({sources}), by more than its rounding: re-fetch and re-pin them, or check where the workbook came from.",
  pinsUnchecked: "{count} could not be checked: no source at hand has their pair on their day.",
  pinsUnreadable:
    "{count} pinned rates stored in this workbook could not be read (not a currency pair, date and positive rate): they are not used, and those look-ups are made afresh.",

  // ECB history file (ecbFilePanel.ts)
  ecbFileHeading: "ECB history file (offline rates)",
  ecbFileHelp:
    'Choose eurofxref-hist.zip, or the eurofxref-hist.csv inside it, as downloaded from the ECB\'s page "Euro foreign exchange reference rates". It is kept in this browser until you remove it.',
  ecbFileChoose: "Choose the ECB file (.zip or .csv)",
  ecbFileReadingKept: "Reading the ECB history file kept in this browser…",
  ecbFileRemove: "Remove the ECB history file",
  ecbFileNone: "No ECB history file is kept in this browser.",
  ecbFileRange: "{first} to {last}, {currencies} currencies, {days} days",
  ecbFileBundled: "ECB history file bundled with this add-in: {range}.",
  ecbFileImported: "ECB history file {name}: {range} (imported {day}).",
  ecbFileReading: "Reading {name}…",
  ecbFileImportedNow: "{name} is imported: new look-ups can use its rates offline.",
  ecbFileRefused: "{name} was not imported: {reason}",
  ecbFileKept: "{state} It is kept.",
  ecbFileUnreadable: "{name} could not be read: {reason}",
  ecbFileRemoved: "The ECB history file is removed from this browser.",
  ecbFileNotRemoved: "The file could not be removed: {reason}",
};

/** Every language's pane strings: the keys of English, each a string. */
export type UiStrings = { readonly [K in keyof typeof en]: string };
export type UiKey = keyof UiStrings;
