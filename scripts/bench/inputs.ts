/** The bench's inputs, the same for every side and every process: seeded, so every run draws the same. */

export const CALLS = 100_000;
export const CALLS_FROM = "2016-01-01";
export const CALLS_TO = "2024-11-29";

export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 4294967296;
  };
}

export const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1];

/**
 * CALLS random (from, to, ISO date) inputs between two day numbers. The dates are plain (flat) strings,
 * as a cell value arrives from Excel: text built by concatenation would cost both sides a flattening on
 * first read.
 */
export function callInputs(codes: string[], firstDay: number, lastDay: number) {
  const random = seededRandom(2021);
  const froms: string[] = [];
  const tos: string[] = [];
  const dates: string[] = [];
  for (let i = 0; i < CALLS; i++) {
    froms.push(codes[Math.floor(random() * codes.length)]);
    tos.push(codes[Math.floor(random() * codes.length)]);
    dates.push(
      new Date((firstDay + Math.floor(random() * (lastDay - firstDay + 1))) * 86_400_000)
        .toISOString()
        .slice(0, 10)
    );
  }
  return { froms, tos, dates };
}

/**
 * A journalist's sheet rather than a stress test: CALLS rows that convert between a few pairs at the dates
 * of one year's events, so that many rows share a pair and a date (as rows of seizures in one port do).
 */
export function sheetInputs(firstDay: number) {
  const random = seededRandom(2026);
  const pairs = [
    ["EUR", "USD"],
    ["USD", "EUR"],
    ["COP", "EUR"],
    ["BRL", "EUR"],
    ["EUR", "GBP"],
  ];
  const days = Array.from({ length: 250 }, () => firstDay + Math.floor(random() * 365));
  const froms: string[] = [];
  const tos: string[] = [];
  const dates: string[] = [];
  for (let i = 0; i < CALLS; i++) {
    const [from, to] = pairs[Math.floor(random() * pairs.length)];
    froms.push(from);
    tos.push(to);
    dates.push(
      new Date(days[Math.floor(random() * days.length)] * 86_400_000).toISOString().slice(0, 10)
    );
  }
  return { froms, tos, dates };
}
