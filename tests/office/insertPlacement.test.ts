/** Where an inserted table goes, and the names it takes: the pure rules behind "nothing is overwritten". */
import {
  choosePlacement,
  isAreaEmpty,
  quoteSheetName,
  uniqueSheetName,
  uniqueTableName,
} from "../../src/core/placement";

const base = {
  activeSheetName: "Sheet1",
  activeRow: 3,
  activeCol: 2,
  overlappingTables: 0,
  sheetNames: ["Sheet1"],
  title: "Cocaine seized by country",
};

describe("choosePlacement", () => {
  const empty = [
    ["", "", ""],
    ["", "", ""],
  ];

  it("keeps the selected cell when the whole area is empty", () => {
    expect(choosePlacement({ ...base, areaFormulas: empty })).toEqual({
      newSheet: false,
      sheetName: "Sheet1",
      row: 3,
      col: 2,
    });
  });

  it.each([0, false, "=A1", " ", "x"])(
    "moves to a new sheet at A1 when a cell holds %p",
    (content) => {
      const area = [
        ["", "", ""],
        ["", content, ""],
      ];
      expect(choosePlacement({ ...base, areaFormulas: area })).toEqual({
        newSheet: true,
        sheetName: "Cocaine seized by country",
        row: 0,
        col: 0,
      });
    }
  );

  it("moves to a new sheet when the area overlaps a table", () => {
    expect(choosePlacement({ ...base, areaFormulas: empty, overlappingTables: 1 }).newSheet).toBe(
      true
    );
  });
});

describe("isAreaEmpty", () => {
  it("counts only empty strings (and missing cells) as empty", () => {
    expect(isAreaEmpty([[""], [null], [undefined]])).toBe(true);
    expect(isAreaEmpty([[""], [""], ["0"]])).toBe(false);
  });
});

describe("uniqueSheetName", () => {
  it("drops the characters Excel refuses and keeps 31 characters at most", () => {
    const name = uniqueSheetName("Seized: ports [t] / year? *all* \\ 2019-2023 in Antwerp", []);
    expect(name).not.toMatch(/[:\\/?*[\]]/);
    expect(name.length).toBeLessThanOrEqual(31);
    expect(name.startsWith("Seized ports t year all")).toBe(true);
  });

  it("is unique ignoring case, and stays within 31 characters with its number", () => {
    const title = "The operation day, 9 March 2021: Belgium and the Netherlands";
    const first = uniqueSheetName(title, []);
    expect(first).toHaveLength(31);
    const second = uniqueSheetName(title, [first.toLowerCase()]);
    expect(second).toMatch(/ \(2\)$/);
    expect(second.length).toBeLessThanOrEqual(31);
    const third = uniqueSheetName(title, [first, second.toUpperCase()]);
    expect(third).toMatch(/ \(3\)$/);
    expect(third.length).toBeLessThanOrEqual(31);
  });

  it("avoids Excel's reserved History name, blank names and edge apostrophes", () => {
    expect(uniqueSheetName("History", [])).toBe("History (2)");
    expect(uniqueSheetName("???", [])).toBe("Table");
    expect(uniqueSheetName("'Quoted'", [])).toBe("Quoted");
  });
});

describe("uniqueTableName", () => {
  it("derives a valid name from the id and numbers it past taken names, ignoring case", () => {
    expect(uniqueTableName("operation-day", [])).toBe("Desk_operation_day");
    expect(uniqueTableName("operation-day", ["DESK_OPERATION_DAY", "Desk_operation_day_2"])).toBe(
      "Desk_operation_day_3"
    );
    expect(uniqueTableName("2021 seizures", [])).toMatch(/^[A-Za-z_][A-Za-z0-9_.]*$/);
  });
});

describe("quoteSheetName", () => {
  it("quotes names with spaces or that read as references, and doubles apostrophes", () => {
    expect(quoteSheetName("Sheet1")).toBe("Sheet1");
    expect(quoteSheetName("Cocaine seized")).toBe("'Cocaine seized'");
    expect(quoteSheetName("AB12")).toBe("'AB12'");
    expect(quoteSheetName("O'Neil")).toBe("'O''Neil'");
  });
});
