/**
 * The dataset's changelog as static HTML for the help page, written at build time from DATASET_CHANGELOG so
 * that the page never retypes it. Every text from the data is escaped; the page runs no script.
 */
import type {
  DatasetVersion,
  FigureChange,
  FigureChangeKind,
  SourceChange,
} from "../data/changelog";
import type { Figure } from "../data/types";
import { figureText, valueText } from "../core/figureText";

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

const KIND_HEADINGS: Readonly<Record<FigureChangeKind, string>> = {
  added: "Added",
  revised: "Revised",
  withdrawn: "Withdrawn",
};

/** "more than 48 t", from a changelog value and the figure's unit (the figure's own unit where it exists). */
function shown(value: number | string | undefined, figure: Figure | undefined): string {
  if (value === undefined) return "";
  return figure ? valueText(value, figure.unit) : String(value);
}

function changeItem(change: FigureChange, figureById: (id: string) => Figure | undefined): string {
  const figure = figureById(change.figureId);
  const id = `<code>${escapeHtml(change.figureId)}</code>`;
  let values = "";
  if (change.kind === "added" && figure) values = `: ${escapeHtml(figureText(figure))}`;
  if (change.kind === "revised") {
    const hedge = (q: string | null | undefined) => (q ? `${q} ` : "");
    // Without a recorded hedge change, the figure's hedge held before and after.
    const [oldHedge, newHedge] = change.qualifier
      ? [change.qualifier.old, change.qualifier.new]
      : [figure?.qualifier, figure?.qualifier];
    const before = `${hedge(oldHedge)}${shown(change.oldValue, figure)}`;
    const after = `${hedge(newHedge)}${shown(change.newValue, figure)}`;
    values = `: ${escapeHtml(before)} → ${escapeHtml(after)}`;
  }
  if (change.kind === "withdrawn") values = `: was ${escapeHtml(String(change.oldValue ?? ""))}`;
  const sources =
    change.sourceIds.length > 0 ? ` Sources: ${escapeHtml(change.sourceIds.join(", "))}.` : "";
  return `<li>${id}${values}. ${escapeHtml(change.why)}${sources}</li>`;
}

/** `<code>id</code>` title: "old" → "new". Why. */
function sourceChangeItem(change: SourceChange): string {
  const before = change.oldValue === undefined ? "none" : `"${change.oldValue}"`;
  const values = `${change.field}: ${before} → "${change.newValue}"`;
  return `<li><code>${escapeHtml(change.sourceId)}</code> ${escapeHtml(values)}. ${escapeHtml(change.why)}</li>`;
}

function sourceChangesHtml(changes: readonly SourceChange[] | undefined): string {
  if (!changes || changes.length === 0) return "";
  return (
    `<h4>Sources corrected (${changes.length})</h4>\n<ul>\n` +
    changes.map(sourceChangeItem).join("\n") +
    "\n</ul>"
  );
}

/** One section per version, newest first, with its changes grouped by kind, then its source corrections. */
export function changelogHtml(
  changelog: readonly DatasetVersion[],
  figureById: (id: string) => Figure | undefined
): string {
  return [...changelog]
    .reverse()
    .map((v) => {
      const groups = (["added", "revised", "withdrawn"] as const)
        .map((kind) => {
          const items = v.changes.filter((c) => c.kind === kind);
          if (items.length === 0) return "";
          return (
            `<h4>${KIND_HEADINGS[kind]} (${items.length})</h4>\n<ul>\n` +
            items.map((c) => changeItem(c, figureById)).join("\n") +
            "\n</ul>"
          );
        })
        .concat(sourceChangesHtml(v.sourceChanges))
        .filter(Boolean)
        .join("\n");
      return (
        `<section id="version-${escapeHtml(v.version)}">\n<h3>${escapeHtml(v.version)}</h3>\n` +
        `<p>${escapeHtml(v.summary)}</p>\n${groups}\n</section>`
      );
    })
    .join("\n");
}

/** Where the build puts the changelog in help.html. */
export const CHANGELOG_PLACEHOLDER = "<!-- dataset-changelog -->";
