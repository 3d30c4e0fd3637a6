/**
 * An in-memory stand-in for the part of the Excel JavaScript API that the share and Sources layers use,
 * with what office-addin-mock lacks: collections (`.items`), spilled results, null objects, and cell state
 * that survives a round trip. Like Excel, it queues every call and runs the queue on `sync()`; reading a
 * property that was not loaded and synced throws; writing to a protected sheet fails; a request or a
 * response over the payload cap fails with Excel's error code.
 *
 * Formulas are not parsed: a test registers what each formula computes (`setFormula`), and writing that
 * formula again gives that result, spilling it where it is an array.
 *
 * Tables have an area, and the workbook holds custom XML parts (ExcelApi 1.5: `customXmlParts.add`,
 * `getByNamespace`, `getXml`, `setXml`, `delete`), as the insert and update layers use them. Inserting
 * reads the active cell, the area it would cover and the tables that area overlaps.
 */

export type Scalar = string | number | boolean;
export type Result = Scalar | Scalar[][];

interface Cell {
  value: Scalar;
  formula?: string;
  /** Key of the anchor whose spilled result this cell shows. */
  spillOf?: string;
}

interface Sheet {
  name: string;
  visibility: string;
  protected: boolean;
  cells: Map<string, Cell>;
  numberFormats: Map<string, string>;
  hyperlinks: Map<string, { address: string; textToDisplay: string }>;
  bold: Set<string>;
  /** Keys of the cells each anchor spills into. */
  spills: Map<string, string[]>;
}

interface Area {
  row: number;
  col: number;
  rowCount: number;
  colCount: number;
}

export interface FakeTable {
  name: string;
  sheet: string;
  /** Header row included; 1 × 1 at A1 where a test does not say. */
  area?: Area;
}

export interface FakeXmlPart {
  id: string;
  namespaceUri: string;
  xml: string;
}

const overlaps = (a: Area, b: Area): boolean =>
  a.row < b.row + b.rowCount &&
  b.row < a.row + a.rowCount &&
  a.col < b.col + b.colCount &&
  b.col < a.col + a.colCount;

export interface CellSnapshot {
  value: Scalar;
  formula?: string;
  numberFormat?: string;
  hyperlink?: string;
}

export interface SheetSnapshot {
  name: string;
  visibility: string;
  cells: Record<string, CellSnapshot>;
}

const key = (row: number, col: number): string => `${row},${col}`;
const unkey = (k: string): [number, number] => k.split(",").map(Number) as [number, number];

export function columnLetters(col: number): string {
  let s = "";
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26))
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

export function a1(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

/** "B2" → [1, 1]. */
export function parseA1(address: string): [number, number] {
  const m = /^([A-Z]+)(\d+)$/i.exec(address);
  if (!m) throw new Error(`fake workbook: cannot read address ${address}`);
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return [Number(m[2]) - 1, col - 1];
}

class OfficeError extends Error {
  constructor(
    readonly code: string,
    message: string
  ) {
    super(message);
  }
}

const ERROR_LITERAL = /^#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|SPILL!|CALC!|BUSY!)$/;
const NUMBER_TEXT = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

export class FakeWorkbook {
  readonly sheets: Sheet[] = [];
  readonly tables: FakeTable[] = [];
  readonly customXmlParts: FakeXmlPart[] = [];
  /** Defined names (workbook.names). */
  readonly names: string[] = [];
  /** The selected cell, 0-based. */
  active = { sheet: "", row: 0, col: 0 };
  private partsAdded = 0;
  /** What each formula computes to. */
  readonly results = new Map<string, Result>();
  /** Excel on the web's caps; a test may lower the response cap to see reads split. */
  requestCapBytes = 5_000_000;
  responseCapBytes = 5_000_000;
  /** Size of every request and response sent, in order. */
  readonly requests: { requestBytes: number; responseBytes: number }[] = [];

  constructor(sheetNames: string[] = ["Sheet1"]) {
    for (const name of sheetNames) this.addSheet(name);
    this.active.sheet = sheetNames[0] ?? "";
  }

  /**
   * As Excel does: the part's namespace is its root element's default namespace, and XML without a root
   * element is refused.
   */
  addXmlPart(xml: string): FakeXmlPart {
    const root = /^\s*(?:<\?xml[^>]*\?>)?\s*<([A-Za-z_][\w.-]*)([^>]*)>/.exec(xml);
    if (!root) throw new OfficeError("InvalidArgument", "the XML has no root element");
    const ns = /\sxmlns\s*=\s*(["'])(.*?)\1/.exec(root[2]);
    this.partsAdded += 1;
    const id = `{00000000-0000-0000-0000-${String(this.partsAdded).padStart(12, "0")}}`;
    const part = { id, namespaceUri: ns ? ns[2] : "", xml };
    this.customXmlParts.push(part);
    return part;
  }

  findTable(name: string): FakeTable | undefined {
    const wanted = name.toUpperCase();
    return this.tables.find((t) => t.name.toUpperCase() === wanted);
  }

  addTable(sheet: string, area: Area): FakeTable {
    const clash = this.tables.find(
      (t) => t.sheet.toUpperCase() === sheet.toUpperCase() && t.area && overlaps(t.area, area)
    );
    if (clash) throw new OfficeError("InvalidOperation", `the range overlaps table ${clash.name}`);
    let n = this.tables.length + 1;
    while (this.findTable(`Table${n}`)) n += 1;
    const table = { name: `Table${n}`, sheet: this.sheet(sheet).name, area };
    this.tables.push(table);
    return table;
  }

  renameTable(table: FakeTable, name: string): void {
    const other = this.findTable(name);
    if (
      (other && other !== table) ||
      this.names.some((n) => n.toUpperCase() === name.toUpperCase())
    )
      throw new OfficeError("InvalidArgument", `the name ${name} is taken`);
    table.name = name;
  }

  addSheet(name: string, options: { protected?: boolean; visibility?: string } = {}): void {
    if (this.findSheet(name)) throw new OfficeError("ItemAlreadyExists", `sheet ${name} exists`);
    this.sheets.push({
      name,
      visibility: options.visibility ?? "Visible",
      protected: options.protected ?? false,
      cells: new Map(),
      numberFormats: new Map(),
      hyperlinks: new Map(),
      bold: new Set(),
      spills: new Map(),
    });
  }

  findSheet(name: string): Sheet | undefined {
    const wanted = name.toUpperCase();
    return this.sheets.find((s) => s.name.toUpperCase() === wanted);
  }

  sheet(name: string): Sheet {
    const sheet = this.findSheet(name);
    if (!sheet) throw new OfficeError("ItemNotFound", `no sheet ${name}`);
    return sheet;
  }

  setProtected(name: string, on: boolean): void {
    this.sheet(name).protected = on;
  }

  /** A constant, as a user types it (no parsing: the value is stored as given). */
  setValue(sheetName: string, address: string, value: Scalar): void {
    const [row, col] = parseA1(address);
    this.sheet(sheetName).cells.set(key(row, col), { value });
  }

  setNumberFormat(sheetName: string, address: string, format: string): void {
    const [row, col] = parseA1(address);
    this.sheet(sheetName).numberFormats.set(key(row, col), format);
  }

  /** A formula and what it computes; an array result spills. */
  setFormula(sheetName: string, address: string, formula: string, result: Result): void {
    const [row, col] = parseA1(address);
    this.results.set(formula, result);
    this.writeFormula(this.sheet(sheetName), row, col, formula);
  }

  /** What a cell shows ("" when empty). */
  valueAt(sheetName: string, address: string): Scalar {
    const [row, col] = parseA1(address);
    return this.sheet(sheetName).cells.get(key(row, col))?.value ?? "";
  }

  formulaAt(sheetName: string, address: string): string | undefined {
    const [row, col] = parseA1(address);
    return this.sheet(sheetName).cells.get(key(row, col))?.formula;
  }

  /** Every sheet and every non-empty cell, for comparing whole workbooks. */
  snapshot(): SheetSnapshot[] {
    return this.sheets.map((sheet) => {
      const keys = new Set([
        ...sheet.cells.keys(),
        ...sheet.numberFormats.keys(),
        ...sheet.hyperlinks.keys(),
      ]);
      const cells: Record<string, CellSnapshot> = {};
      for (const k of [...keys].sort()) {
        const [row, col] = unkey(k);
        const cell = sheet.cells.get(k);
        const snap: CellSnapshot = { value: cell?.value ?? "" };
        if (cell?.formula !== undefined) snap.formula = cell.formula;
        if (sheet.numberFormats.has(k)) snap.numberFormat = sheet.numberFormats.get(k);
        if (sheet.hyperlinks.has(k)) snap.hyperlink = sheet.hyperlinks.get(k)?.address;
        cells[a1(row, col)] = snap;
      }
      return { name: sheet.name, visibility: sheet.visibility, cells };
    });
  }

  context(): FakeContext {
    return new FakeContext(this);
  }

  // ---- what Excel does on writes -------------------------------------------------------------------

  usedArea(sheet: Sheet, valuesOnly = false): Area | null {
    let top = Infinity;
    let left = Infinity;
    let bottom = -1;
    let right = -1;
    const keys = valuesOnly
      ? [...sheet.cells.keys()]
      : [...sheet.cells.keys(), ...sheet.numberFormats.keys(), ...sheet.hyperlinks.keys()];
    for (const k of keys) {
      const [row, col] = unkey(k);
      top = Math.min(top, row);
      left = Math.min(left, col);
      bottom = Math.max(bottom, row);
      right = Math.max(right, col);
    }
    return bottom < 0
      ? null
      : { row: top, col: left, rowCount: bottom - top + 1, colCount: right - left + 1 };
  }

  spillArea(sheet: Sheet, row: number, col: number): Area | null {
    const cell = sheet.cells.get(key(row, col));
    if (!cell?.formula) return null;
    const result = this.results.get(cell.formula);
    if (!Array.isArray(result) || cell.value === "#SPILL!") return null;
    if (result.length * result[0].length < 2) return null;
    return { row, col, rowCount: result.length, colCount: result[0].length };
  }

  /** A cell's content as Excel takes typed input: "'" keeps text, "=" starts a formula, numbers are parsed. */
  writeInput(sheet: Sheet, row: number, col: number, input: unknown): void {
    if (input === null || input === undefined) return;
    if (sheet.protected) throw new OfficeError("AccessDenied", `sheet ${sheet.name} is protected`);
    this.removeContent(sheet, row, col);
    if (input === "") return;
    if (typeof input === "number" || typeof input === "boolean") {
      sheet.cells.set(key(row, col), { value: input });
      return;
    }
    const text = String(input);
    if (sheet.numberFormats.get(key(row, col)) === "@")
      sheet.cells.set(key(row, col), { value: text });
    else if (text.startsWith("'")) sheet.cells.set(key(row, col), { value: text.slice(1) });
    else if (text.startsWith("=")) this.writeFormula(sheet, row, col, text);
    else if (NUMBER_TEXT.test(text)) sheet.cells.set(key(row, col), { value: Number(text) });
    else if (/^(TRUE|FALSE)$/i.test(text))
      sheet.cells.set(key(row, col), { value: text.toUpperCase() === "TRUE" });
    else if (ERROR_LITERAL.test(text)) sheet.cells.set(key(row, col), { value: text });
    else sheet.cells.set(key(row, col), { value: text });
  }

  clearContent(sheet: Sheet, row: number, col: number, all: boolean): void {
    if (sheet.protected) throw new OfficeError("AccessDenied", `sheet ${sheet.name} is protected`);
    this.removeContent(sheet, row, col);
    if (all) {
      sheet.numberFormats.delete(key(row, col));
      sheet.hyperlinks.delete(key(row, col));
      sheet.bold.delete(key(row, col));
    }
  }

  /** Empties a cell; an anchor takes its spill with it, a spilled cell blocks its anchor's spill. */
  private removeContent(sheet: Sheet, row: number, col: number): void {
    const k = key(row, col);
    const cell = sheet.cells.get(k);
    if (!cell) return;
    if (cell.formula) this.removeSpill(sheet, k);
    if (cell.spillOf) {
      const anchor = sheet.cells.get(cell.spillOf);
      this.removeSpill(sheet, cell.spillOf);
      if (anchor) anchor.value = "#SPILL!";
    }
    sheet.cells.delete(k);
  }

  private removeSpill(sheet: Sheet, anchorKey: string): void {
    for (const k of sheet.spills.get(anchorKey) ?? []) sheet.cells.delete(k);
    sheet.spills.delete(anchorKey);
  }

  private writeFormula(sheet: Sheet, row: number, col: number, formula: string): void {
    this.removeContent(sheet, row, col);
    const result = this.results.has(formula) ? this.results.get(formula) : "#NAME?";
    const anchorKey = key(row, col);
    if (!Array.isArray(result)) {
      sheet.cells.set(anchorKey, { value: result as Scalar, formula });
      return;
    }
    sheet.cells.set(anchorKey, { value: result[0][0], formula });
    this.spill(sheet, row, col, result);
  }

  private spill(sheet: Sheet, row: number, col: number, result: Scalar[][]): void {
    const anchorKey = key(row, col);
    const anchor = sheet.cells.get(anchorKey) as Cell;
    for (let r = 0; r < result.length; r++)
      for (let c = 0; c < result[r].length; c++) {
        if (r === 0 && c === 0) continue;
        const other = sheet.cells.get(key(row + r, col + c));
        if (other && other.spillOf !== anchorKey) {
          this.removeSpill(sheet, anchorKey);
          anchor.value = "#SPILL!";
          return;
        }
      }
    anchor.value = result[0][0];
    const children: string[] = [];
    for (let r = 0; r < result.length; r++)
      for (let c = 0; c < result[r].length; c++)
        if (r > 0 || c > 0) {
          const k = key(row + r, col + c);
          sheet.cells.set(k, { value: result[r][c], spillOf: anchorKey });
          children.push(k);
        }
    sheet.spills.set(anchorKey, children);
  }

  /** Like Excel's recalculation: a blocked spill whose cells were emptied spills again. */
  recalcSpills(): void {
    for (const sheet of this.sheets)
      for (const [k, cell] of sheet.cells) {
        const result = cell.formula ? this.results.get(cell.formula) : undefined;
        if (cell.value === "#SPILL!" && Array.isArray(result)) {
          const [row, col] = unkey(k);
          this.spill(sheet, row, col, result);
        }
      }
  }
}

type Op = { bytes: number; run: () => number };

/** Bytes of the UTF-8 JSON text, the unit of Excel on the web's payload cap (see src/core/share/chunk.ts). */
function jsonLength(value: unknown): number {
  return Buffer.byteLength(JSON.stringify(value ?? null), "utf8");
}

/** Load specifications: "a,b", ["a", "b"], or "items/a,items/b/c". */
function loadKeys(spec: string | string[] | undefined): string[] {
  if (!spec) return [];
  const list = Array.isArray(spec) ? spec : spec.split(",");
  return list.map((s) => s.trim().replace(/^items\//, "")).filter((s) => s !== "");
}

export class FakeContext {
  private queue: Op[] = [];
  readonly workbook: FakeWorkbookProxy;

  constructor(readonly book: FakeWorkbook) {
    this.workbook = new FakeWorkbookProxy(this);
  }

  enqueue(run: () => number | void, bytes = 100): void {
    this.queue.push({ bytes, run: () => run() ?? 0 });
  }

  async sync(): Promise<void> {
    const ops = this.queue;
    this.queue = [];
    const requestBytes = ops.reduce((n, op) => n + op.bytes, 0);
    if (requestBytes > this.book.requestCapBytes)
      throw new OfficeError("RequestPayloadSizeLimitExceeded", `request of ${requestBytes} bytes`);
    let responseBytes = 0;
    for (const op of ops) responseBytes += op.run();
    this.book.recalcSpills();
    this.book.requests.push({ requestBytes, responseBytes });
    if (responseBytes > this.book.responseCapBytes)
      throw new OfficeError(
        "ResponsePayloadSizeLimitExceeded",
        `response of ${responseBytes} bytes`
      );
  }
}

/** Properties readable after load + sync; reading one before throws, as in Office.js. */
class Loadable {
  protected loaded = new Map<string, unknown>();

  protected get<T>(name: string): T {
    if (!this.loaded.has(name))
      throw new OfficeError("PropertyNotLoaded", `${name} was not loaded`);
    return this.loaded.get(name) as T;
  }
}

/** A value a sync fills in (Office.js ClientResult): reading it before that sync throws. */
class FakeClientResult<T> {
  private filled = false;
  private result: T | undefined;

  fill(value: T): void {
    this.filled = true;
    this.result = value;
  }

  get value(): T {
    if (!this.filled) throw new OfficeError("PropertyNotLoaded", "the result is not synced yet");
    return this.result as T;
  }
}

class FakeWorkbookProxy {
  readonly worksheets: FakeWorksheetCollection;
  readonly tables: FakeTableCollection;
  readonly customXmlParts: FakeXmlPartCollection;
  readonly names: FakeNameCollection;

  constructor(private ctx: FakeContext) {
    this.worksheets = new FakeWorksheetCollection(ctx);
    this.tables = new FakeTableCollection(ctx);
    this.customXmlParts = new FakeXmlPartCollection(ctx);
    this.names = new FakeNameCollection(ctx);
  }

  getActiveCell(): FakeRange {
    return new FakeRange(this.ctx, () => {
      const { sheet, row, col } = this.ctx.book.active;
      return { sheet: this.ctx.book.sheet(sheet), area: { row, col, rowCount: 1, colCount: 1 } };
    });
  }
}

class FakeNameCollection extends Loadable {
  constructor(private ctx: FakeContext) {
    super();
  }

  get items(): { name: string }[] {
    return this.get("items");
  }

  load(spec?: string | string[]): this {
    loadKeys(spec);
    this.ctx.enqueue(() => {
      const items = this.ctx.book.names.map((name) => ({ name }));
      this.loaded.set("items", items);
      return jsonLength(items);
    });
    return this;
  }
}

/** workbook.customXmlParts: add, getByNamespace, getItem. */
class FakeXmlPartCollection {
  constructor(private ctx: FakeContext) {}

  add(xml: string): FakeXmlPartProxy {
    let added: FakeXmlPart | null = null;
    this.ctx.enqueue(() => {
      added = this.ctx.book.addXmlPart(xml);
    }, 100 + xml.length);
    return new FakeXmlPartProxy(this.ctx, () => added);
  }

  getByNamespace(namespaceUri: string): FakeXmlPartScopedCollection {
    return new FakeXmlPartScopedCollection(this.ctx, namespaceUri);
  }

  getItem(id: string): FakeXmlPartProxy {
    return new FakeXmlPartProxy(
      this.ctx,
      () => this.ctx.book.customXmlParts.find((p) => p.id === id) ?? null
    );
  }
}

class FakeXmlPartScopedCollection extends Loadable {
  constructor(
    private ctx: FakeContext,
    private namespaceUri: string
  ) {
    super();
  }

  get items(): FakeXmlPartProxy[] {
    return this.get("items");
  }

  load(spec?: string | string[]): this {
    loadKeys(spec);
    this.ctx.enqueue(() => {
      const parts = this.ctx.book.customXmlParts.filter(
        (p) => p.namespaceUri === this.namespaceUri
      );
      this.loaded.set(
        "items",
        parts.map((p) => new FakeXmlPartProxy(this.ctx, () => p, p.id))
      );
      return jsonLength(parts.map((p) => p.id));
    });
    return this;
  }
}

/** One custom XML part (Excel.CustomXmlPart). */
class FakeXmlPartProxy {
  constructor(
    private ctx: FakeContext,
    private resolve: () => FakeXmlPart | null,
    private loadedId?: string
  ) {}

  private target(): FakeXmlPart {
    const part = this.resolve();
    if (!part) throw new OfficeError("ItemNotFound", "no such custom XML part");
    return part;
  }

  get id(): string {
    if (this.loadedId === undefined) throw new OfficeError("PropertyNotLoaded", "id");
    return this.loadedId;
  }

  getXml(): FakeClientResult<string> {
    const result = new FakeClientResult<string>();
    this.ctx.enqueue(() => {
      const xml = this.target().xml;
      result.fill(xml);
      return xml.length;
    });
    return result;
  }

  setXml(xml: string): void {
    this.ctx.enqueue(() => {
      this.target().xml = xml;
    }, 100 + xml.length);
  }

  delete(): void {
    this.ctx.enqueue(() => {
      const parts = this.ctx.book.customXmlParts;
      parts.splice(parts.indexOf(this.target()), 1);
    });
  }
}

/** A table added by sheet.tables.add: its name and style are set in the same batch. */
class FakeTableProxy {
  constructor(
    private ctx: FakeContext,
    private resolve: () => FakeTable | null
  ) {}

  set name(value: string) {
    this.ctx.enqueue(() => {
      const table = this.resolve();
      if (!table) throw new OfficeError("ItemNotFound", "table not found");
      this.ctx.book.renameTable(table, value);
    });
  }

  set style(value: string) {
    void value;
  }
}

class FakeTableCollection extends Loadable {
  constructor(private ctx: FakeContext) {
    super();
  }

  get items(): {
    name: string;
    worksheet: { name: string; protection: { protected: boolean } };
    getRange(): FakeRange;
  }[] {
    return this.get("items");
  }

  load(spec?: string | string[]): this {
    loadKeys(spec);
    this.ctx.enqueue(() => {
      const items = this.ctx.book.tables.map((t) => ({
        name: t.name,
        worksheet: {
          name: t.sheet,
          protection: { protected: this.ctx.book.sheet(t.sheet).protected },
        },
        getRange: () =>
          new FakeRange(this.ctx, () => {
            if (!this.ctx.book.tables.includes(t)) return null;
            const area = t.area ?? { row: 0, col: 0, rowCount: 1, colCount: 1 };
            return { sheet: this.ctx.book.sheet(t.sheet), area };
          }),
      }));
      this.loaded.set("items", items);
      return jsonLength(items);
    });
    return this;
  }
}

class FakeWorksheetCollection extends Loadable {
  constructor(private ctx: FakeContext) {
    super();
  }

  get items(): FakeWorksheet[] {
    return this.get("items");
  }

  load(spec?: string | string[]): this {
    const keys = loadKeys(spec);
    this.ctx.enqueue(() => {
      const items = this.ctx.book.sheets.map((s) => {
        const proxy = new FakeWorksheet(this.ctx, () => s);
        proxy.fill(s, keys);
        return proxy;
      });
      this.loaded.set("items", items);
      return jsonLength(items.map((i) => i.name));
    });
    return this;
  }

  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, () => this.ctx.book.sheet(name));
  }

  getItemOrNullObject(name: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, () => this.ctx.book.findSheet(name) ?? null, true);
  }

  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(this.ctx, () => this.ctx.book.sheet(this.ctx.book.active.sheet));
  }

  add(name: string): FakeWorksheet {
    this.ctx.enqueue(() => this.ctx.book.addSheet(name));
    return this.getItem(name);
  }
}

type SheetResolver = () => Sheet | null;

class FakeWorksheet extends Loadable {
  constructor(
    private ctx: FakeContext,
    private resolve: SheetResolver,
    private nullable = false
  ) {
    super();
  }

  fill(sheet: Sheet, keys: string[]): void {
    if (keys.includes("name")) this.loaded.set("name", sheet.name);
    if (keys.includes("visibility")) this.loaded.set("visibility", sheet.visibility);
    if (keys.includes("protection/protected"))
      this.loaded.set("protection/protected", sheet.protected);
  }

  private target(): Sheet {
    const sheet = this.resolve();
    if (!sheet) throw new OfficeError("ItemNotFound", "worksheet not found");
    return sheet;
  }

  get isNullObject(): boolean {
    return this.get("isNullObject");
  }

  get name(): string {
    return this.get("name");
  }

  get visibility(): string {
    return this.get("visibility");
  }

  set visibility(value: string) {
    this.ctx.enqueue(() => {
      this.target().visibility = value;
    });
  }

  get protection(): { protected: boolean } {
    return { protected: this.get<boolean>("protection/protected") };
  }

  load(spec?: string | string[]): this {
    const keys = loadKeys(spec);
    this.ctx.enqueue(() => {
      const sheet = this.resolve();
      if (this.nullable) this.loaded.set("isNullObject", sheet === null);
      if (sheet) this.fill(sheet, keys);
      else if (!this.nullable) throw new OfficeError("ItemNotFound", "worksheet not found");
      return 50;
    });
    return this;
  }

  delete(): void {
    this.ctx.enqueue(() => {
      const sheet = this.target();
      const book = this.ctx.book;
      book.sheets.splice(book.sheets.indexOf(sheet), 1);
    });
  }

  activate(): void {
    this.ctx.enqueue(() => {
      this.ctx.book.active = { sheet: this.target().name, row: 0, col: 0 };
    });
  }

  readonly tables = {
    add: (range: FakeRange, hasHeaders: boolean): FakeTableProxy => {
      void hasHeaders;
      let added: FakeTable | null = null;
      this.ctx.enqueue(() => {
        const { sheet, area } = range.where();
        added = this.ctx.book.addTable(sheet.name, area);
      });
      return new FakeTableProxy(this.ctx, () => added);
    },
  };

  getUsedRange(valuesOnly = false): FakeRange {
    return new FakeRange(this.ctx, () => {
      const sheet = this.target();
      const area = this.ctx.book.usedArea(sheet, valuesOnly) ?? {
        row: 0,
        col: 0,
        rowCount: 1,
        colCount: 1,
      };
      return { sheet, area };
    });
  }

  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    return new FakeRange(
      this.ctx,
      () => {
        const sheet = this.target();
        const area = this.ctx.book.usedArea(sheet, valuesOnly);
        return area ? { sheet, area } : null;
      },
      true
    );
  }

  getRangeByIndexes(row: number, col: number, rowCount: number, colCount: number): FakeRange {
    return new FakeRange(this.ctx, () => ({
      sheet: this.target(),
      area: { row, col, rowCount, colCount },
    }));
  }

  /** Without an address: the whole sheet. */
  getRange(address?: string): FakeRange {
    if (address === undefined)
      return new FakeRange(this.ctx, () => ({
        sheet: this.target(),
        area: { row: 0, col: 0, rowCount: 1048576, colCount: 16384 },
      }));
    const [start, end = start] = address.split(":");
    const [row, col] = parseA1(start);
    const [row2, col2] = parseA1(end);
    return this.getRangeByIndexes(row, col, row2 - row + 1, col2 - col + 1);
  }
}

type RangeResolver = () => { sheet: Sheet; area: Area } | null;

class FakeRange extends Loadable {
  constructor(
    private ctx: FakeContext,
    private resolve: RangeResolver,
    private nullable = false
  ) {
    super();
  }

  private target(): { sheet: Sheet; area: Area } {
    const t = this.resolve();
    if (!t) throw new OfficeError("ItemNotFound", "range is a null object");
    return t;
  }

  /** The sheet and area, when a queued operation runs. */
  where(): { sheet: Sheet; area: Area } {
    return this.target();
  }

  getResizedRange(deltaRows: number, deltaCols: number): FakeRange {
    return new FakeRange(this.ctx, () => {
      const { sheet, area } = this.target();
      return {
        sheet,
        area: {
          ...area,
          rowCount: area.rowCount + deltaRows,
          colCount: area.colCount + deltaCols,
        },
      };
    });
  }

  /** The tables this range overlaps (fullyContained false). */
  getTables(fullyContained = false): { getCount(): FakeClientResult<number> } {
    return {
      getCount: () => {
        const result = new FakeClientResult<number>();
        this.ctx.enqueue(() => {
          const { sheet, area } = this.target();
          result.fill(
            this.ctx.book.tables.filter(
              (t) =>
                t.sheet.toUpperCase() === sheet.name.toUpperCase() &&
                t.area !== undefined &&
                (fullyContained
                  ? t.area.row >= area.row &&
                    t.area.col >= area.col &&
                    t.area.row + t.area.rowCount <= area.row + area.rowCount &&
                    t.area.col + t.area.colCount <= area.col + area.colCount
                  : overlaps(t.area, area))
            ).length
          );
          return 20;
        });
        return result;
      },
    };
  }

  get isNullObject(): boolean {
    return this.get("isNullObject");
  }
  get rowIndex(): number {
    return this.get("rowIndex");
  }
  get columnIndex(): number {
    return this.get("columnIndex");
  }
  get rowCount(): number {
    return this.get("rowCount");
  }
  get columnCount(): number {
    return this.get("columnCount");
  }
  get address(): string {
    return this.get("address");
  }
  get values(): Scalar[][] {
    return this.get("values");
  }
  get formulas(): Scalar[][] {
    return this.get("formulas");
  }

  set values(grid: unknown[][]) {
    this.write(grid);
  }
  set formulas(grid: unknown[][]) {
    this.write(grid);
  }

  set numberFormat(grid: unknown[][]) {
    this.ctx.enqueue(
      () => {
        const { sheet, area } = this.target();
        this.each(area, grid, (row, col, format) => {
          if (format !== null && format !== undefined)
            sheet.numberFormats.set(key(row, col), String(format));
        });
      },
      100 + jsonLength(grid)
    );
  }

  set hyperlink(link: { address?: string; textToDisplay?: string }) {
    this.ctx.enqueue(
      () => {
        const { sheet, area } = this.target();
        if (sheet.protected)
          throw new OfficeError("AccessDenied", `sheet ${sheet.name} is protected`);
        sheet.hyperlinks.set(key(area.row, area.col), {
          address: link.address ?? "",
          textToDisplay: link.textToDisplay ?? "",
        });
        if (link.textToDisplay !== undefined)
          sheet.cells.set(key(area.row, area.col), { value: link.textToDisplay });
      },
      100 + jsonLength(link)
    );
  }

  readonly format = {
    font: {
      set bold(on: boolean) {
        void on;
      },
      set size(points: number) {
        void points;
      },
      set italic(on: boolean) {
        void on;
      },
    },
    set wrapText(on: boolean) {
      void on;
    },
    set columnWidth(points: number) {
      void points;
    },
    autofitColumns: (): void => undefined,
  };

  private write(grid: unknown[][]): void {
    this.ctx.enqueue(
      () => {
        const { sheet, area } = this.target();
        if (grid.length !== area.rowCount || grid.some((line) => line.length !== area.colCount))
          throw new OfficeError("InvalidArgument", "the grid does not match the range's size");
        this.each(area, grid, (row, col, input) =>
          this.ctx.book.writeInput(sheet, row, col, input)
        );
      },
      100 + jsonLength(grid)
    );
  }

  private each(
    area: Area,
    grid: unknown[][],
    fn: (row: number, col: number, item: unknown) => void
  ): void {
    for (let r = 0; r < area.rowCount; r++)
      for (let c = 0; c < area.colCount; c++) fn(area.row + r, area.col + c, grid[r]?.[c]);
  }

  clear(applyTo = "All"): void {
    this.ctx.enqueue(() => {
      const { sheet, area } = this.target();
      const all = applyTo === "All";
      const inside = (k: string): boolean => {
        const [row, col] = unkey(k);
        return (
          row >= area.row &&
          row < area.row + area.rowCount &&
          col >= area.col &&
          col < area.col + area.colCount
        );
      };
      const size = area.rowCount * area.colCount;
      const keys = new Set<string>();
      if (size <= sheet.cells.size) {
        for (let r = 0; r < area.rowCount; r++)
          for (let c = 0; c < area.colCount; c++) keys.add(key(area.row + r, area.col + c));
      } else {
        const stored = [
          ...sheet.cells.keys(),
          ...(all ? [...sheet.numberFormats.keys(), ...sheet.hyperlinks.keys()] : []),
        ];
        for (const k of stored) if (inside(k)) keys.add(k);
      }
      for (const k of keys) this.ctx.book.clearContent(sheet, ...unkey(k), all);
    });
  }

  getSpillingToRangeOrNullObject(): FakeRange {
    return new FakeRange(
      this.ctx,
      () => {
        const { sheet, area } = this.target();
        const spill = this.ctx.book.spillArea(sheet, area.row, area.col);
        return spill ? { sheet, area: spill } : null;
      },
      true
    );
  }

  getCell(row: number, col: number): FakeRange {
    return new FakeRange(this.ctx, () => {
      const { sheet, area } = this.target();
      return {
        sheet,
        area: { row: area.row + row, col: area.col + col, rowCount: 1, colCount: 1 },
      };
    });
  }

  load(spec?: string | string[]): this {
    const keys = loadKeys(spec);
    this.ctx.enqueue(() => {
      const t = this.resolve();
      if (this.nullable) this.loaded.set("isNullObject", t === null);
      if (!t) {
        if (!this.nullable) throw new OfficeError("ItemNotFound", "range not found");
        return 20;
      }
      const { sheet, area } = t;
      let bytes = 50;
      const put = (name: string, value: unknown): void => {
        if (!keys.includes(name)) return;
        this.loaded.set(name, value);
        bytes += jsonLength(value);
      };
      put("rowIndex", area.row);
      put("columnIndex", area.col);
      put("rowCount", area.rowCount);
      put("columnCount", area.colCount);
      put(
        "address",
        `${sheet.name}!${a1(area.row, area.col)}:${a1(area.row + area.rowCount - 1, area.col + area.colCount - 1)}`
      );
      if (keys.includes("values") || keys.includes("formulas")) {
        const values: Scalar[][] = [];
        const formulas: Scalar[][] = [];
        for (let r = 0; r < area.rowCount; r++) {
          const vLine: Scalar[] = [];
          const fLine: Scalar[] = [];
          for (let c = 0; c < area.colCount; c++) {
            const cell = sheet.cells.get(key(area.row + r, area.col + c));
            vLine.push(cell?.value ?? "");
            fLine.push(cell?.formula ?? cell?.value ?? "");
          }
          values.push(vLine);
          formulas.push(fLine);
        }
        put("values", values);
        put("formulas", formulas);
      }
      return bytes;
    });
    return this;
  }
}

/** The fake's context, typed as the real one for the layer under test. */
export function asExcelContext(context: FakeContext): Excel.RequestContext {
  return context as unknown as Excel.RequestContext;
}
