/**
 * The messages that DESK functions' cells show (#VALUE!, #N/A), in English: the source of the
 * translations. Its keys are the type the other languages must satisfy (fr.ts, nl.ts, de.ts), so that a
 * missing message fails the typecheck. "{name}" is a placeholder; argument values a formula takes
 * ("previous", "BE", "europol") are quoted as they are typed, in every language.
 */
import type { ECB_FILE_MESSAGES_EN } from "./ecbFileEn";
import type { RATE_SERVICE_MESSAGES_EN } from "./rateServiceEn";

export const FUNCTION_MESSAGES_EN = {
  // Argument names: the same words as the functions' parameter names in Excel (functions.json, and the
  // localized metadata built from these).
  "arg.amount": "amount",
  "arg.from": "from",
  "arg.to": "to",
  "arg.date": "date",
  "arg.rule": "rule",
  "arg.full_precision": "full_precision",
  "arg.part": "part",
  "arg.total": "total",
  "arg.id": "id",
  "arg.place": "place",
  "arg.year": "year",
  "arg.source": "source",
  "arg.region": "region",
  "arg.basis": "basis",

  // What a cell held, in a message that says what was wrong with it.
  "cell.empty": "an empty cell",
  "cell.text": 'the text "{text}"',
  "cell.true": "TRUE",
  "cell.false": "FALSE",
  "cell.otherType": "a value of type {type}",
  "cell.excelError": "an Excel error in an argument cell",

  "input.notNumber": "{name} must be a number; got {got}.",
  "input.notFinite": "{name} must be a finite number; got {got}.",
  "input.notText": "{name} must be text; got {got}.",
  "grid.shapeMismatch":
    "{name} is {rows}×{cols} cells but {other} is {otherRows}×{otherCols}: give ranges of the same shape, a single row or column that matches, or a single cell.",
  "rows.oneRowPerInput":
    "This function answers one row per input: give single cells or a column of inputs, not a row or a block.",

  "share.partNegative": "part must be zero or more; got {part}.",
  "share.totalNegative": "total must be more than zero; got {total}.",
  "share.totalZero": "total is zero: a share of zero is undefined.",
  "share.partOverTotal": "part ({part}) is larger than total ({total}): a share cannot exceed 1.",

  "figures.unknownId":
    'No curated figure has the id "{id}". Ids are listed in the task pane (each table\'s figures) and on the Sources sheet, e.g. "seized.be.2023.euda".',
  "figures.yearNotCovered":
    "No published figure for {place} in {year}. Years covered: {first}–{last}.",
  "figures.notReported":
    "No source in the dataset gives a figure for {place} in {year} (not reported). For {year} it has: {others}.",
  "figures.noPlace": "none",
  "figures.unknownPlace":
    'No seizure series for "{place}". Places: {places} (ISO code or English name; ports by city name).',
  "figures.wholeYear": "year must be a whole year such as 2021; got {year}.",
  "figures.unknownSource": 'Unknown source "{source}". Sources: {sources}.',
  "figures.noSourceFigure":
    "No {source} figure for {place} in {year}. Published for that year: {published}.",
  "figures.notTonnes": "The figure {id} is not a quantity in tonnes.",
  "figures.unknownRegion": 'Unknown region "{region}". Regions: {regions}.',
  "figures.unknownBasis": 'Unknown basis "{basis}". Bases: {bases}.',
  "figures.defaultBasis": "prosecutor (the default)",
  "figures.noUserShare": 'The source "{basis}" gives no share of Sky ECC users for {region}.',
  "figures.noUserCount": 'The source "{basis}" gives no number of Sky ECC users for {region}.',
  "figures.notNumber": "The figure {id} is not a number.",

  "rates.badCode": "{name} must be an ISO 4217 currency code such as EUR, USD or COP; got {got}.",
  "rates.emptyDate":
    "date: the date cell is empty. Give a date cell or text YYYY-MM-DD, or leave the date argument out of the formula for the latest rate.",
  "rates.badDate": "date: {reason}",
  "rates.badRule": 'rule must be "previous", "next" or "exact"; got {got}.',
  // A reason from the rate engine that it gave in English only.
  "rates.engine": "{message}",
  "rates.tooLarge": "amount {amount} is too large to convert.",
  "rates.badFullPrecision":
    "full_precision must be TRUE (the rate before rounding) or FALSE (the rate as DESK.RATE shows it), or left out; got {got}.",
  "rates.dateSystemUnknown":
    "date: the workbook's date system (1900 or 1904) is not known yet: open the Seizure Desk pane, and the cell recalculates",
  "rates.dateUsedSystemUnknown":
    "date used: the workbook's date system (1900 or 1904) is not known yet: open the Seizure Desk pane, and the cell recalculates",

  // The rate engine (src/core/rates): why a rate was not found, shown in the cell.
  "rates.ruleHint":
    'The rule must be "previous" (the last published rate before a day without one), "next" or "exact".',
  "rates.unknownCurrency":
    '"{code}" is not a currency with bundled rates. Use an ISO code: {codes}.',
  "rates.notACurrency":
    "This value is not a currency with bundled rates. Use an ISO code: {codes}.",
  "rates.dateBetween": "A date must lie between {first} and {last}.",
  "rates.dateCellOrIso": "A date must be a date cell or text YYYY-MM-DD, e.g. 2021-03-09.",
  "rates.dayNumber": "Day {day}",
  "rates.noCommonDay": "No day has bundled rates for both {from} and {to}.",
  "rates.bundledRange": "the bundled {pair} rates run from {first} to {last}",
  "rates.noBundledRateOn":
    'The bundled rates have no {pair} rate for {day} ({weekday}); the nearest are {before} (rule "previous") and {after} (rule "next").',
  "rates.outsideBundled": "{day} is outside the bundled rates: {range}.",
  "rates.staleBundled":
    'The bundled {pair} rate nearest {day} under rule "{rule}" is {found}, {gap} days away; a rate more than {max} days from the date asked is not used ({range}).',
  "rates.ecbNoRateOn": "The ECB published no {pair} rate on {day} ({weekday}).",
  "rates.ecbFileNoPair": "The ECB history file has no {pair} rates.",
  "rates.ecbFileNoRateNear":
    'The ECB history file has no {pair} rate within {max} days of {day} under rule "{rule}".',
  "rates.ecbStart": "the ECB reference rates start on {day}",
  "rates.future": "{day} is in the future",
  "rates.ecbNoneNear": "the ECB published no {pair} rate near {day}",
  "rates.ecbNoRatePublished":
    'No {pair} ECB reference rate was published on {day} ({weekday}); the nearest are {before} (rule "previous") and {next}.',
  "rates.nextRule": '{day} (rule "next")',
  "rates.noneYet": "none yet",
  "rates.ecbNoPair": "The ECB publishes no {pair} rate.",
  "rates.ecbUnavailable": "ECB rates unavailable: {failure}.",
  "rates.ecbNotFetched": "the rates could not be fetched",
  "rates.ecbServiceNoRate": "The ECB service has no rate: {reason}.",
  "rates.noSource":
    "{why} Newest {pair} rate by source: {newest}. Connect to the rate service, or import the ECB's history file (eurofxref-hist.zip) in the task pane.",
  "rates.engineNotFetched":
    "The add-in's exchange-rate code could not be fetched ({reason}); the next rate formula tries again.",
  "rates.reasons": "{first} {then}",
  "rates.noSourceAvailable": "No source of rates is available.",
  // The re-pin command of the task pane, when it cannot run.
  "pins.insideExcelOnly": "Rates are pinned in a workbook: this works inside Excel only.",
  "pins.refetchFailed": "The rates could not be fetched again ({reason}); the pins are unchanged.",
  "rates.newestOfSource": "{source} {day}",
  "rates.newestNone": "none",
  // A list of two or more: the first, then the rest (itself a list or a last item).
  "rates.list": "{first}; {rest}",
  // The rate service address typed in the task pane, refused.
  "service.notUrl": '"{text}" is not a URL; use e.g. {example}',
  "service.notHttps": "The rate service must use https.",
  "service.baseOnly": "Give the service's base URL only: no user name, query or #fragment.",
  "service.notAllowed":
    "This add-in may only connect to {origins}; {origin} needs a build with RATES_API_URL set to it.",
  "service.noService": "no rate service",
  "ecbFile.notKept":
    "The file is valid but the browser's storage did not keep it ({reason}); the file kept before is unchanged.",
  // Why the browser's storage did not keep or remove the ECB history file (src/functions/ecbFileStore.ts).
  "storage.refused": "the browser's storage refused the request",
  "storage.notKept": "the browser's storage did not keep the file",
  "storage.full": "the browser's storage is full",
  "storage.refusedAs": "the browser's storage refused the request ({name})",
  "source.pinned": "pinned",
  "source.ecbLive": "ECB live",
  "source.ecbFile": "ECB file",
  "source.bundled": "bundled",
  // Where a rate comes from, as the Sources sheet cites it. The English is the source text a pin stores and
  // RATEINFO's source names are read from: each template must write it exactly as the rate engine does.
  // Publishers and the dataset ({publisher}, {dataset}), a service's address and a pin's stored source
  // are inserted as they are.
  "citation.sameCurrency": "Same currency: 1 {code} = 1 {code}",
  "citation.bundledUsd": "{publisher} daily series via {dataset} (USD rate)",
  "citation.bundledCross": "{publisher} daily series via {dataset} (cross rate through USD)",
  "citation.fixedRate": "{cited}; {code} at its fixed rate of {factor} per {anchor}",
  "citation.ecbLive": "ECB euro reference rate via {service}",
  "citation.ecbLiveCross": "ECB euro reference rates (cross rate through EUR) via {service}",
  "citation.live": "live",
  "citation.cached": "cached, fetched {day}",
  "citation.retrieved": "{cited} ({retrieval})",
  "citation.ecbFile": "ECB euro reference rate (ECB history file)",
  "citation.ecbFileCross": "ECB euro reference rates (ECB history file, cross rate through EUR)",
  "citation.fallback": "{cited} (ECB rates unavailable: {reason})",
  "citation.pinned": "{source} (pinned in this workbook {day})",
  "weekday.Monday": "a Monday",
  "weekday.Tuesday": "a Tuesday",
  "weekday.Wednesday": "a Wednesday",
  "weekday.Thursday": "a Thursday",
  "weekday.Friday": "a Friday",
  "weekday.Saturday": "a Saturday",
  "weekday.Sunday": "a Sunday",

  // Dates (src/core/dates).
  "dates.notADate":
    "A date must be a date cell, a date serial number or text YYYY-MM-DD, e.g. 2021-03-09.",
  "dates.serialOutside":
    "{serial} is not a date in Excel's {system} date system: date serials run from {firstSerial} ({firstDate}) to {lastSerial} ({lastDate}).",
  "dates.phantomLeapDay":
    "Serial 60 is Excel's 29 February 1900, a day that did not exist (1900 was not a leap year); use 1900-02-28 (serial 59) or 1900-03-01 (serial 61).",
  "dates.notWholeDay": "{day} is not a whole day number.",
  "dates.noSerial":
    "Excel's {system} date system has no serial for that day: its dates run from {firstDate} to {lastDate}.",
  "dates.notIso": '"{text}" is not a date: use text YYYY-MM-DD, e.g. 2021-03-09, or a date cell.',
  "dates.yearTooEarly": '"{text}": the year must be 0001 or later.',
  "dates.badMonth": '"{text}": the month must be 01 to 12.',
  "dates.noSuchDay": '"{text}" does not exist: {month} has days 01 to {days}.',
} as const;

/**
 * Every message's key: those above, and the rate engine's and the ECB file reader's, whose English comes
 * with their code (rateServiceEn.ts, ecbFileEn.ts).
 */
export type MessageKey =
  | keyof typeof FUNCTION_MESSAGES_EN
  | keyof typeof RATE_SERVICE_MESSAGES_EN
  | keyof typeof ECB_FILE_MESSAGES_EN;
/** A translation: every key of the English, each a template with the same placeholders. */
export type FunctionMessages = Readonly<Record<MessageKey, string>>;
export type ArgName = MessageKey extends infer K ? (K extends `arg.${infer A}` ? A : never) : never;
