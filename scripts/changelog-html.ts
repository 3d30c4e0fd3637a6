/**
 * Prints the dataset changelog as HTML for the help page; webpack puts it in help.html at build time.
 * Run by hand: `npx tsx scripts/changelog-html.ts`.
 */
import { DATASET_CHANGELOG } from "../src/data";
import { figureById } from "../src/core/dataset/byId";
import { changelogHtml } from "../src/help/changelogHtml";

process.stdout.write(changelogHtml(DATASET_CHANGELOG, figureById));
