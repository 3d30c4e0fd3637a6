/**
 * Checks the dataset's own rules and returns every breach as a sentence (an empty list means valid): ids,
 * provenance, units, periods, claims, derivations, and the tables' references. Used by the tests, and usable
 * on a changed dataset before it ships.
 */
import { UNITS } from "../../data/types";
import type { ColumnDef, Figure, Source, TableDef } from "../../data/types";
import { computeDerivation } from "./derive";
import { sourceMetadataProblems } from "./sourceMetadata";

export interface Dataset {
  figures: readonly Figure[];
  sources: readonly Source[];
  tables: readonly TableDef[];
}

const FIGURE_ID = /^[a-z0-9]+(\.[a-z0-9+-]+)+$/;
const SOURCE_OR_TABLE_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const SOURCE_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const DATE_VALUE = /^\d{4}-\d{2}(-\d{2})?(\/\d{4}-\d{2}-\d{2})?$/;
const NOTE_TOKEN = /\{([^}]*)\}/g;
const TEXT_UNITS = new Set(["text", "date"]);
const VERDICTS = new Set(["agrees", "differs", "not_found"]);

function duplicates(ids: readonly string[]): string[] {
  const seen = new Set<string>();
  return ids.filter((id) => (seen.has(id) ? true : (seen.add(id), false)));
}

function isValidDay(iso: string): boolean {
  if (!ISO_DAY.test(iso)) return false;
  const d = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === iso;
}

function checkSource(s: Source, sources: ReadonlyMap<string, Source>): string[] {
  const problems: string[] = [];
  if (!SOURCE_OR_TABLE_ID.test(s.id))
    problems.push(`Source ${s.id}: id must be lowercase words joined by "-"`);
  if (!s.publisher.trim()) problems.push(`Source ${s.id}: no publisher`);
  if (!/^https?:\/\/[^\s]+$/.test(s.url))
    problems.push(`Source ${s.id}: URL is not http(s): ${s.url}`);
  if (!SOURCE_DATE.test(s.date))
    problems.push(`Source ${s.id}: date ${s.date} is not YYYY, YYYY-MM or YYYY-MM-DD`);
  if (!s.language.trim()) problems.push(`Source ${s.id}: no language`);
  if (!s.kind) problems.push(`Source ${s.id}: no kind`);
  // A reader must be told why a link is weak: no https, an AMP copy, or an address that names another story.
  if (/^http:\/\/|[/.]amp([/.]|$)|\.cdn\./.test(s.url) && !s.note)
    problems.push(`Source ${s.id}: a plain http, AMP or CDN address needs a note saying so`);
  if (s.urlIsHomePage)
    problems.push(
      `Source ${s.id}: a publisher's home page is no citation: find the page or drop the figure`
    );
  if (s.sameReportAs !== undefined) {
    const twin = sources.get(s.sameReportAs);
    if (!twin || s.sameReportAs === s.id)
      problems.push(`Source ${s.id}: same report as unknown source ${s.sameReportAs}`);
    else if (twin.sameReportAs !== s.id)
      problems.push(`Source ${s.id}: ${twin.id} does not name it back as the same report`);
  }
  return [...problems, ...sourceMetadataProblems(s)];
}

/** Adds one breach, in words, to the list of the record being checked. */
type Report = (text: string) => void;

function checkFigure(
  f: Figure,
  figures: ReadonlyMap<string, Figure>,
  sources: ReadonlyMap<string, Source>
): string[] {
  const problems: string[] = [];
  const p: Report = (text) => problems.push(`Figure ${f.id}: ${text}`);
  if (!FIGURE_ID.test(f.id)) p("id must be lowercase and dotted");
  checkFigureValue(f, p);
  checkFigureContext(f, sources, p);
  checkClaim(f, figures, sources, p);
  if (f.derivedFrom) checkDerivation(f, f.derivedFrom, figures, p);
  return problems;
}

/** A unit from UNITS, and a value of its kind: text for text units, else a finite, non-negative number. */
function checkFigureValue(f: Figure, p: Report): void {
  if (!(UNITS as readonly string[]).includes(f.unit)) p(`unit ${f.unit} is not in UNITS`);
  if (TEXT_UNITS.has(f.unit)) {
    if (typeof f.value !== "string" || !f.value.trim()) p(`a ${f.unit} figure needs a text value`);
    if (f.unit === "date" && typeof f.value === "string" && !DATE_VALUE.test(f.value))
      p(`date value ${f.value} is not ISO`);
  } else if (typeof f.value !== "number" || !Number.isFinite(f.value)) {
    p(`a ${f.unit} figure needs a finite number`);
  } else if (f.value < 0) {
    p("negative value");
  } else if (f.unit === "share" && f.value > 1 && !f.id.includes(".change-on-")) {
    p("a share must be stored as 0..1");
  }
}

/** Its period, place, measure, note, and at least one known source. */
function checkFigureContext(f: Figure, sources: ReadonlyMap<string, Source>, p: Report): void {
  if (!isValidDay(f.period.start) || !isValidDay(f.period.end))
    p("period bounds must be ISO dates");
  else if (f.period.start > f.period.end) p("period starts after it ends");
  if (!f.period.label.trim()) p("period has no label");
  if (!f.place.trim()) p("no place");
  if (!f.measure.trim()) p("no measure");
  if (!f.note.trim()) p("no note");
  if (f.sourceIds.length === 0) p("no source");
  for (const id of f.sourceIds) if (!sources.has(id)) p(`unknown source ${id}`);
}

/** A figure citing the article is a claim checked against primary figures (or one of its origin facts). */
function checkClaim(
  f: Figure,
  figures: ReadonlyMap<string, Figure>,
  sources: ReadonlyMap<string, Source>,
  p: Report
): void {
  const citesArticle = f.sourceIds.some((id) => sources.get(id)?.kind === "article");
  if (!f.claim) {
    if (citesArticle && !f.id.startsWith("article.origin."))
      p("cites the article but is not a claim");
    return;
  }
  if (!VERDICTS.has(f.claim.verdict))
    p(`verdict ${f.claim.verdict} is not agrees/differs/not_found`);
  if (!citesArticle) p("a claim must cite the article");
  if (f.claim.verdict !== "not_found" && f.claim.primaryFigureIds.length === 0)
    p("a checked claim names no primary figure");
  if (f.claim.verdict !== "agrees" && f.confidence === "high")
    p(
      `a claim that ${f.claim.verdict === "differs" ? "differs" : "is not found"} cannot be high confidence`
    );
  const first = figures.get(f.claim.primaryFigureIds[0] ?? "");
  if (first?.derivedFrom)
    p(`first primary figure ${first.id} is derived, not what a source published`);
  for (const id of f.claim.primaryFigureIds) {
    const primary = figures.get(id);
    if (!primary) p(`unknown primary figure ${id}`);
    else if (primary.claim) p(`primary figure ${id} is itself a claim`);
  }
}

/** A derived figure equals its derivation from known numeric inputs, is provisional and names them. */
function checkDerivation(
  f: Figure,
  derivedFrom: NonNullable<Figure["derivedFrom"]>,
  figures: ReadonlyMap<string, Figure>,
  p: Report
): void {
  const inputs = derivedFrom.figureIds.map((id) => figures.get(id));
  if (inputs.some((i) => i === undefined)) p("derived from an unknown figure");
  else if (inputs.some((i) => typeof i?.value !== "number")) p("derived from a non-numeric figure");
  else {
    const expected = computeDerivation(
      derivedFrom.op,
      inputs.map((i) => i?.value as number)
    );
    if (
      typeof f.value !== "number" ||
      Math.abs(f.value - expected) > 1e-12 * Math.max(1, Math.abs(expected))
    ) {
      p(`value ${String(f.value)} differs from its derivation (${expected})`);
    }
  }
  if (!f.provisional) p("a derived figure must be provisional");
  for (const id of derivedFrom.figureIds)
    if (!f.note.includes(id)) p(`note does not name input ${id}`);
}

function numericUnit(column: ColumnDef | undefined): boolean {
  return column?.kind === "figure" && !TEXT_UNITS.has(column.unit);
}

function checkTable(t: TableDef, figures: ReadonlyMap<string, Figure>): string[] {
  const problems: string[] = [];
  const p: Report = (text) => problems.push(`Table ${t.id}: ${text}`);
  if (!SOURCE_OR_TABLE_ID.test(t.id)) p('id must be lowercase words joined by "-"');
  if (t.columns.length === 0) p("no columns");
  if (t.rows.length === 0) p("no rows");
  if (t.countries.length === 0) p("no countries");
  for (const h of duplicates(t.columns.map((c) => c.header)))
    p(`duplicate header "${h}" (Excel would rename it)`);
  checkColumns(t, figures, p);
  checkRows(t, figures, p);
  for (const note of t.notes) {
    for (const [, id] of note.matchAll(NOTE_TOKEN))
      if (!figures.has(id)) p(`note cites unknown figure ${id}`);
  }
  if (t.chart) {
    const cols = [t.chart.categoryColumn, ...t.chart.valueColumns];
    if (cols.some((c) => c < 0 || c >= t.columns.length))
      p("chart refers to a column that does not exist");
    for (const c of t.chart.valueColumns)
      if (!numericUnit(t.columns[c])) p(`chart series ${c} is not a numeric figure column`);
  }
  return problems;
}

/** The columns a derived column reads. */
function derivationInputs(d: Extract<ColumnDef, { kind: "derived" }>["derive"]): number[] {
  if (d.op === "shareOfColumn") return [d.part, d.total];
  if (d.op === "shareOfRow") return [d.part];
  if (d.op === "difference") return [d.a, d.b];
  return [d.col];
}

/**
 * Derived columns read numeric figure columns (and a share of a row names a row that exists), info columns
 * describe figure columns, and a column mixing units has a unit column beside it.
 */
function checkColumns(t: TableDef, figures: ReadonlyMap<string, Figure>, p: Report): void {
  t.columns.forEach((column, c) => {
    if (column.kind === "derived") {
      const d = column.derive;
      for (const i of derivationInputs(d))
        if (!numericUnit(t.columns[i]))
          p(`column ${c} is derived from column ${i}, not a numeric figure column`);
      if (d.op === "shareOfRow" && !t.rows.some((row) => row.includes(d.totalRowLabel)))
        p(`no row labelled ${d.totalRowLabel}`);
    }
    if (column.kind === "figureInfo") {
      const target = t.columns[column.of];
      if (target?.kind !== "figure" && target?.kind !== "mixedFigure")
        p(`column ${c} describes column ${column.of}, not a figure column`);
    }
  });
  t.columns.forEach((column, c) => {
    if (column.kind !== "mixedFigure") return;
    const units = new Set(
      t.rows.flatMap((row) => (row[c] ? [figures.get(row[c] as string)?.unit] : []))
    );
    const unitColumn = t.columns.some(
      (other) => other.kind === "figureInfo" && other.of === c && other.info === "unit"
    );
    if (units.size > 1 && !unitColumn)
      p(`column ${c} mixes units (${[...units].join(", ")}) with no unit column beside it`);
  });
}

/** Each row has a cell per column: known figures in the column's unit, null where the add-in computes. */
function checkRows(t: TableDef, figures: ReadonlyMap<string, Figure>, p: Report): void {
  t.rows.forEach((row, r) => {
    if (row.length !== t.columns.length)
      p(`row ${r} has ${row.length} cells for ${t.columns.length} columns`);
    row.forEach((cell, c) => {
      const column = t.columns[c];
      if (!column) return;
      if (column.kind === "figure" || column.kind === "mixedFigure") {
        if (cell === null) return;
        const figure = figures.get(cell);
        if (!figure) p(`row ${r}, column ${c}: unknown figure ${cell}`);
        else if (column.kind === "figure" && figure.unit !== column.unit)
          p(`row ${r}, column ${c}: ${cell} is in ${figure.unit}, the column in ${column.unit}`);
      } else if ((column.kind === "derived" || column.kind === "figureInfo") && cell !== null) {
        p(`row ${r}, column ${c}: a ${column.kind} cell must be null`);
      }
    });
  });
}

/** Every breach of the dataset's rules, as sentences; empty when the dataset is valid. */
export function validateDataset({ figures, sources, tables }: Dataset): string[] {
  const figureMap = new Map(figures.map((f) => [f.id, f]));
  const sourceMap = new Map(sources.map((s) => [s.id, s]));
  const used = new Set(figures.flatMap((f) => f.sourceIds));
  return [
    ...duplicates(figures.map((f) => f.id)).map((id) => `Figure ${id}: duplicate id`),
    ...duplicates(sources.map((s) => s.id)).map((id) => `Source ${id}: duplicate id`),
    ...duplicates(sources.map((s) => s.url)).map(
      (url) => `Source URL ${url}: more than one record`
    ),
    ...duplicates(tables.map((t) => t.id)).map((id) => `Table ${id}: duplicate id`),
    ...sources.flatMap((s) => checkSource(s, sourceMap)),
    ...sources.filter((s) => !used.has(s.id)).map((s) => `Source ${s.id}: cited by no figure`),
    ...figures.flatMap((f) => checkFigure(f, figureMap, sourceMap)),
    ...tables.flatMap((t) => checkTable(t, figureMap)),
  ];
}
