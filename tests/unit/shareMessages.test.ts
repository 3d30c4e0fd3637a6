import type { RefusalWhy } from "../../src/core/share/restorableFormula";
import {
  freezeMessage,
  restoreMessage,
  sourcesMessage,
  useShareLanguage,
} from "../../src/taskpane/shareMessages";

const none = {
  formulasFrozen: 0,
  cellsFrozen: 0,
  alreadyFrozen: 0,
  protectedSheets: [],
  busy: 0,
  recordsSheetTaken: false,
};

describe("share panel messages", () => {
  it("say what was frozen and what was skipped", () => {
    expect(
      freezeMessage({
        ...none,
        formulasFrozen: 12,
        cellsFrozen: 1040,
        protectedSheets: [{ sheet: "Budget", formulas: 3 }],
      })
    ).toBe(
      "Froze 12 DESK formulas to their values (1,040 cells). Restore formulas puts them back. " +
        "Skipped protected sheet: Budget (3 formulas). Unprotect and run again to freeze them."
    );
  });

  it("say when there is nothing to do", () => {
    expect(freezeMessage(none)).toBe("Nothing to freeze: this workbook has no DESK formulas.");
    expect(freezeMessage({ ...none, alreadyFrozen: 1 })).toMatch(
      /^Nothing to freeze: no DESK formulas left; 1 formula frozen earlier/
    );
    expect(
      restoreMessage({
        formulasRestored: 0,
        kept: { edited: 0, protected: 0, missingSheet: 0, refused: 0 },
        protectedSheets: [],
        refused: [],
        nothingFrozen: true,
      })
    ).toBe("Nothing to restore: no frozen DESK formulas in this workbook.");
  });

  it("say what restore left alone", () => {
    expect(
      restoreMessage({
        formulasRestored: 1,
        kept: { edited: 2, protected: 1, missingSheet: 0, refused: 0 },
        protectedSheets: ["Locked"],
        refused: [],
        nothingFrozen: false,
      })
    ).toBe(
      "Restored 1 DESK formula. 2 frozen cells were edited since freezing and left as you made them. " +
        "1 formula on protected sheet Locked left frozen: unprotect and run again."
    );
    expect(
      restoreMessage({
        formulasRestored: 0,
        kept: { edited: 0, protected: 0, missingSheet: 0, refused: 12 },
        protectedSheets: [],
        refused: Array.from({ length: 12 }, (_, i) => ({
          cells: `Data!B${i + 1}`,
          formula: `=WEBSERVICE("https://example.org/${"x".repeat(60)}")+DESK.RATE("EUR","USD")`,
          why: { key: "whyReachesOutside" as const, values: { name: "WEBSERVICE" } },
        })),
        nothingFrozen: false,
      })
    ).toBe(
      "No formula restored. Not restored, the cells keep their values: " +
        Array.from(
          { length: 10 },
          (_, i) =>
            `Data!B${i + 1} =WEBSERVICE("https://example.org/${"x".repeat(26)}…: it calls WEBSERVICE, which reaches outside the workbook`
        ).join("; ") +
        "; and 2 others."
    );
    expect(sourcesMessage({ sheetName: "Sources", refreshed: true })).toBe(
      'Sources sheet "Sources" refreshed.'
    );
  });
});

describe("why a formula was not restored, in the pane's language", () => {
  afterAll(() => useShareLanguage("en"));

  it("French: each refusal's reason in French, the formula and its cells as they are", async () => {
    await useShareLanguage("fr");
    const refused = (why: RefusalWhy, formula: string) => ({ cells: "Data!B2", formula, why });
    expect(
      restoreMessage({
        formulasRestored: 0,
        kept: { edited: 0, protected: 0, missingSheet: 0, refused: 2 },
        protectedSheets: [],
        refused: [
          refused({ key: "whyReachesOutside", values: { name: "WEBSERVICE" } }, "=WEBSERVICE(A1)"),
          refused({ key: "whyNotAccepted" }, "42"),
        ],
        nothingFrozen: false,
      })
    ).toBe(
      "Aucune formule rétablie. Non rétablies, les cellules gardent leurs valeurs\u00a0: " +
        "Data!B2 =WEBSERVICE(A1)\u00a0: elle appelle WEBSERVICE, qui va chercher hors du classeur\u00a0; " +
        "Data!B2 42\u00a0: ce n’est pas une formule qu’Excel accepte."
    );
  });
});
