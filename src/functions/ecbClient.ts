/**
 * Fetches ECB rates from a Frankfurter-compatible service into the cache, in batches: every look-up that
 * misses during one short window joins one batch, and a batch makes one request per calendar year it needs
 * (see core/rates/ecb/planner.ts). A (currency, year) already being fetched is never asked for twice.
 * Before the network, the browser's storage is read; what is fetched is written back to it.
 *
 * `load` never rejects: a timeout, a refused connection, an HTTP error or a malformed response is recorded
 * as the reason for those entries, in plain words (a browser's bare "Failed to fetch" is told apart by
 * requestRefusal.ts: offline, blocked by the page's policy, moved, unreachable), and the look-up falls back to the bundled rates, saying why. After a
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
import type { MessageKey } from "../core/messages/en";
import { addEnglishMessages, englishText, msg, type MessageText } from "../core/messages/text";
import { movedServiceMessage } from "../core/rates/ecb/serviceUrl";
import type { KeyValueStore } from "./browserStore";
import {
  canSeePolicyRefusals,
  classifyRefusal,
  watchPolicyRefusals,
  type Refusal,
} from "./requestRefusal";
import { RATE_SERVICE_MESSAGES_EN } from "../core/messages/rateServiceEn";

addEnglishMessages(RATE_SERVICE_MESSAGES_EN);

/** Why a request failed, in plain words ("https://… could not be reached: …"), by what went wrong. */
const REFUSAL_KEYS: Record<Exclude<Refusal, "moved">, MessageKey> = {
  offline: "service.offline",
  policy: "service.policy",
  "no-cors": "service.noCors",
  unreachable: "service.unreachable",
};

/** A failed request: why, in English (as the rate chain reads it) and as a message for the pane. */
type Refused = { ok: false; reason: string; text: MessageText };

function refused(text: MessageText): Refused {
  return { ok: false, reason: englishText(text), text };
}

/** The part of fetch this client uses, so that tests and hosts can pass their own. */
export type FetchLike = (
  url: string,
  init?: { signal?: AbortSignal; redirect?: "manual"; mode?: "no-cors" }
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
  /** The reason as a message, for the pane to write in its language (absent: English only). */
  text?: MessageText;
}

interface Batch {
  keys: Map<string, YearKey>;
  force: boolean;
  done: Promise<void>;
}

/** Why something failed: in English, and as a message where the client wrote one. */
export type Reason = Pick<Failure, "reason" | "text">;

export class EcbClient {
  /** Every URL requested, in order: the tests count them, the pane reports them. */
  readonly requested: string[] = [];
  lastFailure: Failure | undefined;
  /** When the service last answered a request with rates. */
  private lastAnswerAtMs: number | undefined;
  private readonly failures = new Map<string, Reason>();
  private readonly inFlight = new Map<string, Promise<void>>();
  private pending: (Batch & { start: () => void }) | undefined;

  constructor(private readonly options: EcbClientOptions) {}

  /** True while a recent failure says not to try again yet. */
  isBackingOff(): boolean {
    const failure = this.lastFailure;
    return !!failure && this.options.nowMs() - failure.atMs < this.options.retryAfterMs;
  }

  /** The last failure, unless the service has answered since: what is wrong with it now. */
  currentFailure(): Failure | undefined {
    const failure = this.lastFailure;
    if (!failure || (this.lastAnswerAtMs !== undefined && this.lastAnswerAtMs >= failure.atMs))
      return undefined;
    return failure;
  }

  /** Why an entry could not be fetched, if it could not. */
  failureFor(key: YearKey): Reason | undefined {
    return this.failures.get(yearKeyText(key.code, key.year));
  }

  /** The message of a failure this client gave in English as `reason`, if it still keeps it. */
  messageFor(reason: string): MessageText | undefined {
    if (this.lastFailure?.reason === reason) return this.lastFailure.text;
    for (const failure of this.failures.values())
      if (failure.reason === reason) return failure.text;
    return undefined;
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
        const last = this.lastFailure as Failure;
        this.fail(wanted, last.reason, false, last.text);
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
    if (!result.ok) return this.fail(keys, result.reason, true, result.text);
    const parsed = parseRangeResponse(result.json, request);
    if (!parsed.ok) return this.fail(keys, parsed.message, true, parsed.text);
    const nowMs = this.options.nowMs();
    this.lastAnswerAtMs = nowMs;
    for (const [code, series] of parsed.series) {
      const entry = entryFromSeries(code, year, series, request.endDay, nowMs);
      this.options.cache.put(entry);
      this.failures.delete(yearKeyText(code, year));
      void this.options.store
        .set(storageKey(base, code, year), serializeEntry(entry))
        .catch(() => undefined);
    }
  }

  private fail(keys: YearKey[], reason: string, fresh: boolean, text?: MessageText): void {
    for (const key of keys) this.failures.set(yearKeyText(key.code, key.year), { reason, text });
    if (fresh) this.lastFailure = { reason, atMs: this.options.nowMs(), text };
  }

  private async fetchJson(url: string): Promise<{ ok: true; json: unknown } | Refused> {
    const origin = new URL(url).origin;
    const controller = typeof AbortController !== "undefined" ? new AbortController() : undefined;
    const refusals = watchPolicyRefusals(origin);
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
              return refused(
                movedServiceMessage(
                  url,
                  this.options.baseUrl(),
                  response.headers?.get("location") ?? null
                )
              );
            if (!response.ok)
              return refused(
                msg("service.httpStatus", { origin, status: String(response.status) })
              );
            try {
              return { ok: true as const, json: await response.json() };
            } catch {
              return refused(msg("service.notJson", { origin }));
            }
          },
          (error: unknown) => this.refusalReason(url, error, refusals, controller?.signal)
        ),
        timeout,
      ]);
      if (answer === "timeout") {
        controller?.abort();
        return refused(msg("service.timeout", { origin, seconds: this.options.timeoutMs / 1000 }));
      }
      return answer;
    } finally {
      clearTimeout(timer);
      refusals.stop();
    }
  }

  /**
   * Plain words for a request that fetch rejected. Node's fetch gives the cause (ECONNREFUSED…); a
   * browser gives none, and requestRefusal.ts works out which of its refusals it was.
   */
  private async refusalReason(
    url: string,
    error: unknown,
    refusals: ReturnType<typeof watchPolicyRefusals>,
    signal: AbortSignal | undefined
  ): Promise<Refused> {
    const origin = new URL(url).origin;
    const cause = (error as { cause?: unknown } | null)?.cause;
    // Abandoned on the timeout, which has given its own reason already.
    if (cause !== undefined || signal?.aborted || !canSeePolicyRefusals())
      return refused(msg("service.unreachableBecause", { origin, error: describeError(error) }));
    const refusal = await classifyRefusal(
      url,
      await refusals.seen(),
      (probeUrl, init) => this.options.fetch(probeUrl, init),
      signal
    );
    return refused(
      refusal === "moved"
        ? movedServiceMessage(url, this.options.baseUrl(), null)
        : msg(REFUSAL_KEYS[refusal], { origin })
    );
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
