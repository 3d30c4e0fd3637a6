/**
 * @jest-environment jsdom
 *
 * The Inserted tables panel as a user meets it: a labelled command, a live region, the changed tables with
 * old and new values and reasons, a checkbox per table, and an update that goes through the same Excel
 * layer as in Excel (Excel.run is answered by the in-memory workbook). The workbook's tables were inserted
 * with an older dataset; the panel compares them with a newer one.
 */
import { a1 } from "../../src/core/a1";
import { buildCellPlan } from "../../src/core/cellPlan";
import { DATASET_CHANGELOG } from "../../src/data";
import type { Figure } from "../../src/data/types";
import { currentDataset } from "../../src/excel/currentDataset";
import { insertTableIn } from "../../src/excel/insertTable";
import { sourceById } from "../../src/core/dataset/byId";
import fr from "../../src/i18n/dataset/fr";
import { useUiLanguage } from "../../src/i18n/ui/current";
import { parseRecordXml } from "../../src/core/tracking/record";
import { checkInsertedTables, updateInsertedTables } from "../../src/excel/tableUpdates";
import { figureById, tableById } from "../../src/core/dataset/byId";
import { mountUpdatesPanel } from "../../src/taskpane/updatesPanel";
import { asExcelContext, FakeWorkbook } from "../support/fakeWorkbook";
import { buttonNamed, statusAfter } from "../support/panelActions";
import {
  current,
  insertOld,
  newData,
  NEW,
  older,
  revisedA,
  revisedB,
  revision,
  table,
} from "../support/olderDataset";

function mount(): HTMLElement {
  document.body.innerHTML = "";
  const section = document.createElement("section");
  section.id = "updates-panel";
  section.hidden = true;
  document.body.appendChild(section);
  mountUpdatesPanel(section, {
    wording: { figureById, tableTitle: (id) => tableById(id)?.title },
    check: () => checkInsertedTables(newData),
    update: (chosen) => updateInsertedTables(newData, { chosen }),
  });
  return section;
}

describe("Inserted tables panel", () => {
  let wb: FakeWorkbook;
  beforeEach(async () => {
    wb = new FakeWorkbook(["Sheet1"]);
    await insertOld(wb, 0);
    (globalThis as { Excel?: unknown }).Excel = {
      run: (fn: (context: Excel.RequestContext) => Promise<unknown>) =>
        fn(asExcelContext(wb.context())),
    };
  });
  afterEach(() => {
    delete (globalThis as { Excel?: unknown }).Excel;
  });

  it("shows a described command and a polite live region", () => {
    const root = mount();
    expect(root.hidden).toBe(false);
    const check = buttonNamed(root, "Check inserted tables for updates");
    expect(check.type).toBe("button");
    expect(document.getElementById(check.getAttribute("aria-describedby") ?? "")).not.toBeNull();
    expect(root.querySelector('[role="status"]')?.getAttribute("aria-live")).toBe("polite");
    expect(root.getAttribute("aria-labelledby")).toBe("updates-heading");
  });

  it("lists the changed figures with old and new values and the reason, then updates the chosen table", async () => {
    const root = mount();
    const said = await statusAfter(root, () =>
      buttonNamed(root, "Check inserted tables for updates").click()
    );
    expect(said).toBe("1 inserted table: 1 has updates.");
    const items = [...root.querySelectorAll(".updates-changes li")].map((li) => li.textContent);
    expect(items).toHaveLength(2);
    const a = items.find((t) => t?.includes(revision(revisedA).why)) ?? "";
    expect(a).toContain(
      `${older(revisedA).toLocaleString("en-US")} t → ${current(revisedA).toLocaleString("en-US")} t`
    );
    expect(a).toContain(NEW);
    const box = root.querySelector<HTMLInputElement>('.updates-choice input[type="checkbox"]');
    expect(box?.checked).toBe(true);
    expect(root.querySelector(`label[for="${box?.id}"]`)?.textContent).toBe("Update this table");
    const heading = root.querySelector(".updates-table h3");
    expect(root.querySelector(".updates-table")?.getAttribute("aria-labelledby")).toBe(heading?.id);

    // The user edits one of the two cells before updating.
    const parsed = parseRecordXml(wb.customXmlParts[0].xml);
    if (!parsed.ok) throw new Error(parsed.problem);
    const { tableArea, cells } = parsed.record;
    const b = cells.find((c) => c.figureId === revisedB);
    if (!b) throw new Error(`${revisedB} is not recorded`);
    const addressB = a1(tableArea.row + b.row, tableArea.col + b.col);
    wb.setValue("Sheet1", addressB, 1);

    const done = await statusAfter(root, () => buttonNamed(root, "Update chosen tables").click());
    expect(done).toBe(
      "Updated 1 cell in 1 table. 1 cell you had edited was kept (listed below). The workbook has no Sources sheet; write one under Share with editors to cite the new figures."
    );
    expect(root.textContent).toContain("Kept as you edited them");
    expect(root.innerHTML).not.toMatch(/<script|\son\w+=/i);
  });

  it("asks for a choice when every table is unticked", async () => {
    const root = mount();
    await statusAfter(root, () => buttonNamed(root, "Check inserted tables for updates").click());
    (root.querySelector('.updates-choice input[type="checkbox"]') as HTMLInputElement).click();
    expect(await statusAfter(root, () => buttonNamed(root, "Update chosen tables").click())).toBe(
      "Choose at least one table to update."
    );
  });
});

describe("Inserted tables panel in French", () => {
  /** A figure of the ports table that the changelog revised, with its value and reason before that. */
  const [version, change] =
    DATASET_CHANGELOG.flatMap((v) => v.changes.map((c) => [v.version, c] as const)).find(
      ([, c]) => c.figureId === "port.rotterdam.2020.om" && c.kind === "revised"
    ) ?? [];
  if (!version || !change)
    throw new Error("The changelog no longer revises port.rotterdam.2020.om.");
  const before = DATASET_CHANGELOG[DATASET_CHANGELOG.findIndex((v) => v.version === version) - 1];

  beforeEach(async () => {
    const wb = new FakeWorkbook(["Sheet1"]);
    wb.active = { sheet: "Sheet1", row: 0, col: 0 };
    // The ports table as the version before the revision inserted it.
    const lookup = {
      sourceById,
      figureById: (id: string) => {
        const f = figureById(id);
        return f && id === change.figureId ? ({ ...f, value: change.oldValue } as Figure) : f;
      },
    };
    await insertTableIn(asExcelContext(wb.context()), {
      title: table.title,
      planAt: (r, c) => buildCellPlan(table, { anchorRow: r, anchorCol: c }, lookup),
      liveFormulas: true,
      chart: false,
      datasetVersion: before.version,
    });
    (globalThis as { Excel?: unknown }).Excel = {
      run: (fn: (context: Excel.RequestContext) => Promise<unknown>) =>
        fn(asExcelContext(wb.context())),
    };
    await useUiLanguage("fr");
  });
  afterEach(async () => {
    delete (globalThis as { Excel?: unknown }).Excel;
    await useUiLanguage("en");
  });

  it("gives the changelog's reason in French, with French numbers", async () => {
    document.body.innerHTML = "";
    const section = document.createElement("section");
    document.body.appendChild(section);
    const data = currentDataset();
    mountUpdatesPanel(section, {
      wording: { figureById, tableTitle: (id) => tableById(id)?.title },
      check: () => checkInsertedTables(data),
      update: (chosen) => updateInsertedTables(data, { chosen }),
    });
    const said = await statusAfter(section, () =>
      buttonNamed(section, "Vérifier les mises à jour des tableaux insérés").click()
    );
    expect(said).toBe("1 tableau inséré\u00a0: 1 a des mises à jour.");
    const items = [...section.querySelectorAll(".updates-changes li")].map((li) => li.textContent);
    const why = fr.changelog.versions[version].figures?.[change.figureId] ?? "";
    // The language's typography: the thousands of "40 641 kg" kept together by a narrow no-break space.
    expect(why).toMatch(
      /^Était calculé à partir des 70,571 t de 2021 .* 40\u202f641 kg pour 2020\./
    );
    expect(items).toEqual([
      expect.stringContaining(`Pourquoi\u00a0: ${version}, révisé\u00a0: ${why}`),
    ]);
    expect(items[0]).toContain("40,558 t → 40,641 t");
    expect(items[0]).not.toContain(change.why);
  });
});
