/**
 * The Download .xlsx file, produced by the same function the button calls, opened by LibreOffice Calc with
 * recalculation on load: every value, and every derived formula's result, must match the dataset's cell
 * plans; the Sources sheet must match its plan. The file carries formulas without cached results, so a
 * correct derived value proves that Calc computed it. Asked for in French, its Sources sheet cites the
 * rates in French.
 */
import fs from "fs";
import os from "os";
import path from "path";
import ExcelJS from "exceljs";
import { exportWorkbook } from "../../src/export/xlsxExport";
import { buildWorkbookExport } from "../../src/export/workbookExport";
import { DATASET } from "../../src/core/share/dataset";
import { createUsageLog } from "../../src/core/usage/usageLog";
import { msg } from "../../src/core/messages/text";
import type { CellValue } from "../../src/core/cellPlanTypes";
import { CATALOGUE } from "../../src/data";
import { hasSoffice, parseCsv, sheetsAsCsv, SOFFICE_MISSING_LINE } from "../support/libreOffice";
import { setActiveLanguage } from "../../src/i18n/activeLanguage";
import { DIST } from "../support/paths";

const TODAY = "2026-11-30";

function usage() {
  const log = createUsageLog();
  log.recordFigure("skyecc.users.worldwide.europol");
  // A cell asked for EUR/USD on 2021-03-09; the rate of 2021-03-09 answered.
  log.recordRate("EUR", "USD", Date.parse("2021-03-09") / 86_400_000, {
    ok: true,
    rate: 1.1892,
    fullRate: 1.1892,
    dateUsed: "2021-03-09",
    dayUsed: Date.parse("2021-03-09") / 86_400_000,
    dayAsked: Date.parse("2021-03-09") / 86_400_000,
    digits: 5,
    source: "ECB euro reference rate (ECB history file)",
    citation: msg("citation.ecbFile"),
    rule: "previous",
  });
  return log;
}

/** A cell as Calc's CSV shows it, compared with the plan's value: numbers to 1e-9 relative, text exactly. */
function sameCell(csv: string | undefined, expected: CellValue): boolean {
  const shown = csv ?? "";
  if (expected === null || expected === "") return shown === "";
  if (typeof expected === "number") {
    // Calc writes a constant in a percent format as it would be edited ("50%"), at full precision.
    const n = shown.endsWith("%") ? Number(shown.slice(0, -1)) / 100 : Number(shown);
    return shown !== "" && Math.abs(n - expected) <= 1e-9 * Math.max(1, Math.abs(expected));
  }
  if (typeof expected === "boolean") return shown.toUpperCase() === String(expected).toUpperCase();
  return shown === expected;
}

function mismatches(csv: string[][], expected: CellValue[][]): string[] {
  const found: string[] = [];
  expected.forEach((row, r) =>
    row.forEach((value, c) => {
      const shown = csv[r]?.[c];
      if (!sameCell(shown, value))
        found.push(
          `R${r + 1}C${c + 1}: expected ${JSON.stringify(value)}, Calc shows ${JSON.stringify(shown)}`
        );
    })
  );
  return found;
}

describe("the .xlsx file", () => {
  it("is built through the button's code path, with derived cells as formulas carrying no cached result", async () => {
    const file = await exportWorkbook(CATALOGUE, usage(), TODAY);
    expect(file.fileName).toBe(`seizure-desk-${TODAY}.xlsx`);
    const read = new ExcelJS.Workbook();
    await read.xlsx.load(Buffer.from(file.bytes) as unknown as ArrayBuffer);
    expect(read.worksheets.map((ws) => ws.name)).toEqual(file.sheetNames);
    const book = buildWorkbookExport(CATALOGUE, usage(), TODAY, DATASET);
    let formulas = 0;
    for (const sheet of book.tables) {
      const ws = read.getWorksheet(sheet.name);
      sheet.plan.formulas.forEach((row, r) =>
        row.forEach((f, c) => {
          if (typeof f !== "string" || !f.startsWith("=") || f === sheet.plan.values[r][c]) return;
          const value = ws?.getCell(r + 1, c + 1).value as { formula?: string; result?: unknown };
          expect(value.formula).toBe(f.slice(1));
          expect(value.result).toBeUndefined();
          formulas++;
        })
      );
      for (const link of sheet.plan.hyperlinks)
        expect(ws?.getCell(link.row + 1, link.col + 1).hyperlink).toBe(link.url);
    }
    expect(formulas).toBeGreaterThan(0);
  });
});

describe("the .xlsx file in French", () => {
  const realFetch = global.fetch;
  afterAll(() => {
    global.fetch = realFetch;
    setActiveLanguage("en");
  });

  it("cites the rates the functions used in French on its Sources sheet", async () => {
    // The page fetches the language's messages beside its script; here they are read from the build.
    global.fetch = (async (url: string) => {
      const file = path.join(DIST, path.basename(new URL(url).pathname));
      return { ok: true, status: 200, json: async () => JSON.parse(fs.readFileSync(file, "utf8")) };
    }) as unknown as typeof fetch;
    setActiveLanguage("fr");
    const file = await exportWorkbook(CATALOGUE.slice(0, 1), usage(), TODAY);
    const read = new ExcelJS.Workbook();
    await read.xlsx.load(Buffer.from(file.bytes) as unknown as ArrayBuffer);
    const sources = read.getWorksheet(file.sheetNames[file.sheetNames.length - 1]);
    const values: unknown[] = [];
    sources?.eachRow((row) => row.eachCell((cell) => values.push(cell.value)));
    expect(values).toContain(
      "Taux de référence de l’euro de la BCE (fichier d’historique de la BCE)"
    );
    expect(values).not.toContain("ECB euro reference rate (ECB history file)");
  });
});

const describeWithCalc = hasSoffice() ? describe : describe.skip;
if (!hasSoffice()) {
  if (process.env.CI) throw new Error(SOFFICE_MISSING_LINE.replace("skipped", "required in CI"));
  process.stdout.write(`\n${SOFFICE_MISSING_LINE}\n`);
}

describeWithCalc("the .xlsx file opened in LibreOffice Calc", () => {
  it("shows every value and every formula result of the dataset, and the Sources sheet as planned", async () => {
    const file = await exportWorkbook(CATALOGUE, usage(), TODAY);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "desk-xlsx-"));
    const xlsx = path.join(dir, file.fileName);
    fs.writeFileSync(xlsx, file.bytes);
    const csv = sheetsAsCsv(xlsx, file.sheetNames);
    fs.rmSync(dir, { recursive: true, force: true });

    const book = buildWorkbookExport(CATALOGUE, usage(), TODAY, DATASET);
    let derivedChecked = 0;
    for (const sheet of book.tables) {
      const rows = parseCsv(csv.get(sheet.name) as string);
      expect(mismatches(rows, sheet.plan.values)).toEqual([]);
      sheet.plan.formulas.forEach((row, r) =>
        row.forEach((f, c) => {
          const value = sheet.plan.values[r][c];
          if (
            typeof f === "string" &&
            f.startsWith("=") &&
            f !== value &&
            typeof value === "number"
          )
            derivedChecked++;
        })
      );
    }
    // Numbers only a recalculation can have produced.
    expect(derivedChecked).toBeGreaterThan(10);
    const sources = parseCsv(csv.get(book.sources.name) as string);
    expect(mismatches(sources, book.sources.plan.cells)).toEqual([]);
  }, 240_000);
});
