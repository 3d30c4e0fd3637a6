/**
 * The bytes of a file a journalist chose, as the ECB publishes it: eurofxref-hist.zip (one CSV inside) or
 * the CSV itself. The browser's DecompressionStream inflates a deflate stream but does not read a zip's
 * directory, so the zip is read with fflate (MIT), synchronously: a file of 7,000 days takes milliseconds.
 */
import { unzipSync } from "fflate";
import { ECB_FILE_EXPECTED, parseEcbCsv, type EcbFileResult } from "./parseEcbCsv";
import { reasonOf } from "../../errorReason";
import { failure, msg, type MessageText } from "../../messages/text";

/** Every zip file starts with a local file header, "PK\x03\x04" (APPNOTE.TXT 4.3.7). */
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
/** The ECB's full history is a few MB of text: anything far larger is not that file (or a zip bomb). */
export const MAX_ECB_CSV_BYTES = 64 * 1024 * 1024;
const MAX_ECB_CSV_MEGABYTES = MAX_ECB_CSV_BYTES / 1024 / 1024;

export function isZip(bytes: Uint8Array): boolean {
  return ZIP_MAGIC.every((b, i) => bytes[i] === b);
}

/** The CSV inside a zip: the one named eurofxref-hist.csv, else the only .csv; or why there is none. */
function csvInZip(bytes: Uint8Array): Uint8Array | MessageText {
  let entries: Record<string, Uint8Array>;
  let tooLarge = "";
  try {
    entries = unzipSync(bytes, {
      filter: (file) => {
        const csv = /\.csv$/i.test(file.name);
        if (csv && file.originalSize > MAX_ECB_CSV_BYTES) tooLarge = file.name;
        return csv && file.originalSize <= MAX_ECB_CSV_BYTES;
      },
    });
  } catch (error) {
    const reason = reasonOf(error);
    return msg("ecbFile.zipDamaged", { reason });
  }
  if (tooLarge !== "") {
    return msg("ecbFile.zipEntryTooLarge", { name: tooLarge, megabytes: MAX_ECB_CSV_MEGABYTES });
  }
  const names = Object.keys(entries);
  const name =
    names.find((n) => /(^|\/)eurofxref-hist\.csv$/i.test(n)) ??
    (names.length === 1 ? names[0] : undefined);
  if (name === undefined) {
    return names.length === 0
      ? msg("ecbFile.zipNoCsv", { expected: ECB_FILE_EXPECTED })
      : msg("ecbFile.zipManyCsv", { count: names.length, expected: ECB_FILE_EXPECTED });
  }
  return entries[name];
}

function textOf(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** The history in a chosen file (zip or CSV), or a message that says what is wrong and what is accepted. */
export function readEcbFile(bytes: Uint8Array): EcbFileResult {
  if (bytes.length === 0) return failure(msg("ecbFile.empty", { expected: ECB_FILE_EXPECTED }));
  const csv = isZip(bytes) ? csvInZip(bytes) : bytes;
  if (!(csv instanceof Uint8Array)) return failure(csv);
  if (csv.length > MAX_ECB_CSV_BYTES)
    return failure(msg("ecbFile.tooLarge", { megabytes: MAX_ECB_CSV_MEGABYTES }));
  const text = textOf(csv);
  if (text === undefined) return failure(msg("ecbFile.notText", { expected: ECB_FILE_EXPECTED }));
  return parseEcbCsv(text);
}
