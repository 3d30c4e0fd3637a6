/**
 * The preview's cell text follows the cell's Excel number format section by section, as Excel picks it
 * (positive; negative; zero), in the pane's language.
 */
import { cellText } from "../../src/taskpane/cellText";
import { signedFormat, unitFormat } from "../../src/core/figureText";
import { setActiveLanguage } from "../../src/i18n/activeLanguage";
import de from "../../src/i18n/dataset/de";

afterEach(() => setActiveLanguage("en"));

describe("a cell of the preview", () => {
  it("shows the sign that a signed format writes, for a rise, a fall and no change", () => {
    const points = signedFormat(unitFormat("share_points"));
    expect(cellText(5.74, points)).toBe("+5.7 pts");
    expect(cellText(-5.74, points)).toBe("-5.7 pts");
    expect(cellText(0, points)).toBe("0.0 pts");
    expect(cellText(0.123, signedFormat("0.0%"))).toBe("+12.3%");
    expect(cellText(-0.123, signedFormat("0.0%"))).toBe("-12.3%");
  });

  it("writes the number in the pane's language and the unit word of the table's language", () => {
    setActiveLanguage("de");
    const points = signedFormat(unitFormat("share_points", de.words));
    expect(cellText(5.74, points)).toBe("+5,7 Pkt.");
    expect(cellText(-1234.5, "#,##0")).toBe("-1.235");
    expect(cellText(1234.5, '"€"#,##0')).toBe("€1.235");
  });
});
