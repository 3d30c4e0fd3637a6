/**
 * Fetches ECB rates from a Frankfurter-compatible service into the cache, in batches: every look-up that
 * misses during one short window joins one batch, and a batch makes one request per calendar year it needs
 * (see core/rates/ecb/planner.ts). A (currency, year) already being fetched is never asked for twice.
 * Before the network, the browser's storage is read; what is fetched is written back to it.
 *
 * `load` never rejects: a timeout, a refused connection, an HTTP error or a malformed response is recorded
 * as the reason for those entries, and the look-up falls back to the bundled rates, saying why. After a
 * failure the service is left alone for a while, so that a workbook opened offline answers at once.
 */
import {
  EcbCache,
  entryFromSeries,
  isFresh,
  parseEntry,
  parseRangeResponse,
  planRequests,
  rangeRequestUrl,
  serializeEntry,
  storageKey,
  yearKeyText,
  yearOfDay,
  type RangeRequest,
  type YearKey,
} from "../core/rates/ecb";
import { movedServiceMessage } from "../core/rates/ecb/serviceUrl";
import type { KeyValueStore } from "./browserStore";

/** The part of fetch this client uses, so that tests and hosts can pass their own. */
export type FetchLike = (
  url: string,
  init?: { signal?: AbortSignal; redirect?: "manual" }
) => Promise<{
  ok: boolean;
  status: number;
  /** "opaqueredirect" in a browser for a redirect not followed. */
  type?: string;
  headers?: { get(name: string): string | null };
  json(): Promise<unknown>;
}>;

export interface EcbClientOptions {
  fetch: FetchLike;
  store: KeyValueStore;
  cache: EcbCache;
  baseUrl: () => string;
  nowMs: () => number;
  /** A request that has not answered by then is abandoned. */
  timeoutMs: number;
  /** How long look-ups are gathered before a batch is sent. */
  batchWindowMs: number;
  /** After a failure, how long look-ups use the bundled rates without asking again. */
  retryAfterMs: number;
}

export const DEFAULT_CLIENT_TIMINGS = {
  timeoutMs: 8000,
  batchWindowMs: 20,
  retryAfterMs: 60000,
};

export interface Failure {
  reason: string;
  atMs: number;
}

interface Batch {
  keys: Map<string, YearKey>;
  force: boolean;
  done: Promise<void>;
}

export class EcbClient {
  /** Every URL requested, in order: the tests count them, the pane reports them. */
  readonly requested: string[] = [];
  lastFailure: Failure | undefined;
  private readonly failures = new Map<string, string>();
  private readonly inFlight = new Map<string, Promise<void>>();
  private pending: (Batch & { start: () => void }) | undefined;

  constructor(private readonly options: EcbClientOptions) {}

  /** True while a recent failure says not to try again yet. */
  isBackingOff(): boolean {
    const failure = this.lastFailure;
    return !!failure && this.options.nowMs() - failure.atMs < this.options.retryAfterMs;
  }

  /** Why an entry could not be fetched, if it could not. */
  failureFor(key: YearKey): string | undefined {
    return this.failures.get(yearKeyText(key.code, key.year));
  }

  /** Forget failures (after the service setting changes, or before a re-pin). */
  resetFailures(): void {
    this.failures.clear();
    this.lastFailure = undefined;
  }

  /**
   * Settles when every key is in the cache or has failed. `force` skips the storage and the wait after a
   * failure (the re-pin command asks the service itself).
   */
  load(keys: YearKey[], force = false): Promise<void> {
    const waits: Promise<void>[] = [];
    for (const key of keys) {
      const text = yearKeyText(key.code, key.year);
      const running = this.inFlight.get(text);
      if (running && !force) {
        waits.push(running);
        continue;
      }
      const batch = this.batch(force);
      batch.keys.set(text, key);
      this.inFlight.set(text, batch.done);
      waits.push(batch.done);
    }
    return Promise.all(waits).then(() => undefined);
  }

  private batch(force: boolean): Batch {
    if (this.pending && this.pending.force === force) return this.pending;
    let start: () => void = () => undefined;
    const keys = new Map<string, YearKey>();
    const done = new Promise<void>((resolve) => {
      start = () => {
        if (this.pending === batch) this.pending = undefined;
        this.run(keys, force, done).then(resolve, resolve);
      };
    });
    const batch = { keys, force, done, start };
    this.pending = batch;
    setTimeout(() => batch.start(), this.options.batchWindowMs);
    return batch;
  }

  private async run(
    keys: Map<string, YearKey>,
    force: boolean,
    done: Promise<void>
  ): Promise<void> {
    const base = this.options.baseUrl();
    try {
      const wanted = force ? [...keys.values()] : await this.readStored(base, [...keys.values()]);
      if (wanted.length === 0) return;
      if (!force && this.isBackingOff()) {
        this.fail(wanted, (this.lastFailure as Failure).reason, false);
        return;
      }
      const today = Math.floor(this.options.nowMs() / 86400000);
      const requests = planRequests(wanted, today);
      await Promise.all(requests.map((request) => this.fetchRange(base, request)));
    } finally {
      for (const text of keys.keys()) {
        if (this.inFlight.get(text) === done) this.inFlight.delete(text);
      }
    }
  }

  /** Puts fresh stored entries in the cache; returns the keys still wanted. */
  private async readStored(base: string, keys: YearKey[]): Promise<YearKey[]> {
    const texts = await Promise.all(
      keys.map((k) => this.options.store.get(storageKey(base, k.code, k.year)).catch(() => null))
    );
    const still: YearKey[] = [];
    keys.forEach((key, i) => {
      const entry = parseEntry(key.code, key.year, texts[i]);
      if (entry && isFresh(entry, this.options.nowMs())) {
        this.options.cache.put(entry);
        this.failures.delete(yearKeyText(key.code, key.year));
      } else {
        // A stale entry is still better than the bundled rates if the service cannot be reached.
        if (entry && !this.options.cache.get(key.code, key.year)) this.options.cache.put(entry);
        still.push(key);
      }
    });
    return still;
  }

  private async fetchRange(base: string, request: RangeRequest): Promise<void> {
    const year = yearOfDay(request.startDay);
    const keys = request.codes.map((code) => ({ code, year }));
    const url = rangeRequestUrl(base, request);
    this.requested.push(url);
    const result = await this.fetchJson(url);
    if (!result.ok) return this.fail(keys, result.reason, true);
    const parsed = parseRangeResponse(result.json, request);
    if (!parsed.ok) return this.fail(keys, parsed.message, true);
    const nowMs = this.options.nowMs();
    for (const [code, series] of parsed.series) {
      const entry = entryFromSeries(code, year, series, request.endDay, nowMs);
      this.options.cache.put(entry);
      this.failures.delete(yearKeyText(code, year));
      void this.options.store
        .set(storageKey(base, code, year), serializeEntry(entry))
        .catch(() => undefined);
    }
  }

  private fail(keys: YearKey[], reason: string, fresh: boolean): void {
    for (const key of keys) this.failures.set(yearKeyText(key.code, key.year), reason);
    if (fresh) this.lastFailure = { reason, atMs: this.options.nowMs() };
  }

  private async fetchJson(
    url: string
  ): Promise<{ ok: true; json: unknown } | { ok: false; reason: string }> {
    const origin = new URL(url).origin;
    const controller = typeof AbortController !== "undefined" ? new AbortController() : undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<"timeout">((resolve) => {
      timer = setTimeout(() => resolve("timeout"), this.options.timeoutMs);
    });
    try {
      const answer = await Promise.race([
        // A redirect is not followed: the page may connect to one origin only, and a moved service must
        // be named as moved, not taken for one that is down (see movedServiceMessage).
        this.options.fetch(url, { signal: controller?.signal, redirect: "manual" }).then(
          async (response) => {
            if (
              response.type === "opaqueredirect" ||
              (response.status >= 300 && response.status < 400)
            )
              return {
                ok: false as const,
                reason: movedServiceMessage(
                  url,
                  this.options.baseUrl(),
                  response.headers?.get("location") ?? null
                ),
              };
            if (!response.ok)
              return { ok: false as const, reason: `${origin} answered HTTP ${response.status}` };
            try {
              return { ok: true as const, json: await response.json() };
            } catch {
              return { ok: false as const, reason: `${origin} sent a response that is not JSON` };
            }
          },
          (error: unknown) => ({
            ok: false as const,
            reason: `${origin} could not be reached (${describeError(error)})`,
          })
        ),
        timeout,
      ]);
      if (answer === "timeout") {
        controller?.abort();
        return {
          ok: false,
          reason: `${origin} did not answer within ${this.options.timeoutMs / 1000} s`,
        };
      }
      return answer;
    } finally {
      clearTimeout(timer);
    }
  }
}

/** fetch's own message is vague ("fetch failed", "Failed to fetch"): the cause, where given, says more. */
function describeError(error: unknown): string {
  if (!(error instanceof Error) && !(typeof error === "object" && error !== null))
    return String(error);
  const e = error as { message?: string; cause?: { code?: string; message?: string } };
  const cause = e.cause?.code ?? e.cause?.message;
  return cause ? `${e.message ?? "error"}: ${cause}` : (e.message ?? "error");
}
