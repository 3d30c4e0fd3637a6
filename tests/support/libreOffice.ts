/**
 * LibreOffice Calc, headless, as an independent reader of the .xlsx files we write: it opens a file with a
 * profile that recalculates every formula on load, and exports each sheet as CSV.
 */
import { execFileSync } from "child_process";
import fs from "fs";
import os from "os";
import path from "path";

export const SOFFICE_PATH = process.env.SOFFICE_PATH || "/usr/bin/soffice";
export const SOFFICE_MISSING_LINE = `LibreOffice tests skipped: no soffice at ${SOFFICE_PATH}. Install it with: sudo apt-get install -y libreoffice-calc-nogui (or set SOFFICE_PATH).`;

export function hasSoffice(): boolean {
  return fs.existsSync(SOFFICE_PATH);
}

/** Calc's "Recalculation on file load" for Excel files set to "Always", in a fresh user profile. */
const RECALC_ALWAYS = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/**
 * CSV filter options: comma, double quote, UTF-8, from line 1, default cell format and language, quoted
 * fields as text off, special numbers on, cell contents as stored (not as shown, so numbers are exact),
 * formulas as results, spaces kept, and -1: every sheet to its own file.
 */
const CSV_ALL_SHEETS =
  "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1";

/** Opens `xlsx` in Calc and returns each sheet's CSV text by sheet name. */
export function sheetsAsCsv(xlsx: string, sheetNames: readonly string[]): Map<string, string> {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "desk-soffice-"));
  try {
    const profile = path.join(work, "profile");
    fs.mkdirSync(path.join(profile, "user"), { recursive: true });
    fs.writeFileSync(path.join(profile, "user", "registrymodifications.xcu"), RECALC_ALWAYS);
    const out = path.join(work, "out");
    fs.mkdirSync(out);
    execFileSync(
      SOFFICE_PATH,
      [
        `-env:UserInstallation=file://${profile}`,
        "--headless",
        "--norestore",
        "--convert-to",
        CSV_ALL_SHEETS,
        "--outdir",
        out,
        xlsx,
      ],
      { stdio: "pipe", timeout: 180_000 }
    );
    const base = path.basename(xlsx, ".xlsx");
    const csv = new Map<string, string>();
    for (const name of sheetNames) {
      const file = path.join(out, `${base}-${name}.csv`);
      if (!fs.existsSync(file))
        throw new Error(
          `LibreOffice wrote no CSV for sheet "${name}"; it wrote: ${fs.readdirSync(out).join(", ")}`
        );
      csv.set(name, fs.readFileSync(file, "utf8"));
    }
    return csv;
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

/** RFC 4180 CSV (quoted fields, doubled quotes, newlines inside quotes) into rows of strings. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      row.push(field);
      field = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += ch;
  }
  if (field !== "" || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
