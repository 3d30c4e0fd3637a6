/**
 * The rate chain: a look-up asks the sources in order of trust (pins of the workbook, the ECB service,
 * an imported ECB history file, the bundled rates) and takes the first answer. When none has a rate, the
 * error names the newest rate each source has and what to do.
 */
import { isoDateFromDayNumber } from "../../dates/dayNumber";
import { notAvailable, sameCurrency, withSource, type RateError, type RateFound } from "../lookup";
import type { YearKey } from "../ecb/yearKey";
import type { MessageKey } from "../../messages/en";
import { listText, msg, type MessageText } from "../../messages/text";
import type { RateQuery, RateSource, SourceFailure, SourceName } from "./source";

/**
 * The first source's record (named by it; with `fallback` when a more trusted source could not be
 * reached), the rates a source must fetch first, or why no source has a rate. A found record is the
 * source's own unless there is a fallback to cite: no wrapper per look-up.
 */
export type ChainAnswer = RateFound | RateError | { kind: "pending"; keys: YearKey[] };

export function lookUpInChain(sources: readonly RateSource[], query: RateQuery): ChainAnswer {
  if (query.from === query.to) return sameCurrency(query.from, query.day, query.rule);
  // Why the last source that had nothing passed (the message names it), and why a more trusted one could
  // not be reached, if one could not (in English for the citation, and as the source said it).
  let why: MessageText | undefined;
  let fallback: SourceFailure | undefined;
  let failed: MessageText | undefined;
  for (const source of sources) {
    const answer = source.answer(query);
    if ("ok" in answer) return fallback === undefined ? answer : withFallback(answer, fallback);
    if (answer.kind === "pending") return answer;
    if (answer.kind === "refused") return answer.error;
    why = answer.text;
    if (answer.failure !== undefined && fallback === undefined) {
      fallback = answer.failure;
      failed = answer.text;
    }
  }
  // A source that could not be reached is named too: that is the first thing to fix.
  if (failed !== undefined && why !== undefined && failed !== why)
    why = msg("rates.reasons", { first: failed, then: why });
  return noSourceHasRate(sources, query, why);
}

/** `found`, citing why a more trusted source stood aside. */
function withFallback(found: RateFound, fallback: SourceFailure): RateFound {
  const cited = withSource(
    found,
    `${found.source} (ECB rates unavailable: ${fallback.reason})`,
    msg("citation.fallback", { cited: found.citation, reason: fallback.text })
  );
  cited.fallback = fallback.reason;
  return cited;
}

/** The answer as a cell gets it: citing how the source had the rate (the pin keeps the source alone). */
export function citingRetrieval(found: RateFound): RateFound {
  return found.retrieval === undefined
    ? found
    : withSource(
        found,
        `${found.source} (${found.retrieval})`,
        msg("citation.retrieved", {
          cited: found.citation,
          retrieval: found.retrievalText ?? found.retrieval,
        })
      );
}

const SOURCE_NAME_KEYS = {
  pinned: "source.pinned",
  "ECB live": "source.ecbLive",
  "ECB file": "source.ecbFile",
  bundled: "source.bundled",
} as const satisfies Record<SourceName, MessageKey>;

function newestText(source: RateSource, query: RateQuery): MessageText {
  const day = source.newestDay(query.from, query.to);
  return msg("rates.newestOfSource", {
    source: msg(SOURCE_NAME_KEYS[source.name]),
    day: Number.isNaN(day) ? msg("rates.newestNone") : { isoDate: isoDateFromDayNumber(day) },
  });
}

function noSourceHasRate(
  sources: readonly RateSource[],
  query: RateQuery,
  why: MessageText = msg("rates.noSourceAvailable")
): RateError {
  const newest = sources.filter((s) => s.name !== "pinned").map((s) => newestText(s, query));
  return notAvailable(
    "no-rate",
    msg("rates.noSource", { why, pair: `${query.from}/${query.to}`, newest: listText(newest) })
  );
}
