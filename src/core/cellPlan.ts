/**
 * Turns a catalogue table into a cell plan: every cell's value, the live formula of derived cells (English
 * function names, comma separators, addresses for the given anchor), number formats that fit each unit, the
 * source lines with their links, and the notes. Pure: no Office, so the same plan serves Excel, the preview,
 * the CSV and the tests.
 *
 * Derived cells are computed here exactly as their formula computes them in Excel, and a derived cell whose
 * inputs are empty (not published) is empty in both: the formula yields "" instead of #DIV/0!.
 */
import type { CellPlan, CellPlanOptions, CellValue } from "./cellPlanTypes";
import type { ColumnDef, DerivedRule, Figure, Source, TableDef, Unit } from "../data/types";
import { figureById, sourceById, sourceCitation } from "./dataset/byId";
import type { DatasetWords } from "./i18n/datasetTexts";
import { ENGLISH_WORDS } from "./i18n/englishWords";
import { a1 } from "./a1";
import { TEXT_FORMAT } from "./share/literal";
import {
  figureInfoText,
  figureNumberFormat,
  figureText,
  placeName,
  qualifierLegend,
  signedFormat,
  unitFormat,
} from "./figureText";

/** Where figures and sources come from; the dataset by default, a stand-in in tests. */
export interface CellPlanLookup {
  figureById: (id: string) => Figure | undefined;
  sourceById: (id: string) => Source | undefined;
}

const DATASET: CellPlanLookup = { figureById, sourceById };

const TITLE_ROW = 0;
const HEADER_ROW = 1;
const BODY_START = 2;
/** One empty row between the table and the source lines, so that Excel does not grow the table into them. */
const GAP_ROWS = 1;
const GENERAL = "General";

/** `{figure.id}` in a note. */
const NOTE_TOKEN = /\{([a-z0-9][a-z0-9.+-]*)\}/g;

/** The figure ids a note's `{figure.id}` tokens name, in order: equal in every language of a note. */
export function noteFigureIds(note: string): string[] {
  return [...note.matchAll(NOTE_TOKEN)].map((m) => m[1]);
}

interface Cell {
  value: CellValue;
  /** Set on derived cells only. */
  formula?: string | null;
  format: string;
}

function requireFigure(id: string, lookup: CellPlanLookup, where: string): Figure {
  const figure = lookup.figureById(id);
  if (!figure) throw new Error(`${where}: unknown figure id "${id}"`);
  return figure;
}

function isFigureColumn(column: ColumnDef | undefined): boolean {
  return column?.kind === "figure" || column?.kind === "mixedFigure";
}

/** Cells of label, text, figure and figureInfo columns: everything but derived cells. */
function plainCell(
  table: TableDef,
  row: readonly (string | null)[],
  c: number,
  lookup: CellPlanLookup,
  words: DatasetWords
): Cell {
  const column = table.columns[c];
  const where = `Table ${table.id}, column ${c}`;
  switch (column.kind) {
    case "label":
    case "text":
      return { value: row[c], format: TEXT_FORMAT };
    case "figure":
    case "mixedFigure": {
      const id = row[c];
      const emptyFormat = column.kind === "figure" ? unitFormat(column.unit, words) : GENERAL;
      if (id === null) return { value: null, format: emptyFormat };
      const figure = requireFigure(id, lookup, where);
      if (column.kind === "figure" && figure.unit !== column.unit) {
        throw new Error(
          `${where}: figure ${id} is in ${figure.unit}, the column in ${column.unit}`
        );
      }
      return { value: figure.value, format: figureNumberFormat(figure, words) };
    }
    case "figureInfo": {
      if (!isFigureColumn(table.columns[column.of])) {
        throw new Error(
          `${where}: figureInfo refers to column ${column.of}, which is not a figure column`
        );
      }
      const id = row[column.of];
      if (id === null) return { value: null, format: TEXT_FORMAT };
      const figure = requireFigure(id, lookup, where);
      return {
        value: figureInfoText(figure, column.info, lookup.sourceById, words),
        format: TEXT_FORMAT,
      };
    }
    case "derived":
      return { value: null, format: GENERAL };
  }
}

/** A body cell's number for arithmetic: null for empty cells and text. */
type NumberAt = (bodyRow: number, col: number) => number | null;
/** A body cell's A1 address for the plan's anchor. */
type AddressAt = (bodyRow: number, col: number) => string;

/** The formula and the value of one derived cell; both empty where an input is empty or a divisor is 0. */
function derivedCell(
  rule: DerivedRule,
  unit: Unit,
  r: number,
  at: NumberAt,
  address: AddressAt,
  totalRow: number
): Cell {
  const guard = (refs: string[], zeroRef?: string): string =>
    `OR(${[...refs.map((ref) => `${ref}=""`), ...(zeroRef ? [`${zeroRef}=0`] : [])].join(",")})`;
  switch (rule.op) {
    case "shareOfColumn":
    case "shareOfRow": {
      const [partRow, partCol, totalRowIdx, totalCol] =
        rule.op === "shareOfColumn"
          ? [r, rule.part, r, rule.total]
          : [r, rule.part, totalRow, rule.part];
      const part = at(partRow, partCol);
      const total = at(totalRowIdx, totalCol);
      const p = address(partRow, partCol);
      const t = address(totalRowIdx, totalCol);
      return {
        value: part === null || total === null || total === 0 ? null : part / total,
        formula: `=IF(${guard([p, t], t)},"",${p}/${t})`,
        format: "",
      };
    }
    case "changeOnPreviousRow": {
      if (r === 0) return { value: null, formula: null, format: "" };
      const current = at(r, rule.col);
      const previous = at(r - 1, rule.col);
      const c = address(r, rule.col);
      const p = address(r - 1, rule.col);
      return {
        value:
          current === null || previous === null || previous === 0
            ? null
            : (current - previous) / previous,
        formula: `=IF(${guard([c, p], p)},"",(${c}-${p})/${p})`,
        format: "",
      };
    }
    case "difference": {
      const x = at(r, rule.a);
      const y = at(r, rule.b);
      const ax = address(r, rule.a);
      const by = address(r, rule.b);
      // Shares (0..1) differ by percentage points: the difference is scaled to points, shown without "%".
      const scale = unit === "share_points" ? 100 : 1;
      return {
        value: x === null || y === null ? null : (x - y) * scale,
        formula: `=IF(${guard([ax, by])},"",${scale === 1 ? `${ax}-${by}` : `(${ax}-${by})*${scale}`})`,
        format: "",
      };
    }
  }
}

function derivedFormat(
  column: Extract<ColumnDef, { kind: "derived" }>,
  words: DatasetWords
): string {
  const base = unitFormat(column.unit, words);
  return column.derive.op === "changeOnPreviousRow" || column.derive.op === "difference"
    ? signedFormat(base)
    : base;
}

/** Columns a derived rule reads, which must hold figures. */
function ruleInputs(rule: DerivedRule): number[] {
  switch (rule.op) {
    case "shareOfColumn":
      return [rule.part, rule.total];
    case "shareOfRow":
      return [rule.part];
    case "changeOnPreviousRow":
      return [rule.col];
    case "difference":
      return [rule.a, rule.b];
  }
}

function totalRowIndex(table: TableDef, rule: DerivedRule): number {
  if (rule.op !== "shareOfRow") return -1;
  const labelCol = table.columns.findIndex((c) => c.kind === "label");
  const index = table.rows.findIndex(
    (row) => labelCol >= 0 && row[labelCol] === rule.totalRowLabel
  );
  if (index < 0) throw new Error(`Table ${table.id}: no row labelled "${rule.totalRowLabel}"`);
  return index;
}

function unique(ids: Iterable<string>): string[] {
  return [...new Set(ids)];
}

/** Replaces `{figure.id}` tokens by the figure's value as text, collecting the ids used. */
function expandNote(
  note: string,
  lookup: CellPlanLookup,
  tableId: string,
  used: string[],
  words: DatasetWords
): string {
  return note.replace(NOTE_TOKEN, (_, id: string) => {
    const figure = requireFigure(id, lookup, `Table ${tableId}, note`);
    used.push(id);
    return figureText(figure, words);
  });
}

/**
 * "Provisional: cocaine seized (Belgium, 2021): nearly 92 t; ..." for a list of figures shown in the body;
 * each figure's note says why. Undefined for an empty list.
 */
function figureListNote(
  heading: string,
  figures: readonly Figure[],
  words: DatasetWords
): string | undefined {
  if (figures.length === 0) return undefined;
  const items = figures.map(
    (f) =>
      `${f.measure} (${placeName(f.place, words)}, ${f.period.label})${words.colon}${figureText(f, words)}`
  );
  return `${heading}${words.colon}${items.join(words.listSeparator)}.`;
}

/** Hedges that make a number a bound: a share or change computed from it would claim a precision it lacks. */
const BOUND_QUALIFIERS: ReadonlySet<string> = new Set(["more than", "at least", "nearly", "from"]);
const DAY_MS = 86_400_000;

function periodDays(f: Figure): number {
  return (Date.parse(f.period.end) - Date.parse(f.period.start)) / DAY_MS + 1;
}

/**
 * The inputs of a share or change cell that make it meaningless: bounds, provisional or derived figures, and
 * figures whose period is shorter than the other input's (part of a year against a year). Differences are
 * exempt: a table shows them between sources on purpose.
 */
function unfitInputs(
  rule: DerivedRule,
  r: number,
  totalRow: number,
  figureAt: (r: number, c: number) => Figure | undefined
): Figure[] {
  const pair: (Figure | undefined)[] =
    rule.op === "shareOfColumn"
      ? [figureAt(r, rule.part), figureAt(r, rule.total)]
      : rule.op === "shareOfRow"
        ? [figureAt(r, rule.part), figureAt(totalRow, rule.part)]
        : rule.op === "changeOnPreviousRow" && r > 0
          ? [figureAt(r, rule.col), figureAt(r - 1, rule.col)]
          : [];
  const [a, b] = pair;
  if (!a || !b) return [];
  const partYear = Math.abs(periodDays(a) - periodDays(b)) > 1;
  return pair.filter(
    (f): f is Figure =>
      f !== undefined &&
      (f.provisional === true ||
        (f.qualifier !== undefined && BOUND_QUALIFIERS.has(f.qualifier)) ||
        (partYear && periodDays(f) < Math.max(periodDays(a), periodDays(b))))
  );
}

/** The body cells holding a figure's value, in plan coordinates. */
export function figureCellsOf(table: TableDef): CellPlan["figureCells"] {
  return table.rows.flatMap((row, r) =>
    row.flatMap((id, c) =>
      id !== null && isFigureColumn(table.columns[c])
        ? [{ row: BODY_START + r, col: c, figureId: id }]
        : []
    )
  );
}

/** Refuses a table whose rows do not match its columns, or whose derived columns read a non-figure column. */
function checkTableShape(table: TableDef): void {
  const colCount = table.columns.length;
  table.rows.forEach((row, r) => {
    if (row.length !== colCount) {
      throw new Error(`Table ${table.id}, row ${r}: ${row.length} cells for ${colCount} columns`);
    }
  });
  table.columns.forEach((column, c) => {
    if (column.kind !== "derived") return;
    for (const input of ruleInputs(column.derive)) {
      if (table.columns[input]?.kind !== "figure") {
        throw new Error(
          `Table ${table.id}, column ${c}: derived from column ${input}, which is not a figure column`
        );
      }
    }
  });
}

/**
 * The body's cells: plain cells first, then derived cells, which read them; and the figures whose share or
 * change was left empty (see unfitInputs).
 */
function bodyCells(
  table: TableDef,
  options: CellPlanOptions,
  lookup: CellPlanLookup,
  words: DatasetWords
): { body: Cell[][]; withheld: Figure[] } {
  const body: Cell[][] = table.rows.map((row) =>
    table.columns.map((_, c) => plainCell(table, row, c, lookup, words))
  );
  const at: NumberAt = (r, c) => {
    const v = body[r][c].value;
    return typeof v === "number" ? v : null;
  };
  const address: AddressAt = (r, c) =>
    a1(options.anchorRow + BODY_START + r, options.anchorCol + c);
  const figureAt = (r: number, c: number): Figure | undefined => {
    const id = isFigureColumn(table.columns[c]) ? table.rows[r]?.[c] : null;
    return id ? lookup.figureById(id) : undefined;
  };
  const withheld: Figure[] = [];
  table.columns.forEach((column, c) => {
    if (column.kind !== "derived") return;
    const totalRow = totalRowIndex(table, column.derive);
    for (let r = 0; r < table.rows.length; r++) {
      const unfit = unfitInputs(column.derive, r, totalRow, figureAt);
      withheld.push(...unfit);
      body[r][c] = {
        ...(unfit.length > 0
          ? { value: null, formula: null }
          : derivedCell(column.derive, column.unit, r, at, address, totalRow)),
        format: derivedFormat(column, words),
      };
    }
  });
  return { body, withheld };
}

/** What a table cites: the figures shown in the body, then those named by notes, their sources, the notes. */
function citations(
  table: TableDef,
  lookup: CellPlanLookup,
  withheld: readonly Figure[],
  words: DatasetWords
): {
  figureIds: string[];
  sourceIds: string[];
  sources: Source[];
  notes: string[];
  legend?: string;
} {
  const bodyFigureIds = unique(
    table.rows.flatMap((row) =>
      row.filter((id, c): id is string => id !== null && isFigureColumn(table.columns[c]))
    )
  );
  const bodyFigures = bodyFigureIds.map((id) => requireFigure(id, lookup, `Table ${table.id}`));
  const noteFigureIds: string[] = [];
  const notes = table.notes.map((n) => expandNote(n, lookup, table.id, noteFigureIds, words));
  const legend = qualifierLegend(
    bodyFigures.flatMap((f) => (f.qualifier ? [f.qualifier] : [])),
    words
  );
  notes.push(
    ...[
      legend,
      figureListNote(
        words.derivedHeading,
        bodyFigures.filter((f) => f.derivedFrom),
        words
      ),
      figureListNote(
        words.provisionalHeading,
        bodyFigures.filter((f) => f.provisional && !f.derivedFrom),
        words
      ),
      figureListNote(
        words.withheldHeading,
        unique(withheld.map((f) => f.id)).map((id) => requireFigure(id, lookup, table.id)),
        words
      ),
    ].filter((n): n is string => n !== undefined)
  );
  const figureIds = unique([...bodyFigureIds, ...noteFigureIds]);
  const sourceIds = unique(
    figureIds.flatMap((id) => requireFigure(id, lookup, `Table ${table.id}`).sourceIds)
  );
  const sources = sourceIds.map((id) => {
    const source = lookup.sourceById(id);
    if (!source) throw new Error(`Table ${table.id}: unknown source id "${id}"`);
    return source;
  });
  return { figureIds, sourceIds, sources, notes, ...(legend !== undefined && { legend }) };
}

/** The plan's three grids, empty, and the one way to write a cell in all three. */
function cellGrids(rowCount: number, colCount: number) {
  const grid = <T>(fill: T): T[][] =>
    Array.from({ length: rowCount }, () => Array<T>(colCount).fill(fill));
  const values = grid<CellValue>(null);
  const formulas = grid<CellValue>(null);
  const numberFormats = grid<string>(GENERAL);
  const put = (
    row: number,
    col: number,
    value: CellValue,
    format = GENERAL,
    formula?: CellValue
  ): void => {
    values[row][col] = value;
    formulas[row][col] = formula === undefined ? value : formula;
    numberFormats[row][col] = format;
  };
  return { values, formulas, numberFormats, put };
}

/**
 * Builds the cell plan of a catalogue table anchored at a sheet cell, its shared words in `words` (the
 * table's own texts in `table`: see core/i18n/planInLanguage.ts for a table in another language).
 */
export function buildCellPlan(
  table: TableDef,
  options: CellPlanOptions,
  lookup: CellPlanLookup = DATASET,
  words: DatasetWords = ENGLISH_WORDS
): CellPlan {
  checkTableShape(table);
  const colCount = table.columns.length;
  const bodyCount = table.rows.length;
  const { body, withheld } = bodyCells(table, options, lookup, words);
  const { figureIds, sourceIds, sources, notes, legend } = citations(
    table,
    lookup,
    withheld,
    words
  );

  const firstSourceRow = BODY_START + bodyCount + GAP_ROWS;
  const sourceRows = sources.map((_, i) => firstSourceRow + i);
  const noteRows = notes.map((_, i) => firstSourceRow + sources.length + i);
  const rowCount = firstSourceRow + sources.length + notes.length;

  const { values, formulas, numberFormats, put } = cellGrids(rowCount, colCount);

  put(TITLE_ROW, 0, table.title);
  table.columns.forEach((column, c) => put(HEADER_ROW, c, column.header));
  body.forEach((cells, r) =>
    cells.forEach((cell, c) => put(BODY_START + r, c, cell.value, cell.format, cell.formula))
  );
  const hyperlinks = sources.map((source, i) => {
    const text = `${i === 0 ? words.sourcesPrefix : ""}${sourceCitation(source, lookup.sourceById, words)}`;
    put(sourceRows[i], 0, text);
    return { row: sourceRows[i], col: 0, url: source.url, text };
  });
  notes.forEach((note, i) => put(noteRows[i], 0, `${words.notePrefix}${note}`));

  return {
    tableId: table.id,
    anchor: { row: options.anchorRow, col: options.anchorCol },
    rowCount,
    colCount,
    values,
    formulas,
    numberFormats,
    table: { row: HEADER_ROW, col: 0, rowCount: 1 + bodyCount, colCount },
    sourceRow: sourceRows.length > 0 ? sourceRows[0] : -1,
    sourceRows,
    noteRows,
    ...(legend !== undefined && { legend }),
    hyperlinks,
    figureCells: figureCellsOf(table),
    datasetVersionLabel: words.datasetVersionLabel,
    figureIds,
    sourceIds,
    ...(table.chart && { chart: { ...table.chart, valueColumns: [...table.chart.valueColumns] } }),
  };
}
