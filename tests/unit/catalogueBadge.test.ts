import { CATALOGUE } from "../../src/data";
import { figureById, sourceById } from "../../src/core/dataset/byId";
import { buildCellPlan } from "../../src/core/cellPlan";
import { catalogueEntry } from "../../src/taskpane/catalogueEntries";

const lookup = {
  figureById,
  sourceById,
  buildPlan: (table: (typeof CATALOGUE)[number]) =>
    buildCellPlan(table, { anchorRow: 0, anchorCol: 0 }),
};

describe("the warning badge of the catalogue", () => {
  const badged = CATALOGUE.filter((t) => catalogueEntry(t, lookup).differs).map((t) => t.id);

  it("fires for tables whose body shows a claim that differs or that no source supports", () => {
    // record-seizures: "17 / 16 / 7 t" differ; user shares: the Antwerp 15% is found in no source.
    expect(badged).toEqual([
      "record-seizures-2021",
      "sky-ecc-user-shares",
      "fact-check-2021-03-10",
    ]);
  });

  it("does not fire for a claim cited only in a note", () => {
    const numbers = CATALOGUE.find((t) => t.id === "sky-ecc-in-numbers");
    expect(numbers?.notes.join(" ")).toContain("{article.skyecc.price.low}");
    expect(badged).not.toContain("sky-ecc-in-numbers");
  });
});
