/**
 * @jest-environment jsdom
 *
 * A workbook reopened after it was frozen recalculates nothing, so this session's usage log is empty; the
 * rates pinned in the workbook still say which rates its cells used, and the Sources sheet cites them.
 */
import fs from "fs";
import path from "path";
import { PINS_SETTING, pinKey, serializePins, type PinMap } from "../../src/core/rates/pins";
import { mountSharePanel } from "../../src/taskpane/sharePanel";
import { asExcelContext, FakeWorkbook } from "../support/fakeWorkbook";
import { documentSettings, installOfficeInExcel } from "../support/officeSettings";
import { DIST } from "../support/paths";

const PINNED: PinMap = new Map([
  [
    pinKey("EUR", "COP", "2021-03-09", "previous"),
    { rate: 4321.5, dateUsed: "2021-03-09", source: "a pinned test rate", pinnedOn: "2026-01-15" },
  ],
]);

beforeAll(() => {
  installOfficeInExcel(
    documentSettings(new Map<string, unknown>([[PINS_SETTING, serializePins(PINNED)]]))
  );
  // The bundled rates, as the add-in's server would send them.
  const bytes = fs.readFileSync(path.join(DIST, "rates.bin"));
  (globalThis as { fetch?: unknown }).fetch = async () => ({
    ok: true,
    status: 200,
    arrayBuffer: async () =>
      bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength),
  });
});

it("Write Sources sheet cites the rates pinned in the workbook", async () => {
  const wb = new FakeWorkbook(["Data"]);
  wb.setValue("Data", "B2", 4321.5);
  (globalThis as { Excel?: unknown }).Excel = {
    run: (fn: (context: Excel.RequestContext) => Promise<unknown>) =>
      fn(asExcelContext(wb.context())),
  };
  const root = document.createElement("section");
  document.body.appendChild(root);
  mountSharePanel(root, { inExcel: true });
  const write = [...root.querySelectorAll("button")].find(
    (b) => b.textContent === "Write Sources sheet"
  );
  write?.click();
  const status = root.querySelector('[role="status"]') as HTMLElement;
  for (let i = 0; i < 400 && /^$|…$/.test(status.textContent ?? ""); i++)
    await new Promise((resolve) => setTimeout(resolve, 10));

  expect(status.textContent).toMatch(/Sources sheet "Sources" written/);
  const sources = wb.snapshot().find((s) => s.name === "Sources");
  expect(sources).toBeDefined();
  const texts = Object.values(sources?.cells ?? {}).map((c) => String(c.value));
  expect(texts).toContain("COP");
  expect(texts.some((t) => t.includes("a pinned test rate"))).toBe(true);
  expect(Object.values(sources?.cells ?? {}).some((c) => c.value === 4321.5)).toBe(true);
});
