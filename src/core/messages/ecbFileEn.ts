/**
 * The English of the ECB history file reader's refusals (src/core/rates/ecbFile): what is wrong with a
 * chosen file and what is accepted. It comes with the reader's code, fetched when a file is read, not with
 * the start bundle; the reader adds it to the English (addEnglishMessages) when it loads. French, Dutch and
 * German are in fr.ts, nl.ts and de.ts with every other message.
 */
export const ECB_FILE_MESSAGES_EN = {
  "ecbFile.expected":
    "the ECB's eurofxref-hist.zip or eurofxref-hist.csv (a Date column, then one column per currency, newest day first)",
  "ecbFile.notHistory":
    'This is not the ECB\'s history file: its first line should be "Date," followed by currency codes (Date,USD,JPY,…), but it is "{line}". Choose {expected}.',
  "ecbFile.badColumn":
    'The header names a column "{code}": after Date, every column must be a three-letter currency code such as USD.',
  "ecbFile.twice": "The header names {code} twice: every currency has one column.",
  "ecbFile.empty": "The file is empty. Choose {expected}.",
  "ecbFile.noRates":
    "The file has its header but no rates: download the full file from the ECB again.",
  "ecbFile.fieldCount":
    "Line {line} has {fields} fields where the header has {headerFields}: the file is cut short or was changed after download.",
  "ecbFile.notDate": 'Line {line}: "{date}" is not a date; the ECB writes YYYY-MM-DD.',
  "ecbFile.repeated":
    "Line {line}: {date} is repeated; the ECB's file lists each day once, newest first.",
  "ecbFile.outOfOrder":
    "Line {line}: {date} is out of order; the ECB's file lists each day once, newest first.",
  "ecbFile.notRate":
    'Line {line}, {code}: "{field}" is not a rate; a rate is a positive number with a dot as decimal separator and at most {digits} significant digits (1.1894), or "N/A".',
  "ecbFile.extraValue":
    "Line {line} has a value after the last currency column: the file was changed after download.",
  "ecbFile.zipDamaged":
    "The zip file is damaged or incomplete ({reason}): download eurofxref-hist.zip from the ECB again, or choose the CSV inside it.",
  "ecbFile.zipEntryTooLarge":
    "{name} in the zip is larger than {megabytes} MB: it is not the ECB's history file.",
  "ecbFile.zipNoCsv": "The zip holds no CSV file. Choose {expected}.",
  "ecbFile.zipManyCsv":
    "The zip holds {count} CSV files and none is eurofxref-hist.csv. Choose {expected}.",
  "ecbFile.tooLarge": "The file is larger than {megabytes} MB: it is not the ECB's history file.",
  "ecbFile.notText": "The file is not text (nor a zip): choose {expected}.",
} as const;
