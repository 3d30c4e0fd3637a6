/**
 * The layered rate look-up behind DESK.CONVERT, RATE and RATEINFO, in order of trust:
 *   1. a rate pinned in this workbook (document settings; see pinStore.ts),
 *   2. the ECB euro reference rates from the configured Frankfurter-compatible service, held in memory and
 *      in the browser's storage (see ecbClient.ts),
 *   3. the bundled offline history (bundledRates.ts): for currencies and dates the ECB does not cover, and,
 *      saying why, when the service cannot be reached.
 * Every rate a function uses is pinned, so the workbook recalculates to the same numbers anywhere.
 *
 * `run` evaluates a whole formula with a synchronous look-up. When every rate is in memory, that is the
 * answer, with no promise. Otherwise the first evaluation only gathers the (currency, year) entries its
 * cells miss; they join the client's batch, and the formula is evaluated again once the batch settles
 * (with the bundled rates for whatever failed): one promise per formula call, never one per cell.
 *
 * One chain per runtime (runtimeSingleton): the task pane on the same page reads its status and runs the
 * re-pin command on the same pins and cache.
 */
import { isoDateFromDayNumber, isoDateToDayNumberOrNaN } from "../core/dates/dayNumber";
import type { RateLookup } from "../core/functions/rates";
import {
  RULE_NAMES,
  parseRule,
  type RateFound,
  type RateResult,
  type RateRule,
} from "../core/rates";
import {
  ECB_BASE,
  EcbCache,
  isEcbCurrency,
  isFresh,
  resolveEcbRate,
  yearKeyText,
  yearsForDay,
  type EcbAnswer,
  type YearKey,
} from "../core/rates/ecb";
import {
  diffPins,
  parsePinKey,
  pinKey,
  type Pin,
  type PinChange,
  type PinMap,
} from "../core/rates/pins";
import { runtimeSingleton } from "../core/runtimeSingleton";
import type { RateUse } from "../core/usage/usageLog";
import { browserStore, type KeyValueStore } from "./browserStore";
import { bundledRateLookup } from "./bundledRates";
import { DEFAULT_CLIENT_TIMINGS, EcbClient } from "./ecbClient";
import { openPinStore, type PinStore } from "./pinStore";
import { readRatesBaseUrl } from "./ratesService";

const MS_PER_DAY = 86400000;

/** Which layer answered a look-up. */
export type RateLayer = "pinned" | "live" | "cached" | "bundled";

export interface RateStatus {
  /** Look-ups answered by each layer since this runtime started. */
  counts: Record<RateLayer, number>;
  /** The last time the bundled rates stood in for the ECB, and why. */
  lastFallback: { reason: string; atMs: number } | undefined;
  /** "" when the ECB provider is off. */
  baseUrl: string;
  /** Requests made to the rate service. */
  requests: number;
  /** Whether this runtime can pin (a workbook is open in Office). */
  canPin: boolean;
  pinCount: number;
}

export type RepinOutcome =
  { ok: true; checked: number; changes: PinChange[] } | { ok: false; message: string };

export interface RateChain {
  run<T>(compute: (lookup: RateLookup) => T): T | Promise<T>;
  /** Settles once the workbook's pins and the bundled rates are read (rejects if the rates cannot load). */
  ready(): Promise<void>;
  status(): RateStatus;
  /** Uses another service from now on ("" for none): the cache is dropped, failures forgotten. */
  setBaseUrl(url: string): void;
  /** Fetches every pinned look-up again, replaces the pins and says what changed. */
  repin(): Promise<RepinOutcome>;
  /** Settles once the pins made so far are saved in the workbook. */
  flushPins(): Promise<void>;
  /** Every URL requested from the rate service, in order. */
  requested(): readonly string[];
  /**
   * Every rate pinned in this workbook, as the usage log records rates: the Sources sheet can cite them
   * even where the cells were frozen to values and are no longer recalculated.
   */
  pinnedRates(): RateUse[];
}

/**
 * One evaluation of a formula. A pass is reset and used again for the next synchronous evaluation: its
 * look-up function stays the same, which lets the engine keep the formula's code optimised (a new one per
 * evaluation more than doubled the time of a one-cell formula). Its maps are made on first use: most evaluations
 * need neither.
 */
interface Pass {
  lookup: RateLookup;
  /** What the ECB layer needs to know of this evaluation. */
  ctx: { cache: EcbCache; todayDayNumber: number; nowMs: number; acceptStale: boolean };
  /** Whether pinned rates answer (not while re-pinning). */
  usePins: boolean;
  missing: Map<string, YearKey> | undefined;
  newPins: Map<string, Pin> | undefined;
  counts: Record<RateLayer, number>;
  fallback: string | undefined;
}

/** What a cell gets while its rates are being fetched; never shown, the formula is evaluated again. */
const PENDING: RateResult = {
  ok: false,
  code: "no-rate",
  kind: "notAvailable",
  message: "The rate is being fetched.",
};

const PIN_SAVE_DELAY_MS = 100;

function createRateChain(): RateChain {
  const store: KeyValueStore = browserStore();
  const cache = new EcbCache();
  let baseUrl = "";
  let baseUrlChosen = false;
  let bundled: RateLookup | undefined;
  let pinStore: PinStore | undefined;
  let pins: PinMap = new Map();
  const pinnedAnswers = new Map<string, RateFound>();
  let ready: Promise<void> | undefined;
  let initialized = false;
  let saving: Promise<void> = Promise.resolve();
  let saveTimer: ReturnType<typeof setTimeout> | undefined;
  const counts: Record<RateLayer, number> = { pinned: 0, live: 0, cached: 0, bundled: 0 };
  let lastFallback: RateStatus["lastFallback"];

  const client = new EcbClient({
    // Looked up on every request, so that a host can supply fetch after this script has loaded.
    fetch: (url, init) => fetch(url, init),
    store,
    cache,
    baseUrl: () => baseUrl,
    nowMs: () => Date.now(),
    ...DEFAULT_CLIENT_TIMINGS,
  });

  // Read at once, so that the task pane's status names the service before any look-up.
  const settingRead = readRatesBaseUrl(store).then((url) => {
    if (!baseUrlChosen) baseUrl = url;
  });

  function init(): Promise<void> {
    if (!ready) {
      ready = Promise.all([
        Promise.resolve(bundledRateLookup()).then((lookup) => void (bundled = lookup)),
        openPinStore()
          .then((opened) => {
            if (!opened) return;
            // The workbook's pins win over any made in this runtime before they were read.
            pins = new Map([...pins, ...opened.read().pins]);
            pinStore = opened;
          })
          .catch(() => undefined),
        settingRead,
      ]).then(
        () => void (initialized = true),
        (error: unknown) => {
          ready = undefined;
          throw error;
        }
      );
    }
    return ready;
  }

  function pinnedAnswer(key: string): RateFound | undefined {
    const known = pinnedAnswers.get(key);
    if (known) return known;
    const pin = pins.get(key);
    const parts = pin && parsePinKey(key);
    if (!pin || !parts) return undefined;
    const found: RateFound = {
      ok: true,
      rate: pin.rate,
      dateUsed: pin.dateUsed,
      dayUsed: isoDateToDayNumberOrNaN(pin.dateUsed),
      source: `${pin.source} (pinned in this workbook ${pin.pinnedOn})`,
      rule: parts.rule,
    };
    pinnedAnswers.set(key, found);
    return found;
  }

  function ecbSourceBase(from: string, to: string): string {
    const what =
      from === ECB_BASE || to === ECB_BASE
        ? "ECB euro reference rate"
        : "ECB euro reference rates (cross rate through EUR)";
    return `${what} via ${baseUrl}`;
  }

  /** Readies `pass` for an evaluation at `nowMs`; `final`: no further fetch, answer with what there is. */
  function beginPass(pass: Pass, nowMs: number, final: boolean, usePins: boolean): Pass {
    pass.ctx.todayDayNumber = Math.floor(nowMs / MS_PER_DAY);
    pass.ctx.nowMs = nowMs;
    pass.ctx.acceptStale = final;
    pass.usePins = usePins;
    pass.missing = undefined;
    pass.newPins = undefined;
    pass.counts.pinned = pass.counts.live = pass.counts.cached = pass.counts.bundled = 0;
    pass.fallback = undefined;
    return pass;
  }

  function createPass(): Pass {
    const ctx = { cache, todayDayNumber: 0, nowMs: 0, acceptStale: false };
    const pass: Pass = {
      lookup: () => PENDING,
      ctx,
      usePins: true,
      missing: undefined,
      newPins: undefined,
      counts: { pinned: 0, live: 0, cached: 0, bundled: 0 },
      fallback: undefined,
    };
    const pin = (key: string, rate: number, dateUsed: string, source: string) => {
      if (!pinStore) return;
      const newPins = (pass.newPins ??= new Map());
      if (!newPins.has(key)) {
        newPins.set(key, {
          rate,
          dateUsed,
          source,
          pinnedOn: isoDateFromDayNumber(ctx.todayDayNumber),
        });
      }
    };
    const fromEcb = (
      answer: Extract<EcbAnswer, { kind: "found" }>,
      from: string,
      to: string,
      rule: RateRule,
      key: string
    ): RateFound => {
      const entry = answer.entry;
      const live = entry === undefined || (entry.origin === "live" && isFresh(entry, ctx.nowMs));
      const base = ecbSourceBase(from, to);
      const note =
        entry === undefined || live
          ? "live"
          : `cached, fetched ${isoDateFromDayNumber(Math.floor(entry.fetchedAtMs / MS_PER_DAY))}`;
      const dateUsed = isoDateFromDayNumber(answer.day);
      pass.counts[live ? "live" : "cached"]++;
      pin(key, answer.rate, dateUsed, base);
      return {
        ok: true,
        rate: answer.rate,
        dateUsed,
        dayUsed: answer.day,
        source: `${base} (${note})`,
        rule,
      };
    };
    pass.lookup = (from, to, dayNumber, ruleText) => {
      const lookupBundled = bundled as RateLookup;
      const ruleCode = parseRule(ruleText);
      // A bad rule gets the bundled rates' message; a currency against itself is 1, nothing to pin.
      if (ruleCode === -1 || from === to) return lookupBundled(from, to, dayNumber, ruleText);
      const rule = RULE_NAMES[ruleCode];
      // The look-up's name among the workbook's pins; outside a workbook nothing is pinned.
      const key = pinStore
        ? pinKey(from, to, dayNumber === null ? "latest" : isoDateFromDayNumber(dayNumber), rule)
        : "";
      if (pass.usePins && pinStore) {
        const pinned = pinnedAnswer(key);
        if (pinned) {
          pass.counts.pinned++;
          return pinned;
        }
      }
      let fallback: string | undefined;
      if (baseUrl !== "" && isEcbCurrency(from) && isEcbCurrency(to)) {
        const answer = resolveEcbRate(ctx, from, to, dayNumber, ruleCode);
        if (answer.kind === "found") return fromEcb(answer, from, to, rule, key);
        if (answer.kind === "no-rate") {
          return { ok: false, code: "no-rate", kind: "notAvailable", message: answer.message };
        }
        if (answer.kind === "missing") {
          if (!ctx.acceptStale && answer.keys.length > 0) {
            const missing = (pass.missing ??= new Map());
            for (const k of answer.keys) missing.set(yearKeyText(k.code, k.year), k);
            return PENDING;
          }
          fallback =
            answer.keys.map((k) => client.failureFor(k)).find((r) => r !== undefined) ??
            client.lastFailure?.reason ??
            "the rates could not be fetched";
        }
        // "outside": the ECB has no rate there, and the bundled rates are the source, not a stand-in.
      }
      const result = lookupBundled(from, to, dayNumber, ruleText);
      if (!result.ok) return result;
      pass.counts.bundled++;
      if (fallback === undefined) {
        pin(key, result.rate, result.dateUsed, result.source);
        return result;
      }
      pass.fallback = fallback;
      const source = `${result.source} (ECB rates unavailable: ${fallback})`;
      pin(key, result.rate, result.dateUsed, source);
      return { ...result, source };
    };
    return pass;
  }

  function schedulePinSave(): void {
    if (!pinStore || saveTimer !== undefined) return;
    const target = pinStore;
    saveTimer = setTimeout(() => {
      saveTimer = undefined;
      saving = saving.then(() => target.write(pins)).catch(() => undefined);
    }, PIN_SAVE_DELAY_MS);
  }

  /** Keeps what an evaluation whose results are returned to Excel has used. */
  function commit(pass: Pass): void {
    counts.pinned += pass.counts.pinned;
    counts.live += pass.counts.live;
    counts.cached += pass.counts.cached;
    counts.bundled += pass.counts.bundled;
    if (pass.fallback !== undefined) lastFallback = { reason: pass.fallback, atMs: Date.now() };
    let added = false;
    for (const [key, pin] of pass.newPins ?? []) {
      if (!pins.has(key)) {
        pins.set(key, pin);
        added = true;
      }
    }
    if (added) schedulePinSave();
  }

  /** The pass of synchronous evaluations; one that waits for the network gets a pass of its own. */
  let syncPass: Pass | undefined;

  function evaluate<T>(compute: (lookup: RateLookup) => T): T | Promise<T> {
    // While the service is failing, answer at once from what is in memory and the bundled rates.
    const offline = baseUrl === "" || client.isBackingOff();
    const first = beginPass((syncPass ??= createPass()), Date.now(), offline, true);
    const result = compute(first.lookup);
    if (first.missing === undefined) {
      commit(first);
      return result;
    }
    return client.load([...first.missing.values()]).then(() => {
      const second = beginPass(createPass(), Date.now(), true, true);
      const value = compute(second.lookup);
      commit(second);
      return value;
    });
  }

  function dayOfKey(dateAsked: string, todayDayNumber: number): number {
    return dateAsked === "latest" ? todayDayNumber : isoDateToDayNumberOrNaN(dateAsked);
  }

  async function repin(): Promise<RepinOutcome> {
    await init();
    if (!pinStore) {
      return {
        ok: false,
        message: "Rates are pinned in a workbook: this works inside Excel only.",
      };
    }
    const before = new Map(pins);
    const today = Math.floor(Date.now() / MS_PER_DAY);
    const wanted: YearKey[] = [];
    for (const key of before.keys()) {
      const parts = parsePinKey(key);
      if (!parts || !isEcbCurrency(parts.from) || !isEcbCurrency(parts.to)) continue;
      const day = dayOfKey(parts.dateAsked, today);
      const reach =
        parts.rule === "previous" || parts.dateAsked === "latest"
          ? "back"
          : parts.rule === "next"
            ? "forward"
            : "both";
      for (const code of [parts.from, parts.to]) {
        if (code === ECB_BASE) continue;
        for (const year of yearsForDay(day, today, reach)) wanted.push({ code, year });
      }
    }
    if (baseUrl !== "" && wanted.length > 0) {
      client.resetFailures();
      await client.load(wanted, true);
      const failed = wanted.map((k) => client.failureFor(k)).find((r) => r !== undefined);
      if (failed !== undefined) {
        return {
          ok: false,
          message: `The rates could not be fetched again (${failed}); the pins are unchanged.`,
        };
      }
    }
    const pass = beginPass(createPass(), Date.now(), true, false);
    for (const key of before.keys()) {
      const parts = parsePinKey(key);
      if (!parts) continue;
      const day = parts.dateAsked === "latest" ? null : isoDateToDayNumberOrNaN(parts.dateAsked);
      pass.lookup(parts.from, parts.to, day, parts.rule);
    }
    const repinned = pass.newPins ?? new Map<string, Pin>();
    const changes = diffPins(before, repinned);
    pins = new Map([...before, ...repinned]);
    pinnedAnswers.clear();
    saving = saving.then(() => (pinStore as PinStore).write(pins)).catch(() => undefined);
    await saving;
    return { ok: true, checked: before.size, changes };
  }

  return {
    run(compute) {
      if (initialized) return evaluate(compute);
      return init().then(() => evaluate(compute));
    },
    ready: () => init(),
    status: () => ({
      counts: { ...counts },
      lastFallback,
      baseUrl,
      requests: client.requested.length,
      canPin: pinStore !== undefined,
      pinCount: pins.size,
    }),
    setBaseUrl(url) {
      baseUrlChosen = true;
      baseUrl = url;
      cache.clear();
      client.resetFailures();
    },
    repin,
    flushPins: async () => {
      while (saveTimer !== undefined)
        await new Promise((resolve) => setTimeout(resolve, PIN_SAVE_DELAY_MS));
      await saving;
    },
    requested: () => client.requested,
    pinnedRates: () =>
      [...pins.keys()].sort().flatMap((key) => {
        const parts = parsePinKey(key);
        const found = pinnedAnswer(key);
        if (!parts || !found) return [];
        const { from, to, dateAsked, rule } = parts;
        return [
          {
            from,
            to,
            dateAsked,
            rule,
            dateUsed: found.dateUsed,
            rate: found.rate,
            source: found.source,
          },
        ];
      }),
  };
}

let chain: RateChain | undefined;

/** The chain of this runtime, shared by the functions and the task pane (found once per bundle). */
export function rateChain(): RateChain {
  return (chain ??= runtimeSingleton("rateChain", createRateChain));
}
