/**
 * Prints the dataset changelog as HTML for the help page in a language (English by default); webpack puts
 * it in help.html, help.fr.html, … at build time. Run by hand: `npx tsx scripts/changelog-html.ts fr`.
 */
import { DATASET_CHANGELOG } from "../src/data";
import { figureById } from "../src/core/dataset/byId";
import { changelogHtml } from "../src/help/changelogHtml";
import { loadDatasetTexts } from "../src/i18n/dataset";
import { isLanguage } from "../src/i18n/language";

async function main(): Promise<void> {
  const language = process.argv[2] ?? "en";
  if (!isLanguage(language)) throw new Error(`Unknown language "${language}".`);
  const texts = await loadDatasetTexts(language);
  process.stdout.write(changelogHtml(DATASET_CHANGELOG, figureById, texts));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
