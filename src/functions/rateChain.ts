/**
 * The rate chain's edge: the state a runtime keeps for the chain of src/core/rates/chain (the workbook's
 * pins, the ECB rates fetched from the service, an imported ECB history file, the bundled table) and the
 * work that touches the outside: loading, fetching in batches, saving pins.
 *
 * `run` evaluates a whole formula with a synchronous look-up. When every rate is in memory, that is the
 * answer, with no promise. Otherwise the first evaluation only gathers the (currency, year) entries its
 * cells miss; they join the client's batch, and the formula is evaluated again once the batch settles
 * (with the next sources for whatever failed): one promise per formula call, never one per cell.
 * Every rate a function uses is pinned, so the workbook recalculates to the same numbers anywhere.
 */
import { isoDateFromDayNumber, isoDateToDayNumberOrNaN } from "../core/dates/dayNumber";
import type { RateLookup } from "../core/functions/rates";
import {
  notAvailable,
  parseRule,
  valueError,
  SAME_CURRENCY,
  type RateFound,
  type RateResult,
  type RateTable,
} from "../core/rates";
import {
  bundledSource,
  citingRetrieval,
  ecbFileSource,
  ecbLiveSource,
  lookUpInChain,
  pinKeyOf,
  pinnedCitation,
  pinnedSource,
  pinnedSourceText,
  unavailableSource,
  type RateQuery,
  type RateSource,
  type SourceName,
} from "../core/rates/chain";
import {
  EcbCache,
  yearKeyText,
  yearsForDay,
  isEcbCurrency,
  ECB_BASE,
  type YearKey,
} from "../core/rates/ecb";
import type { EcbHistory } from "../core/rates/ecbHistory";
import { diffPins, parsePinKey, type Pin, type PinChange, type PinMap } from "../core/rates/pins";
import { failure, msg, type MessageText, type MessageValue } from "../core/messages/text";
import type { RateUse } from "../core/usage/usageLog";
import { browserStore } from "./browserStore";
import { loadBundledTable } from "./bundledRates";
import { DEFAULT_CLIENT_TIMINGS, EcbClient } from "./ecbClient";
import { openPinStore, type PinStore } from "./pinStore";
import { readRatesBaseUrl } from "./ratesService";

const MS_PER_DAY = 86400000;
const PIN_SAVE_DELAY_MS = 100;

export interface RateStatus {
  /** Look-ups answered by each source since this runtime started. */
  counts: Record<SourceName, number>;
  /** The source that answered the last look-up. */
  lastSource: SourceName | undefined;
  /** The last time a source could not be used and the next stood in, and why (`text`: as a message). */
  lastFallback: { reason: string; atMs: number; text?: MessageText } | undefined;
  /** The rate service's last failure, unless it has answered since: what is wrong with it now. */
  serviceFailure: { reason: string; atMs: number } | undefined;
  /** "" when the ECB service is off. */
  baseUrl: string;
  /** Requests made to the rate service. */
  requests: number;
  /** Newest day (ISO) each source has, as far as known: the ECB's in memory, the file's, the bundled. */
  newest: Partial<Record<SourceName, string>>;
  /** The imported ECB file's first and last day, if one is imported. */
  importedRange: { first: string; last: string } | undefined;
  /** Why the bundled rates could not be loaded, if they could not (written in the pane's language). */
  bundledError: MessageText | undefined;
  /** Whether this runtime can pin (a workbook is open in Office). */
  canPin: boolean;
  pinCount: number;
}

export type RepinOutcome =
  | { ok: true; checked: number; changes: PinChange[] }
  | { ok: false; readonly message: string; text: MessageText };

export interface RateChain {
  run<T>(compute: (lookup: RateLookup) => T): T | Promise<T>;
  /** Settles once the workbook's pins and the bundled rates are read (or failed to load). */
  ready(): Promise<void>;
  status(): RateStatus;
  /** Uses another service from now on ("" for none): the cache is dropped, failures forgotten. */
  setBaseUrl(url: string): void;
  /** The ECB history file to answer from, after the service and before the bundled rates; undefined: none. */
  setImportedEcbHistory(history: EcbHistory | undefined): void;
  /** Fetches every pinned look-up again, replaces the pins and says what changed. */
  repin(): Promise<RepinOutcome>;
  /** Settles once the pins made so far are saved in the workbook. */
  flushPins(): Promise<void>;
  /** Every URL requested from the rate service, in order. */
  requested(): readonly string[];
  /** Every rate pinned in this workbook, as the usage log records rates (for the Sources sheet). */
  pinnedRates(): RateUse[];
  /** The bundled rates as loaded for the look-ups; undefined until ready, or if they could not load. */
  bundledTable(): RateTable | undefined;
  /**
   * The ECB service as a source once these (currency, year) entries are loaded through the functions'
   * own client (its batching, cache and storage); undefined when the service is off. For "Verify pinned
   * rates".
   */
  ecbLiveFor(keys: YearKey[]): Promise<RateSource | undefined>;
}

/**
 * What one evaluation of a formula used, kept once its results go back to Excel. The maps are made when
 * first needed: most formulas fetch nothing and, outside a workbook, pin nothing.
 */
interface Pass {
  lookup: RateLookup;
  missing: Map<string, YearKey> | undefined;
  newPins: Map<string, Pin> | undefined;
  /** Look-ups answered, by source in SOURCE_NAMES order. */
  counts: number[];
  lastSource: SourceName | undefined;
  fallback: string | undefined;
}

/** What a cell gets while its rates are being fetched; never shown, the formula is evaluated again. */
const PENDING: RateResult = notAvailable("no-rate", "The rate is being fetched.");

const SOURCE_NAMES: readonly SourceName[] = ["pinned", "ECB live", "ECB file", "bundled"];
/** Each source's place in SOURCE_NAMES, for the count of every look-up. */
const SOURCE_INDEX = Object.fromEntries(SOURCE_NAMES.map((name, i) => [name, i])) as Readonly<
  Record<SourceName, number>
>;

/** Look-ups answered by each source (in SOURCE_NAMES order): none yet. */
const noCounts = (): number[] => SOURCE_NAMES.map(() => 0);

/** The runtime's sources of rates and their state. */
class RateState {
  readonly cache = new EcbCache();
  baseUrl = "";
  baseUrlChosen = false;
  bundled: RateTable | undefined;
  /** The bundled table as a source, made once it is loaded (it never changes). */
  private bundledAsSource: RateSource | undefined;
  bundledError: MessageText | undefined;
  imported: { history: EcbHistory; source: RateSource } | undefined;
  pinStore: PinStore | undefined;
  pins: PinMap = new Map();
  readonly counts = noCounts();
  lastSource: SourceName | undefined;
  lastFallback: RateStatus["lastFallback"];
  readonly client = new EcbClient({
    // Looked up on every request, so that a host can supply fetch after this script has loaded.
    fetch: (url, init) => fetch(url, init),
    store: browserStore(),
    cache: this.cache,
    baseUrl: () => this.baseUrl,
    nowMs: () => Date.now(),
    ...DEFAULT_CLIENT_TIMINGS,
  });

  /** The chain for one evaluation at `nowMs`; `final`: no further fetch, answer with what there is. */
  sources(nowMs: number, final: boolean, usePins: boolean): RateSource[] {
    const sources: RateSource[] = [];
    if (usePins && this.pinStore) sources.push(pinnedSource(this.pins));
    if (this.baseUrl !== "") sources.push(this.liveSource(nowMs, final));
    if (this.imported) sources.push(this.imported.source);
    if (this.bundled) sources.push((this.bundledAsSource ??= bundledSource(this.bundled)));
    else if (this.bundledError) sources.push(unavailableSource("bundled", this.bundledError));
    return sources;
  }

  private liveSource(nowMs: number, final: boolean): RateSource {
    const client = this.client;
    return ecbLiveSource({
      cache: this.cache,
      todayDayNumber: Math.floor(nowMs / MS_PER_DAY),
      nowMs,
      acceptStale: final,
      baseUrl: this.baseUrl,
      failureFor: (keys) =>
        keys.map((k) => client.failureFor(k)).find((r) => r !== undefined) ?? client.lastFailure,
    });
  }

  /** Keeps what an evaluation whose results are returned to Excel has used. */
  commit(pass: Pass): boolean {
    for (let i = 0; i < SOURCE_NAMES.length; i++) this.counts[i] += pass.counts[i];
    if (pass.lastSource) this.lastSource = pass.lastSource;
    if (pass.fallback !== undefined) {
      // The chain cites the reason in English; the client kept it as a message for the pane too.
      const text = this.client.messageFor(pass.fallback);
      this.lastFallback = { reason: pass.fallback, atMs: Date.now(), text };
    }
    if (pass.newPins === undefined) return false;
    let added = false;
    for (const [key, pin] of pass.newPins) {
      if (!this.pins.has(key)) {
        this.pins.set(key, pin);
        added = true;
      }
    }
    return added;
  }
}

/** A cell's arguments as a chain query, or the error for a rule the chain cannot read. */
function queryOf(
  from: string,
  to: string,
  dayNumber: number | null,
  ruleText: string | null,
  todayDayNumber: number
): RateQuery | RateResult {
  const rule = parseRule(ruleText);
  if (rule === -1) return valueError("bad-rule", msg("rates.ruleHint"));
  const latest = dayNumber === null;
  return { from, to, day: latest ? todayDayNumber : dayNumber, latest, rule };
}

/** Notes in `pass` that `sourceName` answered `query`, and the pin it makes in a workbook. */
function recordAnswer(
  state: RateState,
  pass: Pass,
  query: RateQuery,
  found: RateFound,
  sourceName: SourceName,
  today: number
): void {
  pass.counts[SOURCE_INDEX[sourceName]]++;
  pass.lastSource = sourceName;
  if (found.fallback !== undefined) pass.fallback = found.fallback;
  if (!state.pinStore || sourceName === "pinned") return;
  const key = pinKeyOf(query);
  const newPins = (pass.newPins ??= new Map());
  if (newPins.has(key)) return;
  const pin: Pin = {
    rate: found.rate,
    dateUsed: found.dateUsed,
    source: found.source,
    pinnedOn: isoDateFromDayNumber(today),
  };
  if (found.fullRate !== found.rate) pin.fullRate = found.fullRate;
  newPins.set(key, pin);
}

/** A look-up over `sources` that records in `pass` what it used, pins and fetches. */
function passLookup(
  state: RateState,
  pass: Pass,
  sources: RateSource[],
  nowMs: number
): RateLookup {
  const today = Math.floor(nowMs / MS_PER_DAY);
  return (from, to, dayNumber, ruleText) => {
    const query = queryOf(from, to, dayNumber, ruleText, today);
    if ("ok" in query) return query;
    const answer = lookUpInChain(sources, query);
    if ("keys" in answer) {
      const missing = (pass.missing ??= new Map());
      for (const k of answer.keys) missing.set(yearKeyText(k.code, k.year), k);
      return PENDING;
    }
    if (!answer.ok || answer.sourceName === SAME_CURRENCY) return answer;
    recordAnswer(state, pass, query, answer, answer.sourceName as SourceName, today);
    return citingRetrieval(answer);
  };
}

function newPass(state: RateState, nowMs: number, final: boolean, usePins = true): Pass {
  const pass: Pass = {
    lookup: () => PENDING,
    missing: undefined,
    newPins: undefined,
    counts: noCounts(),
    lastSource: undefined,
    fallback: undefined,
  };
  pass.lookup = passLookup(state, pass, state.sources(nowMs, final, usePins), nowMs);
  return pass;
}

/** The chain of a runtime: its state, and the outside work (loading, fetching, saving pins). */
class RuntimeRateChain implements RateChain {
  private readonly state = new RateState();
  private loading: Promise<void> | undefined;
  private initialized = false;
  private saving: Promise<void> = Promise.resolve();
  private saveTimer: ReturnType<typeof setTimeout> | undefined;
  // Read at once, so that the task pane's status names the service before any look-up.
  private readonly settingRead = readRatesBaseUrl(browserStore()).then((url) => {
    if (!this.state.baseUrlChosen) this.state.baseUrl = url;
  });

  run<T>(compute: (lookup: RateLookup) => T): T | Promise<T> {
    return this.initialized
      ? this.evaluate(compute)
      : this.ready().then(() => this.evaluate(compute));
  }

  /** Loads the bundled rates (or notes why they could not be) and opens the workbook's pins. */
  ready(): Promise<void> {
    const state = this.state;
    this.loading ??= Promise.all([
      loadBundledTable().then((t) => {
        if ("error" in t) state.bundledError = t.text;
        else state.bundled = t;
      }),
      openPinStore()
        .then((opened) => {
          if (!opened) return;
          // The workbook's pins win over any made in this runtime before they were read.
          state.pins = new Map([...state.pins, ...opened.read().pins]);
          state.pinStore = opened;
        })
        .catch(() => undefined),
      this.settingRead,
    ]).then(() => void (this.initialized = true));
    return this.loading;
  }

  status(): RateStatus {
    return statusOf(this.state);
  }

  setBaseUrl(url: string): void {
    this.state.baseUrlChosen = true;
    this.state.baseUrl = url;
    this.state.cache.clear();
    this.state.client.resetFailures();
  }

  setImportedEcbHistory(history: EcbHistory | undefined): void {
    this.state.imported = history ? { history, source: ecbFileSource(history) } : undefined;
  }

  requested(): readonly string[] {
    return this.state.client.requested;
  }

  pinnedRates(): RateUse[] {
    return pinnedRates(this.state);
  }

  bundledTable(): RateTable | undefined {
    return this.state.bundled;
  }

  async ecbLiveFor(keys: YearKey[]): Promise<RateSource | undefined> {
    await this.ready();
    if (this.state.baseUrl === "") return undefined;
    await this.state.client.load(keys);
    return this.state.sources(Date.now(), true, false).find((s) => s.name === "ECB live");
  }

  async flushPins(): Promise<void> {
    while (this.saveTimer !== undefined)
      await new Promise((resolve) => setTimeout(resolve, PIN_SAVE_DELAY_MS));
    await this.saving;
  }

  private evaluate<T>(compute: (lookup: RateLookup) => T): T | Promise<T> {
    const state = this.state;
    // While the service is failing, answer at once from what is in memory and the next sources.
    const offline = state.baseUrl === "" || state.client.isBackingOff();
    const first = newPass(state, Date.now(), offline);
    const result = compute(first.lookup);
    if (first.missing === undefined) {
      if (state.commit(first)) this.schedulePinSave();
      return result;
    }
    return state.client.load([...first.missing.values()]).then(() => {
      const second = newPass(state, Date.now(), true);
      const value = compute(second.lookup);
      if (state.commit(second)) this.schedulePinSave();
      return value;
    });
  }

  private schedulePinSave(): void {
    const target = this.state.pinStore;
    if (!target || this.saveTimer !== undefined) return;
    this.saveTimer = setTimeout(() => {
      this.saveTimer = undefined;
      this.saving = this.saving.then(() => target.write(this.state.pins)).catch(() => undefined);
    }, PIN_SAVE_DELAY_MS);
  }

  async repin(): Promise<RepinOutcome> {
    await this.ready();
    const state = this.state;
    const pinStore = state.pinStore;
    if (!pinStore) {
      return failure(msg("pins.insideExcelOnly"));
    }
    const before = new Map(state.pins);
    const failed = await refetchPinned(state, before);
    if (failed !== undefined) {
      return failure(msg("pins.refetchFailed", { reason: failed }));
    }
    const pass = newPass(state, Date.now(), true, false);
    for (const key of before.keys()) {
      const parts = parsePinKey(key);
      if (!parts) continue;
      const day = parts.dateAsked === "latest" ? null : isoDateToDayNumberOrNaN(parts.dateAsked);
      pass.lookup(parts.from, parts.to, day, parts.rule);
    }
    const newPins = pass.newPins ?? new Map<string, Pin>();
    const changes = diffPins(before, newPins);
    state.pins = new Map([...before, ...newPins]);
    this.saving = this.saving.then(() => pinStore.write(state.pins)).catch(() => undefined);
    await this.saving;
    return { ok: true, checked: before.size, changes };
  }
}

export function createRateChain(): RateChain {
  return new RuntimeRateChain();
}

/** Fetches again the ECB years every pinned look-up needs; the reason of a failure, if one failed. */
async function refetchPinned(state: RateState, pins: PinMap): Promise<MessageValue | undefined> {
  const today = Math.floor(Date.now() / MS_PER_DAY);
  const wanted: YearKey[] = [];
  for (const key of pins.keys()) {
    const parts = parsePinKey(key);
    if (!parts || !isEcbCurrency(parts.from) || !isEcbCurrency(parts.to)) continue;
    const latest = parts.dateAsked === "latest";
    const day = latest ? today : isoDateToDayNumberOrNaN(parts.dateAsked);
    const reach =
      parts.rule === "previous" || latest ? "back" : parts.rule === "next" ? "forward" : "both";
    for (const code of [parts.from, parts.to]) {
      if (code === ECB_BASE) continue;
      for (const year of yearsForDay(day, today, reach)) wanted.push({ code, year });
    }
  }
  if (state.baseUrl === "" || wanted.length === 0) return undefined;
  state.client.resetFailures();
  await state.client.load(wanted, true);
  const failure = wanted.map((k) => state.client.failureFor(k)).find((r) => r !== undefined);
  return failure && (failure.text ?? failure.reason);
}

function statusOf(state: RateState): RateStatus {
  const newest: RateStatus["newest"] = {};
  const history = state.imported?.history;
  const days = history?.days;
  if (days && days.length > 0) newest["ECB file"] = isoDateFromDayNumber(days[days.length - 1]);
  if (state.bundled) newest.bundled = isoDateFromDayNumber(state.bundled.lastTableDay);
  // Any year held, not only the latest rate's: offline, the years fetched before are what there is.
  const liveDay = state.baseUrl === "" ? NaN : state.cache.newestDay("USD");
  if (!Number.isNaN(liveDay)) newest["ECB live"] = isoDateFromDayNumber(liveDay);
  return {
    counts: Object.fromEntries(
      SOURCE_NAMES.map((name, i) => [name, state.counts[i]])
    ) as RateStatus["counts"],
    lastSource: state.lastSource,
    lastFallback: state.lastFallback,
    serviceFailure: state.baseUrl === "" ? undefined : state.client.currentFailure(),
    baseUrl: state.baseUrl,
    requests: state.client.requested.length,
    newest,
    importedRange:
      days && days.length > 0
        ? {
            first: isoDateFromDayNumber(days[0]),
            last: isoDateFromDayNumber(days[days.length - 1]),
          }
        : undefined,
    bundledError: state.bundledError,
    canPin: state.pinStore !== undefined,
    pinCount: state.pins.size,
  };
}

function pinnedRates(state: RateState): RateUse[] {
  return [...state.pins.keys()].sort().flatMap((key) => {
    const parts = parsePinKey(key);
    const pin = state.pins.get(key);
    if (!parts || !pin) return [];
    const { from, to, dateAsked, rule } = parts;
    const source = pinnedSourceText(pin);
    const citation = pinnedCitation(pin);
    return [
      { from, to, dateAsked, rule, dateUsed: pin.dateUsed, rate: pin.rate, source, citation },
    ];
  });
}
