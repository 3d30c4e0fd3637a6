/**
 * A Frankfurter-compatible server on 127.0.0.1 (random port) serving the fixture rates, with a request
 * log, a configurable delay and status, and a way to stop answering (connection refused).
 *   /2021-01-01..2021-12-31?from=EUR&to=USD,GBP   the range (working days only)
 *   /2021-03-09?from=EUR&to=USD                   one date: the last working day on or before it
 *   /latest?from=EUR&to=USD                       the latest working day up to today
 */
import http from "http";
import type { AddressInfo } from "net";
import {
  dayNumberOf,
  fixtureRate,
  isEcbWorkingDay,
  isoOf,
  type RateOverrides,
} from "./frankfurterFixture";

export interface FrankfurterServer {
  url: string;
  /** Every request path (with query) in order. */
  requests: string[];
  delayMs: number;
  status: number;
  overrides: RateOverrides;
  close(): Promise<void>;
}

const ISO = /^\d{4}-\d{2}-\d{2}$/;

function ratesOn(codes: string[], day: number, overrides: RateOverrides): Record<string, number> {
  const out: Record<string, number> = {};
  for (const code of codes) out[code] = fixtureRate(code, day, overrides);
  return out;
}

function answer(
  pathname: string,
  query: URLSearchParams,
  overrides: RateOverrides
): [number, unknown] {
  if (query.get("from") && query.get("from") !== "EUR")
    return [422, { message: "fixture: from=EUR only" }];
  const codes = (query.get("to") ?? "USD,GBP,JPY,CHF,SEK")
    .split(",")
    .filter((c) => /^[A-Z]{3}$/.test(c));
  const today = Math.floor(Date.now() / 86400000);
  const lastWorkingDay = (day: number) => {
    let d = Math.min(day, today);
    while (!isEcbWorkingDay(d)) d--;
    return d;
  };
  const path = pathname.replace(/^\//, "");
  const range = /^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})?$/.exec(path);
  if (range) {
    const start = dayNumberOf(range[1]);
    const end = Math.min(range[2] ? dayNumberOf(range[2]) : today, today);
    const rates: Record<string, Record<string, number>> = {};
    for (let d = start; d <= end; d++)
      if (isEcbWorkingDay(d)) rates[isoOf(d)] = ratesOn(codes, d, overrides);
    const days = Object.keys(rates);
    if (days.length === 0) return [404, { message: "not found" }];
    return [
      200,
      { amount: 1.0, base: "EUR", start_date: days[0], end_date: days[days.length - 1], rates },
    ];
  }
  if (path === "latest" || ISO.test(path)) {
    const day = lastWorkingDay(path === "latest" ? today : dayNumberOf(path));
    return [
      200,
      { amount: 1.0, base: "EUR", date: isoOf(day), rates: ratesOn(codes, day, overrides) },
    ];
  }
  return [404, { message: "not found" }];
}

export async function startFrankfurterServer(): Promise<FrankfurterServer> {
  const state = { delayMs: 0, status: 200, overrides: {} as RateOverrides };
  const requests: string[] = [];
  const server = http.createServer((req, res) => {
    requests.push(req.url ?? "");
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const reply = () => {
      if (res.destroyed) return;
      const [status, body] =
        state.status === 200
          ? answer(url.pathname, url.searchParams, state.overrides)
          : [state.status, { message: "fixture: forced error" }];
      res.writeHead(status, {
        "content-type": "application/json",
        "access-control-allow-origin": "*",
      });
      res.end(JSON.stringify(body));
    };
    if (state.delayMs > 0) setTimeout(reply, state.delayMs).unref();
    else reply();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
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
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A loopback port with nothing listening: connections to it are refused. */
export async function refusedUrl(): Promise<string> {
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}`;
}
