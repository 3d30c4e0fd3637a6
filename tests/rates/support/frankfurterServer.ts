/**
 * A Frankfurter server on 127.0.0.1 (random port) that speaks exactly the routes of the real one
 * (repository lineofflight/frankfurter: lib/app.rb mounts lib/versions/v1.rb under /v1; the quotes are
 * lib/versions/v1/quote/end_of_day.rb and interval.rb, the parameters lib/versions/v1/query.rb):
 *   /v1/latest, /v1/current                        the last working day up to today
 *   /v1/2021-03-09                                 the last working day on or before that date
 *   /v1/2021-01-01..2021-12-31, /v1/2021-01-01..   the working days of the range (to today when open)
 *   /v1/currencies                                 {code: name}
 * with `from`/`base`, `to`/`symbols` and `amount`. No data: 404 {"message":"not found"}; a bad date, a bad
 * amount or from = to: 422 {"message": ...} (v1's error_handler). Any other path, including the old
 * unversioned ones: 404. There is a request log, a delay, a forced status and a way to stop answering.
 *
 * `startMovedOrigin` stands in for the old api.frankfurter.app: every request gets a 301 to the same path
 * under another origin, without CORS headers. Both serve https when given a certificate.
 */
import http from "http";
import https from "https";
import type { AddressInfo } from "net";
import {
  FIXTURE_CODES,
  dayNumberOf,
  fixtureRate,
  isEcbWorkingDay,
  isoOf,
  type RateOverrides,
} from "./frankfurterFixture";

export interface FrankfurterServer {
  /** The base URL a client uses: origin + "/v1". */
  url: string;
  origin: string;
  /** Every request path (with query) in order. */
  requests: string[];
  delayMs: number;
  status: number;
  overrides: RateOverrides;
  close(): Promise<void>;
}

type Reply = [number, unknown];

const NOT_FOUND: Reply = [404, { message: "not found" }];
const ECB_FIRST_DAY = dayNumberOf("1999-01-04");

/** v1's Roundable#round, for rates rebased to another currency than EUR. */
function roundLikeV1(value: number): number {
  if (value > 5000) return Math.round(value);
  const decimals = value > 80 ? 2 : value > 20 ? 3 : value > 1 ? 4 : value > 0.0001 ? 5 : 6;
  return Number(value.toFixed(decimals));
}

/** Query.build: `from`/`base`, `to`/`symbols`, `amount`; a string is an error message (422). */
function readQuery(
  query: URLSearchParams
): { base: string; symbols?: string[]; amount: number } | string {
  const base = (query.get("from") ?? query.get("base") ?? "EUR").toUpperCase();
  const to = query.get("to") ?? query.get("symbols");
  const symbols = to === null ? undefined : to.toUpperCase().split(",");
  let amount = 1;
  if (query.get("amount") !== null) {
    amount = Number.parseFloat(query.get("amount") as string);
    if (!(amount > 0)) return "invalid amount";
  }
  if (symbols && symbols.length === 1 && symbols[0] === base) return "bad currency pair";
  return { base, symbols, amount };
}

/** Date.parse of Ruby: a date that does not exist is an error. */
function readDate(iso: string): number | undefined {
  const day = dayNumberOf(iso);
  return Number.isFinite(day) && isoOf(day) === iso ? day : undefined;
}

/** One day's quote as Base#prepare_rates and #rebase_rates make it; undefined when nothing is left. */
function quoteOn(
  day: number,
  q: { base: string; symbols?: string[]; amount: number },
  overrides: RateOverrides
): Record<string, number> | undefined {
  const wanted = (code: string) => !q.symbols || q.symbols.includes(code) || code === q.base;
  const perEur: Record<string, number> = {};
  for (const code of FIXTURE_CODES)
    if (wanted(code)) perEur[code] = fixtureRate(code, day, overrides);
  if (q.base === "EUR") {
    const out: Record<string, number> = {};
    for (const [code, rate] of Object.entries(perEur))
      out[code] = q.amount === 1 ? rate : roundLikeV1(q.amount * rate);
    return Object.keys(out).length > 0 ? out : undefined;
  }
  if (!q.symbols || q.symbols.includes("EUR")) perEur.EUR = 1;
  const divisor = perEur[q.base];
  delete perEur[q.base];
  if (divisor === undefined || Object.keys(perEur).length === 0) return undefined;
  const out: Record<string, number> = {};
  for (const code of Object.keys(perEur).sort())
    out[code] = roundLikeV1((q.amount * perEur[code]) / divisor);
  return out;
}

function today(): number {
  return Math.floor(Date.now() / 86400000);
}

function endOfDay(day: number, query: URLSearchParams, overrides: RateOverrides): Reply {
  const q = readQuery(query);
  if (typeof q === "string") return [422, { message: q }];
  let d = Math.min(day, today());
  while (d >= ECB_FIRST_DAY && !isEcbWorkingDay(d)) d--;
  const rates = d >= ECB_FIRST_DAY ? quoteOn(d, q, overrides) : undefined;
  if (!rates) return NOT_FOUND;
  return [200, { amount: q.amount, base: q.base, date: isoOf(d), rates }];
}

function interval(
  start: number,
  end: number,
  query: URLSearchParams,
  overrides: RateOverrides
): Reply {
  const q = readQuery(query);
  if (typeof q === "string") return [422, { message: q }];
  const rates: Record<string, Record<string, number>> = {};
  for (let d = Math.max(start, ECB_FIRST_DAY); d <= Math.min(end, today()); d++) {
    const quote = isEcbWorkingDay(d) ? quoteOn(d, q, overrides) : undefined;
    if (quote) rates[isoOf(d)] = quote;
  }
  const days = Object.keys(rates);
  if (days.length === 0) return NOT_FOUND;
  return [
    200,
    { amount: q.amount, base: q.base, start_date: days[0], end_date: days[days.length - 1], rates },
  ];
}

/** The routes of lib/versions/v1.rb, under /v1 (lib/app.rb). */
function answer(pathname: string, query: URLSearchParams, overrides: RateOverrides): Reply {
  const match = /^\/v1\/(.*)$/.exec(pathname);
  if (!match) return NOT_FOUND;
  const path = match[1];
  if (path === "latest" || path === "current") return endOfDay(today(), query, overrides);
  if (path === "currencies") {
    return [200, Object.fromEntries(FIXTURE_CODES.map((c) => [c, `${c} (fixture)`]))];
  }
  const single = /^(\d{4}-\d{2}-\d{2})$/.exec(path);
  if (single) {
    const day = readDate(single[1]);
    return day === undefined ? [422, { message: "invalid date" }] : endOfDay(day, query, overrides);
  }
  const range = /^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})?$/.exec(path);
  if (range) {
    const start = readDate(range[1]);
    const end = range[2] === undefined ? today() : readDate(range[2]);
    if (start === undefined || end === undefined) return [422, { message: "invalid date" }];
    return interval(start, end, query, overrides);
  }
  return NOT_FOUND;
}

/** A certificate to serve https with (tests/support/throwawayCertificate.ts); plain http without. */
export interface Tls {
  key: Buffer;
  cert: Buffer;
}

function createServer(tls: Tls | undefined, handler: http.RequestListener): http.Server {
  return tls ? https.createServer(tls, handler) : http.createServer(handler);
}

async function listen(server: http.Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return `${server instanceof https.Server ? "https" : "http"}://127.0.0.1:${port}`;
}

function closer(server: http.Server): () => Promise<void> {
  return () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
}

export async function startFrankfurterServer(tls?: Tls): Promise<FrankfurterServer> {
  const state = { delayMs: 0, status: 200, overrides: {} as RateOverrides };
  const requests: string[] = [];
  const server = createServer(tls, (req, res) => {
    requests.push(req.url ?? "");
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const reply = () => {
      if (res.destroyed) return;
      const [status, body] =
        state.status === 200
          ? answer(url.pathname, url.searchParams, state.overrides)
          : [state.status, { message: "fixture: forced error" }];
      // lib/app.rb: Rack::Cors allows every origin.
      res.writeHead(status, {
        "content-type": "application/json; charset=utf-8",
        "access-control-allow-origin": "*",
      });
      res.end(JSON.stringify(body));
    };
    if (state.delayMs > 0) setTimeout(reply, state.delayMs).unref();
    else reply();
  });
  const origin = await listen(server);
  return {
    url: `${origin}/v1`,
    origin,
    requests,
    get delayMs() {
      return state.delayMs;
    },
    set delayMs(ms: number) {
      state.delayMs = ms;
    },
    get status() {
      return state.status;
    },
    set status(code: number) {
      state.status = code;
    },
    get overrides() {
      return state.overrides;
    },
    set overrides(o: RateOverrides) {
      state.overrides = o;
    },
    close: closer(server),
  };
}

/** An origin that has moved: every request gets a 301 to `targetBase` + the path, with no CORS header. */
export async function startMovedOrigin(
  targetBase: string,
  tls?: Tls
): Promise<{ url: string; requests: string[]; close(): Promise<void> }> {
  const requests: string[] = [];
  const server = createServer(tls, (req, res) => {
    requests.push(req.url ?? "");
    res.writeHead(301, { location: targetBase.replace(/\/+$/, "") + (req.url ?? "/") });
    res.end();
  });
  const url = await listen(server);
  return { url, requests, close: closer(server) };
}

/** A loopback port with nothing listening: connections to it are refused. */
export async function refusedUrl(): Promise<string> {
  const server = http.createServer();
  const url = await listen(server);
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return url;
}
