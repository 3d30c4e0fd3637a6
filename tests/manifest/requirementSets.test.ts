/**
 * The manifest declares the requirement sets that the code needs, and the code keeps to them: every
 * Office.js member used in src/ (found by the TypeScript checker, with the `[Api set: …]` tag of
 * @types/office-js) needs at most the version the manifest declares for its set, or sits behind an
 * `isSetSupported` check for it.
 */
import fs from "fs";
import os from "os";
import path from "path";
import { DOMParser } from "@xmldom/xmldom";
import {
  compareVersions,
  officeApiUses,
  type ApiUse,
  type RequirementSet,
} from "../support/officeApiUse";
import { ROOT } from "../support/paths";

/** The <Requirements><Sets> of a manifest: set name to minimum version. */
function declaredSets(manifestXml: string): Map<string, string> {
  const doc = new DOMParser().parseFromString(manifestXml, "text/xml");
  const sets = doc.getElementsByTagName("Sets")[0];
  const fallback = sets?.getAttribute("DefaultMinVersion") ?? "1.1";
  const declared = new Map<string, string>();
  for (const set of Array.from(doc.getElementsByTagName("Set")))
    declared.set(set.getAttribute("Name") ?? "", set.getAttribute("MinVersion") || fallback);
  return declared;
}

function covers(have: RequirementSet, needs: RequirementSet): boolean {
  return have.name === needs.name && compareVersions(have.version, needs.version) >= 0;
}

/** Uses that need more than the manifest declares and are not behind a check for what they need. */
function unmet(uses: readonly ApiUse[], declared: Map<string, string>): string[] {
  return uses
    .filter((use) => {
      const version = declared.get(use.needs.name);
      if (version && compareVersions(version, use.needs.version) >= 0) return false;
      return !use.guardedBy.some((guard) => covers(guard, use.needs));
    })
    .map((u) => `${u.file}:${u.line} ${u.member} needs ${u.needs.name} ${u.needs.version}`);
}

const manifest = declaredSets(fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8"));
const uses = officeApiUses(ROOT);

describe("requirement sets", () => {
  it("finds the Office.js members that the Excel layer and the functions use", () => {
    const members = new Set(uses.map((u) => u.member));
    for (const member of [
      "Excel.Worksheet.getRangeByIndexes",
      "Excel.Range.getSpillingToRangeOrNullObject",
      "Excel.Workbook.functions",
      "CustomFunctions.Error",
    ])
      expect(members).toContain(member);
    // Properties named only in load("…") strings are found too.
    expect(members).toContain("Excel.WorksheetProtection.protected");
  });

  it("declares every set and version that an unguarded use needs", () => {
    expect(unmet(uses, manifest)).toEqual([]);
  });

  it("declares no more than the code needs: each declared version is needed by an unguarded use", () => {
    for (const [name, version] of manifest) {
      if (name === "SharedRuntime") continue; // needed by the manifest's <Runtimes>, not by a call
      const needed = uses
        .filter((u) => u.needs.name === name && u.guardedBy.length === 0)
        .map((u) => u.needs.version)
        .sort(compareVersions)
        .pop();
      expect(`${name} ${needed}`).toBe(`${name} ${version}`);
    }
  });

  it("fails a use above the declared set unless an isSetSupported check for that set guards it", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "desk-apisets-"));
    fs.writeFileSync(
      path.join(dir, "probe.ts"),
      `
      function canSpill(): boolean {
        return Office.context.requirements.isSetSupported("ExcelApi", "1.12");
      }
      export function unguarded(range: Excel.Range) {
        return range.getSpillingToRangeOrNullObject();
      }
      export function guardedByIf(range: Excel.Range) {
        if (Office.context.requirements.isSetSupported("ExcelApi", "1.12")) range.getSpillingToRangeOrNullObject();
      }
      export function guardedByEarlyReturn(range: Excel.Range) {
        if (!canSpill()) return;
        range.getSpillingToRangeOrNullObject();
      }
      export function guardedTooLow(range: Excel.Range) {
        if (Office.context.requirements.isSetSupported("ExcelApi", "1.11")) range.getSpillingToRangeOrNullObject();
      }
      export function loadsAbove(sheet: Excel.Worksheet) {
        sheet.load("items/name,tabColor");
      }
      `
    );
    try {
      const found = unmet(officeApiUses(ROOT, dir), new Map([["ExcelApi", "1.5"]]));
      expect(found.map((line) => line.replace(/^.*probe\.ts:/, ""))).toEqual([
        "6 Excel.Range.getSpillingToRangeOrNullObject needs ExcelApi 1.12",
        "16 Excel.Range.getSpillingToRangeOrNullObject needs ExcelApi 1.12",
        "19 Excel.Worksheet.tabColor needs ExcelApi 1.7",
      ]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
