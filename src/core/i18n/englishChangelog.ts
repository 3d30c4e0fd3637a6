/**
 * The English texts of the dataset's changelog, read from src/data where they are written, in the shape of a
 * translation (ChangelogTexts): each version's summary, and each change's reason keyed as the figures'
 * texts are (figure id; source id and field), within its version. Only the help page and the tests read
 * this module: the pane shows a reason as the changelog gives it, or its translation.
 */
import type { DatasetVersion } from "../../data/changelog";
import type { ChangelogTexts, ChangelogWords, VersionTexts } from "./datasetTexts";

export const ENGLISH_CHANGELOG_WORDS: ChangelogWords = {
  added: "Added ({count})",
  revised: "Revised ({count})",
  withdrawn: "Withdrawn ({count})",
  sourcesCorrected: "Sources corrected ({count})",
  wasValue: "was {value}",
  sourcesLine: "Sources: {ids}.",
  fieldChange: "{field}: {old} → {new}",
  none: "none",
  quoted: '"{text}"',
  fields: { title: "title", date: "date" },
};

/**
 * One version's texts. A version changes a figure (or a source's field) once: a second change would need a
 * key of its own, so it is refused here rather than one reason silently hiding the other.
 */
function englishVersionTexts(version: DatasetVersion): VersionTexts {
  const texts: VersionTexts = { summary: version.summary };
  for (const c of version.changes) {
    texts.figures ??= {};
    if (c.figureId in texts.figures)
      throw new Error(`Version ${version.version} changes ${c.figureId} twice.`);
    texts.figures[c.figureId] = c.why;
  }
  for (const c of version.sourceChanges ?? []) {
    texts.sources ??= {};
    const fields = (texts.sources[c.sourceId] ??= {});
    if (fields[c.field] !== undefined)
      throw new Error(`Version ${version.version} corrects the ${c.field} of ${c.sourceId} twice.`);
    fields[c.field] = c.why;
  }
  return texts;
}

export function englishChangelogTexts(changelog: readonly DatasetVersion[]): ChangelogTexts {
  return {
    words: ENGLISH_CHANGELOG_WORDS,
    versions: Object.fromEntries(changelog.map((v) => [v.version, englishVersionTexts(v)])),
  };
}
