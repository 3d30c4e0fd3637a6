/** The one rule that keeps text as text when written to Excel (src/core/share/literal.ts). */
import { cellInput, literalInput, textInput } from "../../src/core/share/literal";

describe("keeping text as text", () => {
  it("puts an apostrophe before text, except in a Text cell, which keeps what it is given", () => {
    expect(textInput("=SUM(A1:A2)")).toBe("'=SUM(A1:A2)");
    expect(textInput("007")).toBe("'007");
    expect(textInput("9 March 2021")).toBe("'9 March 2021");
    expect(textInput("@home", "@")).toBe("@home");
  });

  it("writes our values: numbers and booleans as they are, nothing as an empty cell, text as text", () => {
    expect(cellInput(16)).toBe(16);
    expect(cellInput(false)).toBe(false);
    expect(cellInput(null)).toBe("");
    expect(cellInput("-5 t")).toBe("'-5 t");
    // A text of ours that reads like an error value is still text.
    expect(cellInput("#REF!")).toBe("'#REF!");
    expect(cellInput("2021-03", "@")).toBe("2021-03");
  });

  it("writes back a value read from a cell, its error values as errors", () => {
    expect(literalInput("#N/A")).toBe("#N/A");
    expect(literalInput("#DIV/0!")).toBe("#DIV/0!");
    expect(literalInput("#N/A is missing")).toBe("'#N/A is missing");
    expect(literalInput(0.25)).toBe(0.25);
    expect(literalInput("")).toBe("");
  });
});
