/**
 * The dataset's changelog as static HTML for the help page, written at build time from DATASET_CHANGELOG so
 * that the page never retypes it, in the page's language: the reasons and summaries of that language's
 * dataset texts (src/i18n/dataset), its words and its way of writing numbers; English is the data's own.
 * Every text from the data is escaped; the page runs no script.
 */
import type { DatasetVersion, FigureChange, SourceChange } from "../data/changelog";
import type { Figure, Qualifier } from "../data/types";
import { figureText, numberText, valueText } from "../core/figureText";
import type { ChangelogWords, DatasetTexts, DatasetWords } from "../core/i18n/datasetTexts";
import { ENGLISH_CHANGELOG_WORDS } from "../core/i18n/englishChangelog";
import { ENGLISH_WORDS } from "../core/i18n/englishWords";
import { figureInLanguage } from "../core/i18n/planInLanguage";

const ESCAPES: Readonly<Record<string, string>> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/** Text safe inside an HTML element or a quoted attribute. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

/**
 * A template of the language's words as HTML: its own text escaped, each "{name}" replaced by the HTML
 * given for it (escaped by the caller, or markup of ours such as <code>).
 */
function fillHtml(template: string, html: Readonly<Record<string, string>>): string {
  return template
    .split(/(\{\w+\})/)
    .map((part) => {
      const name = /^\{(\w+)\}$/.exec(part)?.[1];
      return name !== undefined && name in html ? html[name] : escapeHtml(part);
    })
    .join("");
}

/** What the changelog is written with: the words, and each change's reason, in one language. */
interface Language {
  data: DatasetWords;
  log: ChangelogWords;
  /** The figure with its texts in the language, if the dataset still has it. */
  figure(id: string): Figure | undefined;
  summary(v: DatasetVersion): string;
  why(v: DatasetVersion, change: FigureChange): string;
  sourceWhy(v: DatasetVersion, change: SourceChange): string;
}

function inLanguage(
  figureById: (id: string) => Figure | undefined,
  texts: DatasetTexts | undefined
): Language {
  if (!texts) {
    return {
      data: ENGLISH_WORDS,
      log: ENGLISH_CHANGELOG_WORDS,
      figure: figureById,
      summary: (v) => v.summary,
      why: (_, c) => c.why,
      sourceWhy: (_, c) => c.why,
    };
  }
  // A reason not translated fails the build's caller (scripts/changelog-html.ts) rather than show English.
  const version = (v: DatasetVersion) =>
    texts.changelog.versions[v.version] ?? missing(`version ${v.version}`);
  return {
    data: texts.words,
    log: texts.changelog.words,
    figure: (id) => {
      const figure = figureById(id);
      return figure && figureInLanguage(figure, texts.figures[id], texts);
    },
    summary: (v) => version(v).summary,
    why: (v, c) => version(v).figures?.[c.figureId] ?? missing(`${v.version} ${c.figureId}`),
    sourceWhy: (v, c) =>
      version(v).sources?.[c.sourceId]?.[c.field] ??
      missing(`${v.version} ${c.sourceId} ${c.field}`),
  };
}

function missing(what: string): never {
  throw new Error(`The changelog's translation has no text for ${what}.`);
}

/** "more than 48 t", from a changelog value and the figure's unit (the figure's own unit where it exists). */
function shown(
  value: number | string | undefined,
  figure: Figure | undefined,
  words: DatasetWords
) {
  if (value === undefined) return "";
  if (figure) return valueText(value, figure.unit, words);
  return typeof value === "number" ? numberText(value, words) : value;
}

function hedged(
  qualifier: Qualifier | null | undefined,
  value: number | string | undefined,
  figure: Figure | undefined,
  words: DatasetWords
): string {
  const text = shown(value, figure, words);
  return qualifier ? `${words.qualifiers[qualifier]} ${text}` : text;
}

function changeItem(v: DatasetVersion, change: FigureChange, l: Language): string {
  const figure = l.figure(change.figureId);
  const id = `<code>${escapeHtml(change.figureId)}</code>`;
  let values = "";
  if (change.kind === "added" && figure) values = figureText(figure, l.data);
  if (change.kind === "revised") {
    // Without a recorded hedge change, the figure's hedge held before and after.
    const [oldHedge, newHedge] = change.qualifier
      ? [change.qualifier.old, change.qualifier.new]
      : [figure?.qualifier, figure?.qualifier];
    const before = hedged(oldHedge, change.oldValue, figure, l.data);
    const after = hedged(newHedge, change.newValue, figure, l.data);
    values = `${before} → ${after}`;
  }
  if (change.kind === "withdrawn")
    values = l.log.wasValue.replace("{value}", shown(change.oldValue ?? "", undefined, l.data));
  const head = values === "" ? id : `${id}${escapeHtml(l.data.colon)}${escapeHtml(values)}`;
  const sources =
    change.sourceIds.length > 0
      ? ` ${fillHtml(l.log.sourcesLine, { ids: escapeHtml(change.sourceIds.join(", ")) })}`
      : "";
  return `<li>${head}. ${escapeHtml(l.why(v, change))}${sources}</li>`;
}

/** `<code>id</code>` title: "old" → "new". Why. */
function sourceChangeItem(v: DatasetVersion, change: SourceChange, l: Language): string {
  const quoted = (text: string) => fillHtml(l.log.quoted, { text: escapeHtml(text) });
  const values = fillHtml(l.log.fieldChange, {
    field: escapeHtml(l.log.fields[change.field]),
    old: change.oldValue === undefined ? escapeHtml(l.log.none) : quoted(change.oldValue),
    new: quoted(change.newValue),
  });
  return `<li><code>${escapeHtml(change.sourceId)}</code> ${values}. ${escapeHtml(l.sourceWhy(v, change))}</li>`;
}

function heading(template: string, count: number, l: Language): string {
  return `<h4>${fillHtml(template, { count: escapeHtml(numberText(count, l.data)) })}</h4>`;
}

function sourceChangesHtml(v: DatasetVersion, l: Language): string {
  const changes = v.sourceChanges;
  if (!changes || changes.length === 0) return "";
  return (
    `${heading(l.log.sourcesCorrected, changes.length, l)}\n<ul>\n` +
    changes.map((c) => sourceChangeItem(v, c, l)).join("\n") +
    "\n</ul>"
  );
}

/**
 * One section per version, newest first, with its changes grouped by kind, then its source corrections; in
 * the language of `texts` (English, the data's own, where it is undefined).
 */
export function changelogHtml(
  changelog: readonly DatasetVersion[],
  figureById: (id: string) => Figure | undefined,
  texts?: DatasetTexts
): string {
  const l = inLanguage(figureById, texts);
  return [...changelog]
    .reverse()
    .map((v) => {
      const groups = (["added", "revised", "withdrawn"] as const)
        .map((kind) => {
          const items = v.changes.filter((c) => c.kind === kind);
          if (items.length === 0) return "";
          return (
            `${heading(l.log[kind], items.length, l)}\n<ul>\n` +
            items.map((c) => changeItem(v, c, l)).join("\n") +
            "\n</ul>"
          );
        })
        .concat(sourceChangesHtml(v, l))
        .filter(Boolean)
        .join("\n");
      return (
        `<section id="version-${escapeHtml(v.version)}">\n<h3>${escapeHtml(v.version)}</h3>\n` +
        `<p>${escapeHtml(l.summary(v))}</p>\n${groups}\n</section>`
      );
    })
    .join("\n");
}

/** Where the build puts the changelog in help.html. */
export const CHANGELOG_PLACEHOLDER = "<!-- dataset-changelog -->";
