/**
 * The rate chain: a look-up asks the sources in order of trust (pins of the workbook, the ECB service,
 * an imported ECB history file, the bundled rates) and takes the first answer. When none has a rate, the
 * error names the newest rate each source has and what to do.
 */
import { isoDateFromDayNumber } from "../../dates/dayNumber";
import { notAvailable, sameCurrency, withSource, type RateError, type RateFound } from "../lookup";
import type { YearKey } from "../ecb/yearKey";
import type { RateQuery, RateSource } from "./source";

/**
 * The first source's record (named by it; with `fallback` when a more trusted source could not be
 * reached), the rates a source must fetch first, or why no source has a rate. A found record is the
 * source's own unless there is a fallback to cite: no wrapper per look-up.
 */
export type ChainAnswer = RateFound | RateError | { kind: "pending"; keys: YearKey[] };

const WHAT_TO_DO =
  "Connect to the rate service, or import the ECB's history file (eurofxref-hist.zip) in the task pane.";

export function lookUpInChain(sources: readonly RateSource[], query: RateQuery): ChainAnswer {
  if (query.from === query.to) return sameCurrency(query.from, query.day, query.rule);
  const reasons: string[] = [];
  let fallback: string | undefined;
  for (const source of sources) {
    const answer = source.answer(query);
    if (answer.kind === "found")
      return fallback === undefined ? answer.found : withFallback(answer.found, fallback);
    if (answer.kind === "pending") return answer;
    if (answer.kind === "refused") return answer.error;
    reasons.push(answer.reason);
    fallback ??= answer.failure;
  }
  return noSourceHasRate(sources, query, reasons);
}

/** `found`, citing why a more trusted source stood aside. */
function withFallback(found: RateFound, fallback: string): RateFound {
  const cited = withSource(found, `${found.source} (ECB rates unavailable: ${fallback})`);
  cited.fallback = fallback;
  return cited;
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
