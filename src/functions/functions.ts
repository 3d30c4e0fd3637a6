/**
 * The DESK custom functions. Each wrapper only names its arguments and maps errors; the work is in
 * src/core. Every argument that takes one value also takes a range, and the result spills in the shape
 * Excel users expect (see core/functions/grid.ts).
 *
 * Ids are stored in users' workbooks: never rename one. Their help in French, Dutch and German is in
 * src/functions/metadata (the build writes functions.<locale>.json from it); messages in cells are written in
 * the active language (./messages.ts).
 */
import { largestArgumentCells, mapCells } from "../core/functions/grid";
import { shareOf } from "../core/functions/share";
import {
  figureSource,
  figureValue,
  seizedTonnes,
  shareOfUsers,
  userCount,
} from "../core/functions/figures";
import {
  FormulaRates,
  RATEINFO_COLUMNS,
  convertCell,
  rateCell,
  rateInfoRow,
} from "../core/functions/rates";
import { rateChain } from "./runtime";
import { whenDateSystemKnown, workbookDateSystem } from "../core/functions/dateSystem";
import type { ArgName } from "../core/messages/en";
import { toExcelGrid, toExcelRows } from "./excelErrors";
import { followOfficeLanguageWithoutPane } from "./language";
import { withMessages } from "./messages";

/**
 * Share of a part in a total (part / total, from 0 to 1), refusing negative values, a part larger than the
 * total, and a zero total.
 * @customfunction SHARE
 * @helpurl https://localhost:3000/help.html#share
 * @param {any[][]} part The part: a number, or a range of numbers.
 * @param {any[][]} total The total: a number, or a range of the same shape as part.
 * @returns {any[][]} The share, from 0 to 1; format the cell as a percentage.
 */
export function share(part: unknown[][], total: unknown[][]) {
  return withMessages(() => toExcelGrid(mapCells([part, total], ["part", "total"], shareOf)));
}

/**
 * A curated figure by its id, as published by its source. DESK.SOURCE gives the citation.
 * @customfunction FIGURE
 * @helpurl https://localhost:3000/help.html#figure
 * @param {any[][]} id Figure id, e.g. "seized.be.2023.euda" (a cell or a range of ids).
 * @returns {any[][]} The figure's value (a number, or text for facts that are not numbers).
 */
export function figure(id: unknown[][]) {
  return withMessages(() => toExcelGrid(mapCells([id], ["id"], figureValue)));
}

/**
 * The citation of a curated figure, ready to paste: publisher, title, date and URL of each source.
 * @customfunction SOURCE
 * @helpurl https://localhost:3000/help.html#source
 * @param {any[][]} id Figure id (a cell or a range of ids).
 * @returns {any[][]} The citation text.
 */
export function source(id: unknown[][]) {
  return withMessages(() => toExcelGrid(mapCells([id], ["id"], figureSource)));
}

/**
 * Tonnes of cocaine seized in a country or port in a year, by default the national authority's figure.
 * @customfunction SEIZED
 * @helpurl https://localhost:3000/help.html#seized
 * @param {any[][]} place Country (ISO code such as "BE", or English name) or port ("Antwerp", "Rotterdam", "Hamburg").
 * @param {any[][]} year Year, 2019 to 2025.
 * @param {any[][]} [source] Which source: "national" (default where published), "euda", "customs", "police", "prosecutor", "ministry"...
 * @returns {any[][]} Tonnes seized.
 */
export function seized(place: unknown[][], year: unknown[][], source?: unknown[][]) {
  return withMessages(() =>
    toExcelGrid(mapCells([place, year, source], ["place", "year", "source"], seizedTonnes))
  );
}

/**
 * Share (0 to 1) of Sky ECC users in a region, according to one source.
 * @customfunction SHAREOFUSERS
 * @helpurl https://localhost:3000/help.html#shareofusers
 * @param {any[][]} region "BE", "NL", "BE+NL" or "Antwerp area".
 * @param {any[][]} [basis] Source: "prosecutor" (Belgian federal prosecutor, default), "europol", "dutch-police" or "article".
 * @returns {any[][]} The share, from 0 to 1.
 */
export function shareofusers(region: unknown[][], basis?: unknown[][]) {
  return withMessages(() =>
    toExcelGrid(mapCells([region, basis], ["region", "basis"], shareOfUsers))
  );
}

/**
 * Number of Sky ECC users in a region, where the source gives one.
 * @customfunction USERS
 * @helpurl https://localhost:3000/help.html#users
 * @param {any[][]} region "BE", "NL", "BE+NL" or "Antwerp area".
 * @param {any[][]} [basis] Source: "prosecutor" (default), "europol", "dutch-police" or "article".
 * @returns {any[][]} The number of users.
 */
export function users(region: unknown[][], basis?: unknown[][]) {
  return withMessages(() => toExcelGrid(mapCells([region, basis], ["region", "basis"], userCount)));
}

/**
 * Runs `compute` with the rate chain (pinned, ECB live, ECB file, bundled; see src/core/rates/chain), one FormulaRates
 * per evaluation: synchronously when every rate it needs is in memory, else as one promise for the whole
 * formula. A failure to load the
 * bundled rates becomes #N/A with its reason; errors of the formula itself pass through unchanged.
 */
function withRates(args: unknown[], compute: (rates: FormulaRates) => unknown[][]) {
  // Date serials mean another day in a 1904-date workbook: wait until the pane has read the system.
  if (!workbookDateSystem())
    return whenDateSystemKnown().then(() => withRatesKnowingDates(args, compute));
  return withRatesKnowingDates(args, compute);
}

function withRatesKnowingDates(args: unknown[], compute: (rates: FormulaRates) => unknown[][]) {
  const cells = largestArgumentCells(args);
  const result = rateChain().run((lookup) => compute(new FormulaRates(lookup, cells)));
  if (!isPromise(result)) return result;
  return result.catch((error: Error) => {
    if (error instanceof CustomFunctions.Error) throw error;
    throw new CustomFunctions.Error(CustomFunctions.ErrorCode.notAvailable, error.message);
  });
}

function isPromise<T>(x: T | Promise<T>): x is Promise<T> {
  return typeof (x as { then?: unknown }).then === "function";
}

const RATE_ARGS: ArgName[] = ["from", "to", "date", "rule"];
const CONVERT_ARGS: ArgName[] = ["amount", ...RATE_ARGS];

/**
 * An amount converted from one currency to another at the reference rate of a date.
 * @customfunction CONVERT
 * @helpurl https://localhost:3000/help.html#convert
 * @param {any[][]} amount The amount in the currency `from` (a number, or a range).
 * @param {any[][]} from ISO 4217 code of the amount's currency, e.g. "EUR".
 * @param {any[][]} to ISO 4217 code of the currency wanted, e.g. "USD".
 * @param {any[][]} [date] Date of the rate: a date cell or "YYYY-MM-DD"; left out: today (an empty cell is an error).
 * @param {any[][]} [rule] For a day with no published rate: "previous" (default), "next" or "exact".
 * @returns {any[][]} The amount in `to`.
 */
export function convert(
  amount: unknown[][],
  from: unknown[][],
  to: unknown[][],
  date?: unknown[][],
  rule?: unknown[][]
) {
  const args = [amount, from, to, date, rule];
  return withMessages(() =>
    withRates(args, (rates) =>
      toExcelGrid(
        mapCells(args, CONVERT_ARGS, (a, f, t, d, r) => convertCell(rates, a, f, t, d, r))
      )
    )
  );
}

/**
 * The exchange rate used: units of `to` per one `from` on a date.
 * @customfunction RATE
 * @helpurl https://localhost:3000/help.html#rate
 * @param {any[][]} from ISO 4217 code, e.g. "EUR".
 * @param {any[][]} to ISO 4217 code, e.g. "USD".
 * @param {any[][]} [date] Date of the rate: a date cell or "YYYY-MM-DD"; left out: today (an empty cell is an error).
 * @param {any[][]} [rule] For a day with no published rate: "previous" (default), "next" or "exact".
 * @returns {any[][]} Units of `to` per one `from`.
 */
export function rate(from: unknown[][], to: unknown[][], date?: unknown[][], rule?: unknown[][]) {
  const args = [from, to, date, rule];
  return withMessages(() =>
    withRates(args, (rates) =>
      toExcelGrid(mapCells(args, RATE_ARGS, (f, t, d, r) => rateCell(rates, f, t, d, r)))
    )
  );
}

/**
 * One row per rate: the rate, the date of the rate actually used, its source (pinned, ECB live, ECB file,
 * bundled), the rule applied, and the days between the date asked and the date used (at most 7).
 * @customfunction RATEINFO
 * @helpurl https://localhost:3000/help.html#rateinfo
 * @param {any[][]} from ISO 4217 code, e.g. "EUR" (a cell, or a column of codes).
 * @param {any[][]} to ISO 4217 code, e.g. "USD".
 * @param {any[][]} [date] Date of the rate: a date cell or "YYYY-MM-DD"; left out: today (an empty cell is an error).
 * @param {any[][]} [rule] For a day with no published rate: "previous" (default), "next" or "exact".
 * @returns {any[][]} Rate, date used (format the cell as a date), source, rule, days from the date asked.
 */
export function rateinfo(
  from: unknown[][],
  to: unknown[][],
  date?: unknown[][],
  rule?: unknown[][]
) {
  const args = [from, to, date, rule];
  return withMessages(() =>
    withRates(args, (rates) =>
      toExcelRows(
        mapCells(args, RATE_ARGS, (f, t, d, r) => rateInfoRow(rates, f, t, d, r)),
        RATEINFO_COLUMNS
      )
    )
  );
}

followOfficeLanguageWithoutPane();

/**
 * The build appends `CustomFunctions.associate(…)` calls after this line (custom-functions-metadata-plugin).
 * Where `CustomFunctions` does not exist (the page opened outside Office, Office.js not fetched), they would
 * throw and stop the page's script: a stand-in that associates nothing lets the page go on. Inside Excel
 * the runtime's own object is there before this script runs (it comes with office.js, loaded first).
 */
if (typeof CustomFunctions === "undefined")
  (globalThis as { CustomFunctions?: Pick<typeof CustomFunctions, "associate"> }).CustomFunctions =
    {
      associate: () => undefined,
    };
