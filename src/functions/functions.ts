/**
 * The DESK custom functions. Each wrapper only names its arguments and maps errors; the work is in
 * src/core. Every argument that takes one value also takes a range, and the result spills in the shape
 * Excel users expect (see core/functions/grid.ts).
 *
 * Ids are stored in users' workbooks: never rename one. Their help in French, Dutch and German is in
 * src/functions/metadata (the build writes functions.<locale>.json from it); messages in cells are written in
 * the active language (./messages.ts).
 */
import { mapCells } from "../core/functions/grid";
import { shareOf } from "../core/functions/share";
import {
  figureSource,
  figureValue,
  seizedTonnes,
  shareOfUsers,
  userCount,
} from "../core/functions/figures";
import type { FormulaRates } from "../core/functions/rates";
import { whenDateSystemKnown, workbookDateSystem } from "../core/functions/dateSystem";
import type { ArgName } from "../core/messages/en";
import { asFormulaError, toExcelGrid, toExcelRows } from "./excelErrors";
import { followOfficeLanguageWithoutPane } from "./language";
import { withMessages } from "./messages";
import { loadRateEngine, loadedRateEngine, type RateEngine } from "./rateEngineLoader";
import { offerInspection } from "./hostInspection";

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
 * Runs `compute` with the rate engine (rateEngine.ts; `compute` takes what it needs from the engine once
 * per formula, not per cell): synchronously once the engine is loaded and the workbook's date system is
 * known, else as one promise for the whole formula. Date serials mean another day in a 1904-date
 * workbook, so a formula waits until the pane has read the system. An engine that could not be fetched
 * makes the formula #N/A with the reason; the next formula tries again.
 */
function withRates(
  args: unknown[],
  compute: (engine: RateEngine, rates: FormulaRates) => unknown[][]
): unknown[][] | Promise<unknown[][]> {
  const run = (engine: RateEngine) =>
    engine.evaluateWithRates(args, (rates) => compute(engine, rates));
  const engine = loadedRateEngine();
  if (engine && workbookDateSystem()) return run(engine);
  return Promise.all([loadRateEngine(), whenDateSystemKnown()]).then(
    ([loaded]) => run(loaded),
    (error: unknown) => {
      throw asFormulaError(error);
    }
  );
}

const RATE_ARGS: ArgName[] = ["from", "to", "date", "rule"];
const RATE_PRECISION_ARGS: ArgName[] = [...RATE_ARGS, "full_precision"];
const CONVERT_ARGS: ArgName[] = ["amount", ...RATE_PRECISION_ARGS];

/**
 * An amount converted from one currency to another at the reference rate of a date.
 * @customfunction CONVERT
 * @helpurl https://localhost:3000/help.html#convert
 * @param {any[][]} amount The amount in the currency `from` (a number, or a range).
 * @param {any[][]} from ISO 4217 code of the amount's currency, e.g. "EUR".
 * @param {any[][]} to ISO 4217 code of the currency wanted, e.g. "USD".
 * @param {any[][]} [date] Date of the rate: a date cell or "YYYY-MM-DD"; left out: today (an empty cell is an error).
 * @param {any[][]} [rule] For a day with no published rate: "previous" (default), "next" or "exact".
 * @param {any[][]} [full_precision] TRUE: at the rate before rounding; FALSE or left out: at the rate DESK.RATE shows.
 * @returns {any[][]} The amount in `to`.
 */
export function convert(
  amount: unknown[][],
  from: unknown[][],
  to: unknown[][],
  date?: unknown[][],
  rule?: unknown[][],
  full_precision?: unknown[][]
) {
  const args = [amount, from, to, date, rule, full_precision];
  return withMessages(() =>
    withRates(args, ({ convertCell }, rates) =>
      toExcelGrid(
        mapCells(args, CONVERT_ARGS, (a, f, t, d, r, p) => convertCell(rates, a, f, t, d, r, p))
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
 * @param {any[][]} [full_precision] TRUE: a derived rate before rounding; FALSE or left out: as published, or rounded to its least precise leg.
 * @returns {any[][]} Units of `to` per one `from`.
 */
export function rate(
  from: unknown[][],
  to: unknown[][],
  date?: unknown[][],
  rule?: unknown[][],
  full_precision?: unknown[][]
) {
  const args = [from, to, date, rule, full_precision];
  return withMessages(() =>
    withRates(args, ({ rateCell }, rates) =>
      toExcelGrid(
        mapCells(args, RATE_PRECISION_ARGS, (f, t, d, r, p) => rateCell(rates, f, t, d, r, p))
      )
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
    withRates(args, ({ rateInfoRow, RATEINFO_COLUMNS }, rates) =>
      toExcelRows(
        mapCells(args, RATE_ARGS, (f, t, d, r) => rateInfoRow(rates, f, t, d, r)),
        RATEINFO_COLUMNS
      )
    )
  );
}

// A host that asked to see the runtime's state gets it (hostInspection.ts); Office hosts do not ask.
offerInspection();
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
