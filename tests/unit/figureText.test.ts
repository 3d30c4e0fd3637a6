import {
  figureNumberFormat,
  figureText,
  numberText,
  signedFormat,
  valueText,
} from "../../src/core/figureText";
import { figureById } from "../../src/core/dataset/byId";
import type { Figure } from "../../src/data";

const f = (id: string) => figureById(id) as Figure;

describe("figure text", () => {
  it.each<[number | string, Figure["unit"], string]>([
    [16.174, "tonnes", "16.174 t"],
    [0.25, "share", "25%"],
    [6000 / 70000, "share", "8.6%"],
    [800, "EUR_per_6_months", "€800 per 6 months"],
    [4_500_000_000, "EUR", "€4.5 billion"],
    [60_000_000, "EUR", "€60 million"],
    [224_290_029, "EUR", "€224,290,029"],
    [5_000_000, "USD", "US$5 million"],
    [1500, "persons", "1,500 persons"],
    ["2021-02-12", "date", "2021-02-12"],
  ])("%p %s reads %p", (value, unit, text) => {
    expect(valueText(value, unit)).toBe(text);
  });

  it("keeps the source's hedge", () => {
    expect(figureText(f("seizure.antwerp.investigation.cumulative"))).toBe("more than 17 t");
    expect(figureText(f("op.be.arrests"))).toBe("48 persons");
    expect(numberText(1_000_000_000)).toBe("1 billion");
    expect(numberText(1_234_567)).toBe("1,234,567");
  });

  it("puts large numbers in words with each language's singular and plural", async () => {
    const words = async (language: "fr" | "nl" | "de") =>
      (await import(`../../src/i18n/dataset/${language}`)).default.words;
    const [fr, nl, de] = await Promise.all([words("fr"), words("nl"), words("de")]);
    // French: below 2 is singular; German: 1 alone.
    expect(numberText(1_400_000_000, fr)).toBe("1,4 milliard");
    expect(numberText(2_000_000_000, fr)).toBe("2 milliards");
    expect(numberText(1_400_000_000, de)).toBe("1,4 Milliarden");
    expect(numberText(1_000_000_000, de)).toBe("1 Milliarde");
    expect(numberText(60_000_000, de)).toBe("60 Millionen");
    expect(numberText(1_400_000_000, nl)).toBe("1,4 miljard");
  });
});

describe("number formats of figures", () => {
  it("prefix the hedge to the unit's format, merging quoted literals", () => {
    expect(figureNumberFormat(f("op.be.arrests"))).toBe("#,##0");
    // Tonnes keep the source's precision: "more than 17", "16.174", a derived 8.088… with one decimal.
    expect(figureNumberFormat(f("seizure.antwerp.investigation.cumulative"))).toBe('">"#,##0');
    expect(figureNumberFormat(f("seizure.hamburg.2021-02.om"))).toBe("#,##0.000");
    expect(figureNumberFormat(f("seized.nl.2020.customs"))).toBe("#,##0");
    expect(figureNumberFormat(f("seized.be.2021.emcdda"))).toBe('"<"#,##0');
    expect(figureNumberFormat(f("port.hamburg.2020.customs"))).toBe("#,##0.0");
    expect(figureNumberFormat(f("skyecc.handset.price.prosecutor"))).toBe('"from €"#,##0');
    expect(figureNumberFormat(f("aftermath.be.2022-03.money"))).toBe('"<€"#,##0'); // nearly: just under
    expect(figureNumberFormat(f("skyecc.users.share.benl.europol"))).toBe('"~"0.0%');
    expect(figureNumberFormat(f("op.be.items"))).toBe("@");
    expect(signedFormat("0.0%")).toBe("+0.0%;-0.0%;0.0%");
  });
});
