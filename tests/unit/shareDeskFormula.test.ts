import { callsDeskFunction } from "../../src/core/share/deskFormula";

describe("callsDeskFunction", () => {
  it.each([
    '=DESK.CONVERT(A1,"EUR","USD")',
    '=desk.convert(A1,"EUR","USD")',
    '=ROUND(DESK.CONVERT(A1,"EUR","USD"),2)',
    '=A1*Desk.Rate("EUR","USD")',
    '=IF(A1>0,"DESK.",DESK.FIGURE("seized.be.2023"))',
    "=SUM(DESK.SEIZED(B2:B9,2021))",
    '=DESK.SHAREOFUSERS ("BE")',
    '=\'My sheet\'!A1+DESK.RATE("EUR","USD")',
    '=Table1[[#This Row],[Amount]]*DESK.RATE("EUR","USD")',
  ])("finds a DESK call in %s", (formula) => {
    expect(callsDeskFunction(formula)).toBe(true);
  });

  it.each([
    '="DESK.CONVERT(A1)"',
    '="see ""DESK.RATE("" in the help"',
    "='DESK.Data'!A1*2",
    "=Sales[DESK.CONVERT(]",
    "=MYDESK.CONVERT(A1)",
    "=XDESK.RATE(A1)",
    "=B2*2",
    "DESK.CONVERT(A1)",
    "=DESK.NAME",
    42,
    "",
    null,
  ])("does not count %p", (formula) => {
    expect(callsDeskFunction(formula)).toBe(false);
  });
});
