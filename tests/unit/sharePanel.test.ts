/**
 * @jest-environment jsdom
 *
 * The share panel as a user meets it: labelled controls, a live region, and clicks that go through the
 * same modules as in Excel (Excel.run is answered by the in-memory workbook).
 */
import { mountSharePanel } from "../../src/taskpane/sharePanel";
import { CATALOGUE } from "../../src/data";
import { asExcelContext, FakeWorkbook } from "../support/fakeWorkbook";
import { buttonNamed, statusAfter } from "../support/panelActions";

function mount(inExcel: boolean, chosenTableIds: string[] = []): HTMLElement {
  document.body.innerHTML = "";
  const section = document.createElement("section");
  section.id = "share-panel";
  document.body.appendChild(section);
  mountSharePanel(section, { inExcel, chosenTableIds });
  return section;
}

describe("share panel", () => {
  afterEach(() => {
    delete (globalThis as { Excel?: unknown }).Excel;
  });

  it("outside Excel offers only the download, with a labelled checkbox per catalogue table", () => {
    const root = mount(false);
    expect([...root.querySelectorAll("button")].map((b) => b.textContent)).toEqual([
      "Select all",
      "Select none",
      "Download .xlsx",
    ]);
    const boxes = [...root.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
    expect(boxes).toHaveLength(CATALOGUE.length);
    for (const box of boxes)
      expect(root.querySelector(`label[for="${box.id}"]`)?.textContent).toBeTruthy();
    expect(root.querySelector('[role="status"]')?.getAttribute("aria-live")).toBe("polite");
    expect(root.innerHTML).not.toMatch(/<script|on\w+=/i);
  });

  it("inside Excel adds Prepare for sharing, Restore formulas and Write Sources sheet, described for assistive tech", () => {
    const root = mount(true);
    for (const name of ["Prepare for sharing", "Restore formulas", "Write Sources sheet"]) {
      const b = buttonNamed(root, name);
      expect(b.type).toBe("button");
      expect(document.getElementById(b.getAttribute("aria-describedby") ?? "")).not.toBeNull();
    }
  });

  it("says so when no table is chosen for the download", async () => {
    const root = mount(false);
    expect(await statusAfter(root, () => buttonNamed(root, "Download .xlsx").click())).toBe(
      "Choose at least one table to download."
    );
  });

  it("Prepare for sharing, then Restore formulas, report what they did", async () => {
    const wb = new FakeWorkbook(["Data"]);
    wb.setFormula("Data", "B2", '=DESK.CONVERT(A2,"EUR","USD")', 119.27);
    wb.setFormula("Data", "C2", "=B2*2", 238.54);
    const before = wb.snapshot();
    (globalThis as { Excel?: unknown }).Excel = {
      run: (fn: (context: Excel.RequestContext) => Promise<unknown>) =>
        fn(asExcelContext(wb.context())),
    };
    const root = mount(true);
    expect(await statusAfter(root, () => buttonNamed(root, "Prepare for sharing").click())).toBe(
      'Froze 1 DESK formula to its value (1 cell). Restore formulas puts them back. Sources sheet "Sources" written.'
    );
    expect(wb.formulaAt("Data", "B2")).toBeUndefined();
    expect(await statusAfter(root, () => buttonNamed(root, "Restore formulas").click())).toBe(
      "Restored 1 DESK formula."
    );
    expect(wb.snapshot().filter((s) => s.name !== "Sources")).toEqual(before);
    expect(await statusAfter(root, () => buttonNamed(root, "Restore formulas").click())).toBe(
      "Nothing to restore: no frozen DESK formulas in this workbook."
    );
  });

  it("Download .xlsx hands the browser a workbook of the chosen tables", async () => {
    const root = mount(false);
    const blobs: Blob[] = [];
    URL.createObjectURL = (blob: Blob) => {
      blobs.push(blob);
      return "blob:test";
    };
    URL.revokeObjectURL = () => undefined;
    const clicked: string[] = [];
    jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (
      this: HTMLAnchorElement
    ) {
      clicked.push(this.download);
    });
    (root.querySelector('input[type="checkbox"]') as HTMLInputElement).click();
    const said = await statusAfter(root, () => buttonNamed(root, "Download .xlsx").click());
    expect(said).toMatch(
      /^Downloaded seizure-desk-\d{4}-\d{2}-\d{2}\.xlsx: 1 table and the Sources sheet\.$/
    );
    expect(clicked).toHaveLength(1);
    expect(blobs[0].type).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    expect(blobs[0].size).toBeGreaterThan(5000);
  });

  it("inside Excel, Download .xlsx opens the pane's page in the browser with the chosen tables, and says so", async () => {
    const opened: string[] = [];
    (globalThis as { Office?: unknown }).Office = {
      context: {
        requirements: { isSetSupported: (set: string) => set === "OpenBrowserWindowApi" },
        ui: { openBrowserWindow: (url: string) => opened.push(url) },
      },
    };
    const click = jest.spyOn(HTMLAnchorElement.prototype, "click");
    click.mockClear();
    try {
      const root = mount(true);
      const boxes = root.querySelectorAll<HTMLInputElement>('input[type="checkbox"]');
      boxes[0].click();
      boxes[1].click();
      const said = await statusAfter(root, () => buttonNamed(root, "Download .xlsx").click());
      expect(said).toBe(
        "Excel cannot save files from the pane on every computer, so the chosen tables opened in your browser: “Download .xlsx” there saves it."
      );
      expect(opened).toHaveLength(1);
      const url = new URL(opened[0]);
      expect(url.hash).toBe(`#download=xlsx&tables=${CATALOGUE[0].id}%2C${CATALOGUE[1].id}`);
      expect(click).not.toHaveBeenCalled();
    } finally {
      delete (globalThis as { Office?: unknown }).Office;
    }
  });

  it("opened from Excel to save a workbook, ticks the tables asked for", () => {
    const root = mount(false, [CATALOGUE[1].id]);
    const ticked = [...root.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')]
      .filter((b) => b.checked)
      .map((b) => b.value);
    expect(ticked).toEqual([CATALOGUE[1].id]);
  });
});
