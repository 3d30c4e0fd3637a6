import { fill, formatIsoDate, formatNumber, placeholdersOf } from "../../src/i18n/fill";
import { activeLanguage, onLanguageChange, setActiveLanguage } from "../../src/i18n/activeLanguage";
import { localDateLabel } from "../../src/core/i18n/periodLabel";
import fr from "../../src/i18n/dataset/fr";
import nl from "../../src/i18n/dataset/nl";
import de from "../../src/i18n/dataset/de";

describe("fill", () => {
  it("writes numbers in each language's conventions", () => {
    expect(formatNumber(1234567.5, "en")).toBe("1,234,567.5");
    expect(formatNumber(1234567.5, "de")).toBe("1.234.567,5");
    expect(formatNumber(1234567.5, "nl")).toBe("1.234.567,5");
    // French groups with a narrow no-break space.
    expect(formatNumber(1234567.5, "fr")).toBe("1\u202f234\u202f567,5");
  });

  it("writes dates in each language's conventions", () => {
    expect(formatIsoDate("2021-03-09", "en")).toBe("9 March 2021");
    expect(formatIsoDate("2021-03-09", "fr")).toBe("9 mars 2021");
    expect(formatIsoDate("2021-03-09", "nl")).toBe("9 maart 2021");
    expect(formatIsoDate("2021-03-09", "de")).toBe("9. März 2021");
  });

  it("fills every placeholder and refuses a missing one", () => {
    expect(fill("{n} tonnes on {day}", { n: 90.5, day: { isoDate: "2021-03-09" } }, "de")).toBe(
      "90,5 tonnes on 9. März 2021"
    );
    expect(() => fill("{n} of {total}", { n: 1 }, "en")).toThrow("No value for {total}");
    expect(placeholdersOf("{b} and {a} and {b}")).toEqual(["a", "b"]);
  });
});

describe("activeLanguage", () => {
  it("tells listeners of a change, once, until they stop listening", () => {
    const heard: string[] = [];
    const stop = onLanguageChange((l) => heard.push(l));
    setActiveLanguage("nl");
    setActiveLanguage("nl");
    stop();
    setActiveLanguage("en");
    expect(heard).toEqual(["nl"]);
    expect(activeLanguage()).toBe("en");
  });
});

describe("period labels in another language", () => {
  it("writes a range of days as each language writes a day before its month", () => {
    expect(localDateLabel("9–10 Mar 2021", "de-DE", de.words.dayMonth)).toBe("9.–10. März 2021");
    expect(localDateLabel("2–3 Apr 2021", "de-DE", de.words.dayMonth)).toBe("2.–3. Apr. 2021");
    expect(localDateLabel("9–10 Mar 2021", "fr-FR", fr.words.dayMonth)).toBe("9–10 mars 2021");
    expect(localDateLabel("9 Mar 2021", "nl-NL", nl.words.dayMonth)).toBe("9 mrt 2021");
    expect(localDateLabel("Mar 2022 – Feb 2026", "de-DE", de.words.dayMonth)).toBe(
      "März 2022 – Feb. 2026"
    );
  });
});
