/* global window */
/**
 * A stand-in for the part of the Excel JavaScript API that the task pane uses, for browser tests of the
 * built page. Injected with page.addInitScript before any page script, it also makes Office.onReady report
 * the Excel host (Office.js itself loads as usual and, outside Office, would report none).
 *
 * Like Excel, it queues every read and write until context.sync(), and refuses to read a property that was
 * not loaded and synced. It keeps the cells, tables and charts that land, counts Excel.run calls and syncs,
 * and logs every write with the sync that carried it. Tests read it through window.__excelStandIn.
 *
 * Set-up, optional: window.__excelStandInSetup = { active: { sheet, row, col }, sheets: { name: { "r,c": value } },
 * officeTheme: { bodyBackgroundColor, … }, date1904: boolean, documentSettings: { name: value } } from an
 * earlier init script.
 */
(function () {
  "use strict";
  const setup = window.__excelStandInSetup || {};
  const active = Object.assign({ sheet: "Sheet1", row: 0, col: 0 }, setup.active);
  const sheets = new Map();
  const state = {
    runs: 0,
    syncs: 0,
    writes: [],
    tables: [],
    charts: [],
    names: [],
    /** The XML of each custom XML part added (ExcelApi 1.5), in order. */
    xmlParts: [],
    activeSheet: active.sheet,
  };

  function addSheet(name) {
    const sheet = { name, cells: new Map() };
    sheets.set(name.toUpperCase(), sheet);
    return sheet;
  }
  function sheetNamed(name) {
    return sheets.get(name.toUpperCase());
  }
  addSheet(active.sheet);
  for (const [name, cells] of Object.entries(setup.sheets || {})) {
    const sheet = sheetNamed(name) || addSheet(name);
    for (const [key, value] of Object.entries(cells)) {
      sheet.cells.set(
        key,
        typeof value === "string" && value.startsWith("=") ? { formula: value } : { value }
      );
    }
  }

  function cell(sheet, row, col) {
    const key = `${row},${col}`;
    if (!sheet.cells.has(key)) sheet.cells.set(key, {});
    return sheet.cells.get(key);
  }

  /** What Excel does with one entry written through `values` (asFormula false) or `formulas` (true). */
  function store(target, entry) {
    delete target.formula;
    delete target.value;
    if (entry === null || entry === undefined || entry === "") return;
    if (typeof entry !== "string" || target.numberFormat === "@") {
      target.value = entry;
    } else if (entry.startsWith("'")) {
      // A leading apostrophe keeps the rest as text and is not part of the value.
      target.value = entry.slice(1);
    } else if (/^[=+\-@]/.test(entry) && !/^[+-]?\d+(\.\d+)?$/.test(entry)) {
      target.formula = entry.startsWith("=") ? entry : "=" + entry;
    } else if (/^[+-]?\d+(\.\d+)?$/.test(entry)) {
      target.value = Number(entry);
    } else {
      target.value = entry;
    }
  }

  function formulaOf(c) {
    if (!c) return "";
    if (c.formula !== undefined) return c.formula;
    return c.value === undefined ? "" : c.value;
  }

  function overlaps(a, b) {
    return (
      a.sheet.toUpperCase() === b.sheet.toUpperCase() &&
      a.row < b.row + b.rowCount &&
      b.row < a.row + a.rowCount &&
      a.col < b.col + b.colCount &&
      b.col < a.col + a.colCount
    );
  }

  function notLoaded(what) {
    throw new Error(`PropertyNotLoaded: ${what} was read before it was loaded and synced.`);
  }

  /** A write's description: its kind, the area it covers and what else it carries. */
  function about(kind, range, extra) {
    return Object.assign({ kind }, rangeInfo(range), extra);
  }

  function rangeInfo(range) {
    return {
      sheet: range.sheetName,
      row: range.row,
      col: range.col,
      rowCount: range.rowCount,
      colCount: range.colCount,
    };
  }

  class Context {
    constructor() {
      this.queue = [];
      this.workbook = new Workbook(this);
    }
    enqueue(op) {
      this.queue.push(op);
    }
    sync() {
      state.syncs += 1;
      const ops = this.queue;
      this.queue = [];
      try {
        for (const op of ops) op(state.syncs);
      } catch (error) {
        return Promise.reject(error);
      }
      return Promise.resolve();
    }
  }

  /** Records a write, applied when the batch reaches Excel. */
  function write(ctx, description, apply) {
    ctx.enqueue((sync) => {
      state.writes.push(Object.assign({ sync }, description));
      apply();
    });
  }

  class Range {
    constructor(ctx, sheetName, row, col, rowCount, colCount) {
      Object.assign(this, { ctx, sheetName, row, col, rowCount, colCount });
      this.loaded = {};
      const range = this;
      this.format = {
        font: {
          set bold(value) {
            write(ctx, about("bold", range, { value }), () => range.each((c) => (c.bold = value)));
          },
          set size(value) {
            write(ctx, about("fontSize", range, { value }), () =>
              range.each((c) => (c.fontSize = value))
            );
          },
        },
        autofitColumns() {
          write(ctx, about("autofitColumns", range), () => undefined);
        },
      };
    }
    sheet() {
      const sheet = sheetNamed(this.sheetName);
      if (!sheet) throw new Error(`ItemNotFound: no sheet "${this.sheetName}".`);
      return sheet;
    }
    each(fn) {
      const sheet = this.sheet();
      for (let r = 0; r < this.rowCount; r++)
        for (let c = 0; c < this.colCount; c++) fn(cell(sheet, this.row + r, this.col + c), r, c);
    }
    load(props) {
      const names = Array.isArray(props) ? props : String(props).split(",");
      this.ctx.enqueue(() => {
        for (const raw of names) {
          const name = raw.trim();
          if (name === "rowIndex") this.loaded.rowIndex = this.row;
          else if (name === "columnIndex") this.loaded.columnIndex = this.col;
          else if (name === "formulas" || name === "values") {
            const grid = [];
            for (let r = 0; r < this.rowCount; r++) {
              const line = [];
              for (let c = 0; c < this.colCount; c++) {
                const found = this.sheet().cells.get(`${this.row + r},${this.col + c}`);
                line.push(
                  name === "formulas"
                    ? formulaOf(found)
                    : found && found.value !== undefined
                      ? found.value
                      : ""
                );
              }
              grid.push(line);
            }
            this.loaded[name] = grid;
          } else throw new Error(`The stand-in cannot load Range.${name}.`);
        }
      });
      return this;
    }
    get rowIndex() {
      return "rowIndex" in this.loaded ? this.loaded.rowIndex : notLoaded("Range.rowIndex");
    }
    get columnIndex() {
      return "columnIndex" in this.loaded
        ? this.loaded.columnIndex
        : notLoaded("Range.columnIndex");
    }
    get formulas() {
      return "formulas" in this.loaded ? this.loaded.formulas : notLoaded("Range.formulas");
    }
    set formulas(grid) {
      write(this.ctx, about("formulas", this, { grid }), () =>
        this.each((c, r, k) => store(c, grid[r][k]))
      );
    }
    get values() {
      return "values" in this.loaded ? this.loaded.values : notLoaded("Range.values");
    }
    set values(grid) {
      write(this.ctx, about("values", this, { grid }), () =>
        this.each((c, r, k) => store(c, grid[r][k]))
      );
    }
    set numberFormat(grid) {
      write(this.ctx, about("numberFormat", this, { grid }), () =>
        this.each((c, r, k) => (c.numberFormat = grid[r][k]))
      );
    }
    set hyperlink(link) {
      write(this.ctx, about("hyperlink", this, { link }), () =>
        this.each((c) => {
          c.hyperlink = link.address;
          if (link.textToDisplay !== undefined) store(c, link.textToDisplay);
        })
      );
    }
    get worksheet() {
      // Office.js hands out the same proxy for a navigation property each time: loads on it stick.
      if (!this.worksheetProxy) this.worksheetProxy = new Worksheet(this.ctx, this.sheetName);
      return this.worksheetProxy;
    }
    getResizedRange(deltaRows, deltaCols) {
      return new Range(
        this.ctx,
        this.sheetName,
        this.row,
        this.col,
        this.rowCount + deltaRows,
        this.colCount + deltaCols
      );
    }
    getTables() {
      const range = this;
      const result = { loaded: false };
      this.ctx.enqueue(() => {
        result.count = state.tables.filter((t) => overlaps(t, rangeInfo(range))).length;
        result.loaded = true;
      });
      return {
        getCount() {
          return {
            get value() {
              return result.loaded ? result.count : notLoaded("ClientResult.value");
            },
          };
        },
      };
    }
    select() {
      write(this.ctx, about("select", this), () => undefined);
    }
  }

  class Worksheet {
    constructor(ctx, name) {
      this.ctx = ctx;
      this.sheetName = name;
      this.nameLoaded = false;
      const sheet = this;
      this.tables = {
        add(range, hasHeaders) {
          const table = Object.assign(
            { name: `Table${state.tables.length + 1}`, style: "TableStyleMedium2", hasHeaders },
            rangeInfo(range)
          );
          write(ctx, about("tables.add", range, { hasHeaders }), () => {
            if (state.tables.some((t) => overlaps(t, table)))
              throw new Error("InvalidArgument: a table can't overlap another table.");
            state.tables.push(table);
          });
          return {
            set name(value) {
              write(ctx, { kind: "table.name", value }, () => {
                if (
                  state.tables.some(
                    (t) => t !== table && t.name.toUpperCase() === value.toUpperCase()
                  )
                )
                  throw new Error(`InvalidArgument: the name "${value}" is taken.`);
                table.name = value;
              });
            },
            set style(value) {
              write(ctx, { kind: "table.style", value }, () => (table.style = value));
            },
          };
        },
      };
      this.charts = {
        add(type, range, seriesBy) {
          const chart = {
            sheet: sheet.sheetName,
            type,
            source: rangeInfo(range),
            seriesBy,
            series: [{ name: null }],
          };
          write(ctx, about("charts.add", range, { type }), () => state.charts.push(chart));
          const seriesProxy = (entry) => ({
            setValues(values) {
              write(ctx, { kind: "series.setValues" }, () => (entry.values = rangeInfo(values)));
            },
            setXAxisValues(values) {
              write(
                ctx,
                { kind: "series.setXAxisValues" },
                () => (entry.xValues = rangeInfo(values))
              );
            },
          });
          return {
            set name(value) {
              write(ctx, { kind: "chart.name", value }, () => (chart.name = value));
            },
            title: {
              set text(value) {
                write(ctx, { kind: "chart.title", value }, () => (chart.title = value));
              },
            },
            series: {
              getItemAt(index) {
                return seriesProxy(chart.series[index]);
              },
              add(name) {
                const entry = { name };
                write(ctx, { kind: "series.add", name }, () => chart.series.push(entry));
                return seriesProxy(entry);
              },
            },
            setPosition(start, end) {
              write(
                ctx,
                { kind: "chart.setPosition" },
                () => (chart.position = { start: rangeInfo(start), end: rangeInfo(end) })
              );
            },
          };
        },
      };
    }
    load() {
      this.ctx.enqueue(() => (this.nameLoaded = true));
      return this;
    }
    get name() {
      return this.nameLoaded ? this.sheetName : notLoaded("Worksheet.name");
    }
    getRangeByIndexes(row, col, rowCount, colCount) {
      return new Range(this.ctx, this.sheetName, row, col, rowCount, colCount);
    }
    activate() {
      write(
        this.ctx,
        { kind: "activate", sheet: this.sheetName },
        () => (state.activeSheet = this.sheetName)
      );
    }
  }

  /** A collection whose `items` (with their names) appear after load and sync. */
  function collection(ctx, listNames, extra) {
    let items = null;
    return Object.assign(
      {
        load() {
          ctx.enqueue(() => (items = listNames().map((name) => ({ name }))));
          return this;
        },
        get items() {
          return items || notLoaded("items");
        },
      },
      extra
    );
  }

  class Workbook {
    constructor(ctx) {
      this.ctx = ctx;
      this.worksheets = collection(ctx, () => [...sheets.values()].map((s) => s.name), {
        add(name) {
          write(ctx, { kind: "worksheets.add", name }, () => {
            if (sheetNamed(name))
              throw new Error(`InvalidArgument: a sheet named "${name}" exists.`);
            if (name.length > 31 || /[:\\/?*[\]]/.test(name))
              throw new Error(`InvalidArgument: "${name}" is not a sheet name.`);
            addSheet(name);
          });
          return new Worksheet(ctx, name);
        },
        getActiveWorksheet() {
          return new Worksheet(ctx, state.activeSheet);
        },
      });
      this.tables = collection(ctx, () => state.tables.map((t) => t.name));
      this.names = collection(ctx, () => state.names.slice());
      this.customXmlParts = {
        add(xml) {
          write(ctx, { kind: "customXmlParts.add", xml }, () => {
            if (!/^\s*(<\?xml[^>]*\?>)?\s*<[A-Za-z_][^>]*\sxmlns=/.test(xml))
              throw new Error("InvalidArgument: the XML has no root element with a namespace.");
            state.xmlParts.push(xml);
          });
        },
      };
      // Worksheet functions evaluated without a cell: only DATE, which the pane uses to learn the date system.
      this.functions = {
        date(year, month, day) {
          const result = { loaded: false, serial: 0 };
          const days =
            (Date.UTC(year, month - 1, day) -
              Date.UTC(
                setup.date1904 ? 1904 : 1899,
                setup.date1904 ? 0 : 11,
                setup.date1904 ? 1 : 30
              )) /
            86400000;
          return {
            load() {
              ctx.enqueue(() => {
                result.loaded = true;
                result.serial = days;
              });
              return this;
            },
            get value() {
              return result.loaded ? result.serial : notLoaded("FunctionResult.value");
            },
          };
        },
      };
    }
    getActiveCell() {
      return new Range(this.ctx, state.activeSheet, active.row, active.col, 1, 1);
    }
  }

  const standInExcel = {
    run(callback) {
      state.runs += 1;
      const ctx = new Context();
      return Promise.resolve().then(() => callback(ctx));
    },
  };

  window.__excelStandIn = {
    /** Starts counting runs, syncs and writes afresh: what a user's action does, apart from the pane's start-up. */
    resetCounts() {
      state.runs = 0;
      state.syncs = 0;
      state.writes = [];
    },
    get runs() {
      return state.runs;
    },
    get syncs() {
      return state.syncs;
    },
    /** Everything that landed, as plain data. */
    snapshot() {
      const out = {};
      for (const sheet of sheets.values()) out[sheet.name] = Object.fromEntries(sheet.cells);
      return JSON.parse(
        JSON.stringify({
          runs: state.runs,
          syncs: state.syncs,
          activeSheet: state.activeSheet,
          sheets: out,
          tables: state.tables,
          charts: state.charts,
          xmlParts: state.xmlParts,
          writes: state.writes,
        })
      );
    },
  };

  /**
   * Office.context.document.settings over setup.documentSettings: get, set, remove, and saveAsync answering
   * an AsyncResult with status "succeeded" (learn.microsoft.com, Office.Settings). Saves are counted.
   */
  function installDocumentSettings(office) {
    const values = new Map(Object.entries(setup.documentSettings));
    state.settingsSaves = 0;
    const settings = {
      get: (name) => (values.has(name) ? values.get(name) : null),
      set: (name, value) => void values.set(name, value),
      remove: (name) => void values.delete(name),
      saveAsync(options, callback) {
        const done = typeof options === "function" ? options : callback;
        state.settingsSaves++;
        window.setTimeout(() => done && done({ status: "succeeded" }), 0);
      },
    };
    if (!office.context) office.context = {};
    Object.defineProperty(office.context, "document", {
      configurable: true,
      get: () => ({ settings }),
    });
  }

  // The page's Office.js must see Excel as its host: wrap Office.onReady when Office.js defines it.
  let office;
  function reportExcel(value) {
    if (!value || typeof value.onReady !== "function" || value.onReady.standIn) return;
    const original = value.onReady.bind(value);
    const onReady = function (callback) {
      const ready = Promise.resolve(original()).then(() => {
        if (setup.documentSettings) installDocumentSettings(value);
        if (setup.displayLanguage) {
          if (!value.context) value.context = {};
          Object.defineProperty(value.context, "displayLanguage", {
            configurable: true,
            get: () => setup.displayLanguage,
          });
        }
        if (setup.officeTheme) {
          if (!value.context) value.context = {};
          Object.defineProperty(value.context, "officeTheme", {
            configurable: true,
            get: () => setup.officeTheme,
          });
        }
        return { host: "Excel", platform: "OfficeOnline" };
      });
      if (typeof callback === "function") ready.then(callback);
      return ready;
    };
    onReady.standIn = true;
    value.onReady = onReady;
    value.HostType = Object.assign({ Excel: "Excel" }, value.HostType);
  }
  Object.defineProperty(window, "Office", {
    configurable: true,
    get() {
      reportExcel(office);
      return office;
    },
    set(value) {
      office = value;
    },
  });
  Object.defineProperty(window, "Excel", {
    configurable: true,
    get() {
      return standInExcel;
    },
    set() {
      // Office.js outside Office has no Excel API of its own to install; the stand-in stays.
    },
  });
})();
