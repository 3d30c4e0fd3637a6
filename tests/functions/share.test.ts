/** DESK.SHARE through the built dist/functions.js, as Excel calls it. */
import { loadBuiltFunctions, StandInError, thrown } from "../support/functionsHost";

const desk = loadBuiltFunctions();

describe("DESK.SHARE", () => {
  it("divides a part by its total", () => {
    expect(desk.call("SHARE", [[6000]], [[70000]])).toEqual([[6000 / 70000]]);
  });

  it("spills element by element over ranges of equal shape, and broadcasts a single total", () => {
    expect(desk.call("SHARE", [[1], [2], [3]], [[4], [8], [12]])).toEqual([[0.25], [0.25], [0.25]]);
    expect(desk.call("SHARE", [[1, 2]], [[4]])).toEqual([[0.25, 0.5]]);
  });

  it("gives #VALUE! with a message for a negative part, a part over the total, text; #DIV/0! for a zero total", () => {
    const [neg, over, zero, text] = (
      desk.call("SHARE", [[-1, 5, 1, "abc"]], [[4, 4, 0, 4]]) as StandInError[][]
    )[0];
    expect(neg).toEqual(new StandInError("#VALUE!", "part must be zero or more; got -1."));
    expect(over.code).toBe("#VALUE!");
    expect(over.message).toMatch(/larger than total/);
    expect(zero.code).toBe("#DIV/0!");
    expect(text.message).toMatch(/part must be a number; got the text "abc"/);
  });

  it("takes floating-point noise for equality, not for a part larger than the total", () => {
    expect(desk.call("SHARE", [[0.1 + 0.2]], [[0.3]])).toEqual([[1]]);
    expect((desk.call("SHARE", [[0.3001]], [[0.3]]) as StandInError[][])[0][0].code).toBe(
      "#VALUE!"
    );
  });

  it("refuses ranges of different shapes as a whole, saying which", () => {
    const e = thrown(() => desk.call("SHARE", [[1], [2], [3]], [[1], [2]]));
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toMatch(/total is 2×1 cells but part is 3×1/);
  });
});
