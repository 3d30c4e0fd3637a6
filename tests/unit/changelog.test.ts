import { DATASET_CHANGELOG, DATASET_VERSION, FIGURES } from "../../src/data";
import { figureById, sourceById } from "../../src/core/dataset/byId";
import type { FigureChange } from "../../src/data";

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
    expect(DATASET_VERSION).toBe("2026-12-05");
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
