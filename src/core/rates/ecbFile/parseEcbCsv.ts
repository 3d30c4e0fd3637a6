/**
 * Reads the ECB's history file, eurofxref-hist.csv, into an EcbHistory. The format, as the ECB publishes it
 * (https://www.ecb.europa.eu/stats/policy_and_exchange_rates/euro_reference_exchange_rates/html/index.en.html,
 * "Time series: CSV (.zip)"; the same layout is read by public parsers, e.g. alexprengere/currencyconverter,
 * currency_converter/currency_converter.py, which also takes an empty field as no rate):
 *
 *   Date,USD,JPY,BGN,CYP,CZK,…,ZAR,
 *   2019-04-10,1.1279,125.38,1.9558,N/A,25.608,…,15.7391,
 *   2019-04-09,1.1277,125.51,1.9558,N/A,25.618,…,
 *
 * a `Date` column, then one column per currency (units per 1 EUR, a dot as decimal separator), `N/A` where
 * no rate was published, rows newest first, and usually a trailing comma that makes an empty last column.
 * Anything else is refused with a message that says where and what is accepted: a file is a source of
 * figures, so nothing in it is guessed at.
 */
import { isoDateToDayNumberOrNaN } from "../../dates/dayNumber";
import { ECB_FILE_MESSAGES_EN } from "../../messages/ecbFileEn";
import { addEnglishMessages, failure, msg, type MessageText } from "../../messages/text";
import type { EcbHistory } from "../ecbHistory";

addEnglishMessages(ECB_FILE_MESSAGES_EN);

/** The history, or why the file is refused: in English (`message`) and as a message (`text`) for the pane. */
export type EcbFileResult =
  { ok: true; history: EcbHistory } | { ok: false; message: string; text: MessageText };

/** What the messages say is accepted. */
export const ECB_FILE_EXPECTED = msg("ecbFile.expected");

const NOT_AVAILABLE = "N/A";
/** A double holds 15 significant decimal digits exactly; the ECB writes 5 to 7. */
const MAX_SIGNIFICANT_DIGITS = 15;
const CURRENCY_CODE = /^[A-Z]{3}$/;

function refuse(text: MessageText): EcbFileResult {
  return failure(text);
}

function clip(text: string): string {
  return text.length > 40 ? text.slice(0, 37) + "..." : text;
}

interface Header {
  currencies: string[];
  /** Fields per row: 1 + currencies, plus 1 when the header ends with a comma (as the ECB's does). */
  fieldCount: number;
}

function readHeader(line: string): Header | MessageText {
  const fields = line.split(",").map((f) => f.trim());
  const trailingEmpty = fields.length > 1 && fields[fields.length - 1] === "";
  const currencies = fields.slice(1, trailingEmpty ? -1 : undefined);
  if (fields[0] !== "Date" || currencies.length === 0) {
    return msg("ecbFile.notHistory", { line: clip(line), expected: ECB_FILE_EXPECTED });
  }
  const seen = new Set<string>();
  for (const code of currencies) {
    if (!CURRENCY_CODE.test(code)) {
      return msg("ecbFile.badColumn", { code: clip(code) });
    }
    if (seen.has(code)) return msg("ecbFile.twice", { code });
    seen.add(code);
  }
  return { currencies, fieldCount: fields.length };
}

/** Powers of ten that a double holds exactly (10^0 .. 10^22). */
const POW10 = Array.from({ length: 23 }, (_, i) => 10 ** i);

/**
 * Significant digits of a positive decimal as written ("0.86083" has 5, "15959.79" has 7, "1.128" has 4),
 * or -1 unless the text is digits with at most one dot between digits. Its value goes to `values[at]`: the
 * digits as an integer over a power of ten, two exact doubles, so one correctly rounded division gives the
 * same double as Number(text) (Clinger's fast path) for up to 15 digits, and the file's 210,000 rates are
 * read in one pass without an object per rate.
 */
function readDecimal(text: string, values: Float64Array, at: number): number {
  let digits = 0;
  let mantissa = 0;
  let decimals = 0;
  let dot = -1;
  const length = text.length;
  for (let i = 0; i < length; i++) {
    const c = text.charCodeAt(i);
    if (c === 46) {
      if (dot >= 0 || i === 0 || i === length - 1) return -1;
      dot = i;
    } else if (c >= 48 && c <= 57) {
      if (dot >= 0) decimals++;
      if (digits === 0 && c === 48) continue;
      digits++;
      mantissa = mantissa * 10 + (c - 48);
    } else {
      return -1;
    }
  }
  if (length === 0) return -1;
  values[at] =
    digits <= MAX_SIGNIFICANT_DIGITS && decimals < POW10.length
      ? mantissa / POW10[decimals]
      : Number(text);
  return digits;
}

/** The rows of the file's text, with a BOM and trailing blank lines left out. */
function linesOf(text: string): string[] {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const lines = body.split(/\r?\n/);
  while (lines.length > 0 && lines[lines.length - 1].trim() === "") lines.pop();
  return lines;
}

/** The history's columns as they are filled, oldest day first (row 0). */
interface Columns {
  currencies: string[];
  days: Int32Array;
  rates: Float64Array;
  digits: Uint8Array;
}

/**
 * Reads the fields of one row into row `d` of the columns: its rates (NaN where the ECB wrote N/A or
 * nothing) and their digits; or why the row is refused. `lineNumber` names it in the message.
 */
function readRates(fields: string[], header: Header, into: Columns, d: number, lineNumber: number) {
  const width = header.currencies.length;
  for (let c = 0; c < width; c++) {
    const field = fields[c + 1];
    const at = d * width + c;
    if (field === NOT_AVAILABLE || field === "") {
      into.rates[at] = NaN;
      continue;
    }
    const significant = readDecimal(field, into.rates, at);
    if (significant <= 0 || significant > MAX_SIGNIFICANT_DIGITS) {
      return msg("ecbFile.notRate", {
        line: lineNumber,
        code: header.currencies[c],
        field: clip(field),
        digits: MAX_SIGNIFICANT_DIGITS,
      });
    }
    into.digits[at] = significant;
  }
  if (header.fieldCount > width + 1 && fields[width + 1].trim() !== "") {
    return msg("ecbFile.extraValue", { line: lineNumber });
  }
  return undefined;
}

/**
 * The history in a file's text. Rows come newest first in the file and are stored oldest first; each rate
 * keeps the significant digits it was written with.
 */
export function parseEcbCsv(text: string): EcbFileResult {
  const lines = linesOf(text);
  if (lines.length === 0) return refuse(msg("ecbFile.empty", { expected: ECB_FILE_EXPECTED }));
  const header = readHeader(lines[0]);
  if (!("currencies" in header)) return refuse(header);
  const rowCount = lines.length - 1;
  if (rowCount === 0) return refuse(msg("ecbFile.noRates"));
  const width = header.currencies.length;
  const columns: Columns = {
    currencies: header.currencies,
    days: new Int32Array(rowCount),
    rates: new Float64Array(rowCount * width),
    digits: new Uint8Array(rowCount * width),
  };
  let newer = Infinity;
  for (let r = 0; r < rowCount; r++) {
    const lineNumber = r + 2;
    const fields = lines[r + 1].split(",");
    if (fields.length !== header.fieldCount) {
      return refuse(
        msg("ecbFile.fieldCount", {
          line: lineNumber,
          fields: fields.length,
          headerFields: header.fieldCount,
        })
      );
    }
    const date = fields[0];
    const day = isoDateToDayNumberOrNaN(date);
    if (day !== day) return refuse(msg("ecbFile.notDate", { line: lineNumber, date: clip(date) }));
    if (day >= newer) {
      const key = day === newer ? "ecbFile.repeated" : "ecbFile.outOfOrder";
      return refuse(msg(key, { line: lineNumber, date }));
    }
    newer = day;
    // Oldest first in memory: the file's last row is day 0.
    const d = rowCount - 1 - r;
    columns.days[d] = day;
    const refused = readRates(fields, header, columns, d, lineNumber);
    if (refused) return refuse(refused);
  }
  const { currencies, days, rates, digits } = columns;
  return { ok: true, history: { currencies, days, rates, significantDigits: digits } };
}
