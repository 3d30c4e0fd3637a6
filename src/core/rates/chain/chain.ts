/**
 * The rate chain: a look-up asks the sources in order of trust (pins of the workbook, the ECB service,
 * an imported ECB history file, the bundled rates) and takes the first answer. When none has a rate, the
 * error names the newest rate each source has and what to do.
 */
import { isoDateFromDayNumber } from "../../dates/dayNumber";
import {
  SAME_CURRENCY,
  notAvailable,
  sameCurrency,
  type RateError,
  type RateFound,
} from "../lookup";
import type { YearKey } from "../ecb/yearKey";
import type { RateQuery, RateSource, SourceName } from "./source";

export type ChainAnswer =
  | {
      kind: "found";
      found: RateFound;
      sourceName: SourceName | typeof SAME_CURRENCY;
      /** Why an earlier, more trusted source could not be used (it failed), if one could not. */
      fallback?: string;
    }
  | { kind: "pending"; keys: YearKey[] }
  | { kind: "error"; error: RateError };

const WHAT_TO_DO =
  "Connect to the rate service, or import the ECB's history file (eurofxref-hist.zip) in the task pane.";

export function lookUpInChain(sources: readonly RateSource[], query: RateQuery): ChainAnswer {
  if (query.from === query.to) {
    return {
      kind: "found",
      found: sameCurrency(query.from, query.day, query.rule),
      sourceName: SAME_CURRENCY,
    };
  }
  const reasons: string[] = [];
  let fallback: string | undefined;
  for (const source of sources) {
    const answer = source.answer(query);
    if (answer.kind === "found")
      return { kind: "found", found: answer.found, sourceName: source.name, fallback };
    if (answer.kind === "pending") return answer;
    if (answer.kind === "refused") return { kind: "error", error: answer.error };
    reasons.push(answer.reason);
    fallback ??= answer.failure;
  }
  return { kind: "error", error: noSourceHasRate(sources, query, reasons) };
}

function newestText(source: RateSource, query: RateQuery): string {
  const day = source.newestDay(query.from, query.to);
  return `${source.name} ${Number.isNaN(day) ? "none" : isoDateFromDayNumber(day)}`;
}

function noSourceHasRate(
  sources: readonly RateSource[],
  query: RateQuery,
  reasons: string[]
): RateError {
  const newest = sources.filter((s) => s.name !== "pinned").map((s) => newestText(s, query));
  const why = reasons.length > 0 ? reasons[reasons.length - 1] : "No source of rates is available.";
  return notAvailable(
    "no-rate",
    `${why} Newest ${query.from}/${query.to} rate by source: ${newest.join("; ")}. ${WHAT_TO_DO}`
  );
}
