/**
 * The built pane in each language, in headless Chromium at 320 px: the language comes from Office's display
 * language in Excel (over the browser's), from the browser's outside Office, and from the choice in the pane
 * over both, remembered; only that language's strings are fetched; no English string of the pane is left;
 * no text overflows; screenshots (UPDATE_SCREENSHOTS=1) go to assets/screenshots/pane-<lang>.png.
 */
import type { BrowserContext, Page } from "playwright-core";
import { CATALOGUE } from "../../src/data";
import { LANGUAGES, type Language } from "../../src/i18n/language";
import { en, type UiStrings } from "../../src/i18n/ui/en";
import { fr } from "../../src/i18n/ui/fr";
import { nl } from "../../src/i18n/ui/nl";
import { de } from "../../src/i18n/ui/de";
import { pinCheckEn } from "../../src/i18n/ui/pinCheck/en";
import { pinCheckFr } from "../../src/i18n/ui/pinCheck/fr";
import { pinCheckNl } from "../../src/i18n/ui/pinCheck/nl";
import { pinCheckDe } from "../../src/i18n/ui/pinCheck/de";
import { FUNCTION_MESSAGES_EN } from "../../src/core/messages/en";
import { FUNCTION_MESSAGES_FR } from "../../src/core/messages/fr";
import { FUNCTION_MESSAGES_NL } from "../../src/core/messages/nl";
import { FUNCTION_MESSAGES_DE } from "../../src/core/messages/de";
import {
  describeInBrowser,
  keepPageOffline,
  updateScreenshot,
  useBrowserSuite,
} from "../support/browser";
import { injectExcelStandIn } from "../support/excelStandIn";

const WIDTH = 320;
const STRINGS: Record<Language, UiStrings> = { en, fr, nl, de };
/** What the pane says once Office has answered, per language (the host line). */
const CONNECTED = (language: Language) => STRINGS[language].hostExcel;

/**
 * The fixed pieces of the English strings that the language translates differently: what would show if a
 * string were left in English. Pieces of two words or more, so that a proper name or a shared word ("Sky
 * ECC", "CSV") is not taken for English left behind.
 */
/** The pane's own strings, and the module strings its panels fetch (the pinned rates' lines). */
const PIN_LINES: Record<Language, Record<string, string>> = {
  en: pinCheckEn,
  fr: pinCheckFr,
  nl: pinCheckNl,
  de: pinCheckDe,
};
/** The functions' messages the rates panel writes (a refused service address). */
const SERVICE_MESSAGES: Record<Language, Record<string, string>> = {
  en: FUNCTION_MESSAGES_EN,
  fr: FUNCTION_MESSAGES_FR,
  nl: FUNCTION_MESSAGES_NL,
  de: FUNCTION_MESSAGES_DE,
};

/** The rate service's messages only: the cells' messages are not on the pane. */
const serviceOnly = (messages: Record<string, string>) =>
  Object.fromEntries(Object.entries(messages).filter(([key]) => key.startsWith("service.")));

function englishPieces(language: Language): string[] {
  const sets: [Record<string, string>, Record<string, string>][] = [
    [en, STRINGS[language]],
    [pinCheckEn, PIN_LINES[language]],
    [serviceOnly(FUNCTION_MESSAGES_EN), SERVICE_MESSAGES[language]],
  ];
  return sets
    .flatMap(([english, translated]) =>
      Object.keys(english)
        .filter((key) => translated[key] !== english[key])
        .map((key) => english[key])
    )
    .flatMap((text) => text.split(/\{\w+\}/))
    .map((piece) => piece.replace(/^[\s.,:;“”]+|[\s.,:;“”…]+$/g, ""))
    .filter((piece) => piece.split(/\s+/).length >= 2);
}

/**
 * Every text of the pane a user can read or hear: visible text, and accessible names, placeholders and
 * titles. The catalogue's own words (table titles, descriptions, periods) are taken out: they come with
 * the tables' translation, not with the pane's strings.
 */
async function readableText(page: Page): Promise<string> {
  const text = await page.evaluate(() => {
    const attributes = Array.from(
      document.querySelectorAll("[aria-label], [placeholder], [title]")
    ).flatMap((el) =>
      ["aria-label", "placeholder", "title"].map((name) => el.getAttribute(name) ?? "")
    );
    return [document.body.innerText, ...attributes].join("\n");
  });
  // Longest first: a short period ("2021") would otherwise cut a title that contains it.
  const tableWords = CATALOGUE.flatMap((t) => [t.title, t.description, t.period]).sort(
    (a, b) => b.length - a.length
  );
  return tableWords.reduce((rest, words) => rest.split(words).join(" "), text);
}

/** Text elements whose content is wider than their box (outside the preview table, which scrolls). */
function overflowingText(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll<HTMLElement>("body *"))
      .filter((el) => {
        if (el.closest(".table-scroll") || el.closest("svg")) return false;
        const style = getComputedStyle(el);
        if (style.display === "inline" || style.display === "none") return false;
        const ownText = Array.from(el.childNodes).some(
          (n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? "").trim() !== ""
        );
        return ownText && el.scrollWidth > el.clientWidth + 1;
      })
      .map((el) => `${el.tagName.toLowerCase()}#${el.id}.${el.className}: ${el.textContent}`)
  );
}

describeInBrowser("the pane in English, French, Dutch and German", () => {
  const suite = useBrowserSuite();

  /** Opens the pane; `requests` collects every URL the page asks for. */
  async function open(
    context: BrowserContext,
    options: { excelLanguage?: string } = {}
  ): Promise<{ page: Page; requests: string[] }> {
    const page = await context.newPage();
    const requests: string[] = [];
    page.on("request", (request) => requests.push(request.url()));
    await keepPageOffline(page);
    if (options.excelLanguage)
      await injectExcelStandIn(page, { displayLanguage: options.excelLanguage });
    await page.goto(`${suite.origin}/taskpane.html`);
    await page.waitForSelector("#table-list [role=option]");
    return { page, requests };
  }

  const uiChunks = (requests: string[]) =>
    requests.map((url) => /\/chunks\/ui-(\w+)\./.exec(url)?.[1]).filter(Boolean);

  it.each(LANGUAGES.map((l) => [l]))(
    "in Excel with the display language %s (the browser in English): every pane string in it, only its strings fetched, nothing overflows at 320 px",
    async (language) => {
      const context = await suite.browser.newContext({
        viewport: { width: WIDTH, height: 900 },
        locale: "en-US",
      });
      const { page, requests } = await open(context, {
        excelLanguage: { en: "en-US", fr: "fr-BE", nl: "nl-NL", de: "de-DE" }[language],
      });
      await page.waitForFunction(
        (text) => document.getElementById("host-status")?.textContent === text,
        CONNECTED(language)
      );
      expect(await page.getAttribute("html", "lang")).toBe(language);
      // English is in the start bundle; another language is its own chunk, and only that one is fetched.
      expect(uiChunks(requests)).toEqual(language === "en" ? [] : [language]);
      expect(await page.inputValue("#language-select")).toBe(language);
      // The help link opens the help page in the same language, and the build wrote it.
      const help = await page.getAttribute("#help-link", "href");
      expect(help).toBe(language === "en" ? "help.html" : `help.${language}.html`);
      const helpPage = await context.request.get(`${suite.origin}/${help}`);
      expect(helpPage.status()).toBe(200);
      expect(await helpPage.text()).toMatch(new RegExp(`<html lang="?${language}"?`));

      const charted = CATALOGUE.findIndex((t) => t.chart);
      await page.locator('#table-list [role="option"]').nth(charted).click();
      await page.waitForSelector("#insert-button");
      // The pinned rates' save line (its strings fetched with the pin check) and a refused service address.
      await page.waitForFunction(
        () => document.getElementById("pin-save-state")?.textContent !== ""
      );
      await page.fill("#rates-base-url", "http://rates.example.org");
      await page.click(`text=${STRINGS[language].useThisService}`);
      await page.waitForFunction(
        (want) => document.getElementById("rates-url-message")?.textContent === want,
        SERVICE_MESSAGES[language]["service.notHttps"]
      );
      const text = await readableText(page);
      expect(englishPieces(language).filter((piece) => text.includes(piece))).toEqual([]);
      for (const key of ["insertButton", "catalogueHeading", "ratesHeading"] as const)
        expect(text).toContain(STRINGS[language][key]);

      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        WIDTH
      );
      expect(await overflowingText(page)).toEqual([]);

      if (process.env.UPDATE_SCREENSHOTS) {
        await page.evaluate(() => document.getElementById("table-list")?.scrollTo(0, 0));
        await page.mouse.move(0, 0);
      }
      await updateScreenshot(page, `pane-${language}`);
      await context.close();
    }
  );

  it("outside Office, follows the browser's language", async () => {
    const context = await suite.browser.newContext({
      viewport: { width: WIDTH, height: 800 },
      locale: "nl-BE",
    });
    const { page, requests } = await open(context);
    await page.waitForFunction(
      (text) => document.getElementById("host-status")?.textContent === text,
      nl.hostBrowser
    );
    expect(await page.getAttribute("html", "lang")).toBe("nl");
    expect(uiChunks(requests)).toEqual(["nl"]);
    await context.close();
  });

  it("a language chosen in the pane applies at once, without a reload, and is remembered over Office's", async () => {
    const context = await suite.browser.newContext({
      viewport: { width: WIDTH, height: 800 },
      locale: "en-US",
    });
    const { page, requests } = await open(context, { excelLanguage: "en-US" });
    await page.waitForFunction(
      (text) => document.getElementById("host-status")?.textContent === text,
      en.hostExcel
    );
    await page.locator('#table-list [role="option"]').first().click();
    // A mark on the page: gone if the page reloaded.
    await page.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));

    await page.selectOption("#language-select", "de");
    await page.waitForFunction(
      (text) => document.getElementById("catalogue-heading")?.textContent === text,
      de.catalogueHeading
    );
    expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(
      true
    );
    expect(await page.getAttribute("html", "lang")).toBe("de");
    expect(await page.textContent("#host-status")).toBe(de.hostExcel);
    expect(await page.textContent("#insert-button")).toBe(de.insertButton);
    expect(await page.textContent("#share-heading")).toBe(de.shareHeading);
    expect(await page.textContent("#rates-heading")).toBe(de.ratesHeading);
    expect(await page.getAttribute("#search", "placeholder")).toBe(de.searchPlaceholder);
    expect(await page.textContent("label[for=language-select]")).toBe(de.languageLabel);
    expect(uiChunks(requests)).toEqual(["de"]);
    const text = await readableText(page);
    expect(englishPieces("de").filter((piece) => text.includes(piece))).toEqual([]);

    // Opened again in an English Excel, the pane keeps the choice.
    await page.reload();
    await page.waitForFunction(
      (text) => document.getElementById("host-status")?.textContent === text,
      de.hostExcel
    );
    expect(await page.inputValue("#language-select")).toBe("de");
    await context.close();
  });

  it("prints the time to a rendered catalogue per language (page clock)", async () => {
    const lines: string[] = [];
    for (const language of LANGUAGES) {
      const context = await suite.browser.newContext({
        viewport: { width: WIDTH, height: 800 },
        locale: { en: "en-GB", fr: "fr-FR", nl: "nl-NL", de: "de-DE" }[language],
      });
      const { page } = await open(context);
      const ms = await page.evaluate(() =>
        ["desk:pane-start", "desk:catalogue-rendered"].map(
          (name) => performance.getEntriesByName(name)[0]?.startTime
        )
      );
      lines.push(
        `${language} ${Math.round(ms[1])} ms (${Math.round(ms[1] - ms[0])} ms in the pane)`
      );
      expect(await page.getAttribute("html", "lang")).toBe(language);
      await context.close();
    }
    process.stdout.write(`\nCatalogue rendered after navigation: ${lines.join("; ")}\n`);
  });
});
