import { DATASET_CHANGELOG, DATASET_VERSION, FIGURES } from "../../src/data";
import { figureById, sourceById } from "../../src/core/dataset/byId";
import type { FigureChange, SourceChange } from "../../src/data";
import { changelogHtml, escapeHtml } from "../../src/help/changelogHtml";

/** The first version's figure count, as its summary states and the history of the data shows. */
const FIRST_VERSION_FIGURES = 193;

/** The last change of each figure across versions, oldest first. */
function latestChanges(): Map<string, FigureChange> {
  const latest = new Map<string, FigureChange>();
  for (const v of DATASET_CHANGELOG) for (const c of v.changes) latest.set(c.figureId, c);
  return latest;
}

describe("the dataset's versions", () => {
  it("are ISO dates in increasing order, the current version being the last", () => {
    const versions = DATASET_CHANGELOG.map((v) => v.version);
    for (const v of versions) expect(v).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect([...versions].sort()).toEqual(versions);
    expect(new Set(versions).size).toBe(versions.length);
    expect(DATASET_VERSION).toBe(versions[versions.length - 1]);
    expect(DATASET_VERSION).toBe("2026-12-06");
    expect(DATASET_CHANGELOG[0].summary).toContain(`${FIRST_VERSION_FIGURES} figures`);
  });

  it("name each figure at most once per version, with a reason and existing sources", () => {
    for (const v of DATASET_CHANGELOG) {
      const ids = v.changes.map((c) => c.figureId);
      expect(new Set(ids).size).toBe(ids.length);
      for (const c of v.changes) {
        expect(c.why.trim().length).toBeGreaterThan(20);
        for (const id of c.sourceIds) expect(sourceById(id)).toBeDefined();
        if (c.kind !== "withdrawn") expect(c.sourceIds.length).toBeGreaterThan(0);
      }
    }
  });
});

describe("the changelog agrees with the data", () => {
  const latest = latestChanges();

  it("every added or revised figure exists with the value (and hedge) the changelog gives", () => {
    for (const [id, c] of latest) {
      if (c.kind === "withdrawn") continue;
      const f = figureById(id);
      expect(f).toBeDefined();
      expect(f?.value).toEqual(c.newValue);
      if (c.qualifier) expect(f?.qualifier ?? null).toBe(c.qualifier.new);
    }
  });

  it("every withdrawn figure is gone", () => {
    for (const [id, c] of latest)
      if (c.kind === "withdrawn") expect(figureById(id)).toBeUndefined();
  });

  it("a revision changes something a reader sees, or says the value is unchanged", () => {
    for (const v of DATASET_CHANGELOG)
      for (const c of v.changes.filter((x) => x.kind === "revised")) {
        expect(c.oldValue).toBeDefined();
        const hedge = c.qualifier !== undefined && c.qualifier.old !== c.qualifier.new;
        if (c.oldValue === c.newValue && !hedge) expect(c.why).toMatch(/^Value unchanged;/);
        if (c.qualifier) expect(c.qualifier.old).not.toBe(c.qualifier.new);
      }
  });

  it("accounts for every figure: the first version's, plus those added, less those withdrawn", () => {
    const all = DATASET_CHANGELOG.flatMap((v) => v.changes);
    const added = all.filter((c) => c.kind === "added").length;
    const withdrawn = all.filter((c) => c.kind === "withdrawn").length;
    expect(FIGURES.length).toBe(FIRST_VERSION_FIGURES + added - withdrawn);
  });
});

describe("the source corrections agree with the data", () => {
  const all = DATASET_CHANGELOG.flatMap((v) => v.sourceChanges ?? []);
  /** The last correction of each source field across versions, oldest first. */
  const latest = new Map<string, SourceChange>(all.map((c) => [`${c.sourceId}/${c.field}`, c]));

  it("name existing sources, once per field and version, with a reason and a real change", () => {
    expect(all.length).toBeGreaterThan(0);
    for (const v of DATASET_CHANGELOG) {
      const keys = (v.sourceChanges ?? []).map((c) => `${c.sourceId}/${c.field}`);
      expect(new Set(keys).size).toBe(keys.length);
    }
    for (const c of all) {
      expect(sourceById(c.sourceId)).toBeDefined();
      expect(c.why.trim().length).toBeGreaterThan(20);
      expect(c.newValue).not.toBe(c.oldValue);
    }
  });

  it("every corrected title or date is the one the source now carries", () => {
    for (const c of latest.values()) expect(sourceById(c.sourceId)?.[c.field]).toBe(c.newValue);
  });

  it("are on the help page's changelog, with old and new value", () => {
    const html = changelogHtml(DATASET_CHANGELOG, figureById);
    for (const c of all) {
      const before = c.oldValue === undefined ? "none" : `"${c.oldValue}"`;
      expect(html).toContain(
        `<code>${c.sourceId}</code> ${escapeHtml(`${c.field}: ${before} → "${c.newValue}"`)}.`
      );
    }
  });
});
