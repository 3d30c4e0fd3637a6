import { a1, columnLetters, rangeAddress } from "../../src/core/a1";

/** Independent inverse of columnLetters: "AA" -> 26. */
function columnIndex(letters: string): number {
  return [...letters].reduce((n, ch) => n * 26 + (ch.charCodeAt(0) - 64), 0) - 1;
}

describe("columnLetters", () => {
  it.each([
    [0, "A"],
    [25, "Z"],
    [26, "AA"],
    [51, "AZ"],
    [52, "BA"],
    [701, "ZZ"],
    [702, "AAA"],
    [16383, "XFD"],
  ])("column %i is %s", (col, letters) => {
    expect(columnLetters(col)).toBe(letters);
  });

  it("is a bijection over Excel's columns, in order", () => {
    let previous = "";
    for (let col = 0; col < 16384; col++) {
      const letters = columnLetters(col);
      expect(columnIndex(letters)).toBe(col);
      expect(letters.length > previous.length || letters > previous).toBe(true);
      previous = letters;
    }
  });

  it.each([-1, 1.5, Number.NaN])("refuses %p", (col) => {
    expect(() => columnLetters(col)).toThrow(RangeError);
  });
});

describe("a1 and rangeAddress", () => {
  it("addresses 0-based cells", () => {
    expect(a1(0, 0)).toBe("A1");
    expect(a1(4, 3)).toBe("D5");
    expect(a1(1048575, 16383)).toBe("XFD1048576");
  });

  it("refuses a negative row", () => {
    expect(() => a1(-1, 0)).toThrow(RangeError);
  });

  it("addresses blocks and single cells", () => {
    expect(rangeAddress(1, 1, 3, 2)).toBe("B2:C4");
    expect(rangeAddress(2, 3, 12, 6)).toBe("D3:I14");
    expect(rangeAddress(4, 3, 1, 1)).toBe("D5");
    expect(() => rangeAddress(0, 0, 0, 1)).toThrow(RangeError);
  });
});
