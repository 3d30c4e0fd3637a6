/**
 * The ECB euro reference rates from the rate service (Frankfurter v1), as far as they are in memory: the
 * rules are applied by ../ecb/resolve.ts; what is missing is reported as pending so that one batch of
 * requests fetches it (src/functions/ecbClient.ts), and after a failed fetch the source passes, saying why.
 */
import { isoDateFromDayNumber } from "../../dates/dayNumber";
import { englishText, msg, type MessageText } from "../../messages/text";
import { isFresh, type YearEntry } from "../ecb/cache";
import { ECB_BASE, isEcbCurrency } from "../ecb/currencies";
import { resolveEcbRate, type ResolveContext } from "../ecb/resolve";
import type { YearKey } from "../ecb/yearKey";
import { notAvailable } from "../lookup";
import { RULE_NAMES } from "../rules";
import type { RateQuery, RateSource, SourceAnswer } from "./source";

const MS_PER_DAY = 86400000;

export interface LiveContext extends ResolveContext {
  /** The service's base URL, named in the citation. */
  baseUrl: string;
  /** Why a (currency, year) could not be fetched, if it could not; else the last failure, if any. */
  failureFor(keys: readonly YearKey[]): { reason: string; text?: MessageText } | undefined;
}

const againstEur = (q: RateQuery): boolean => q.from === ECB_BASE || q.to === ECB_BASE;

function source(ctx: LiveContext, q: RateQuery): string {
  const what = againstEur(q)
    ? "ECB euro reference rate"
    : "ECB euro reference rates (cross rate through EUR)";
  return `${what} via ${ctx.baseUrl}`;
}

/** `source` as a message. */
function citation(ctx: LiveContext, q: RateQuery): MessageText {
  return msg(againstEur(q) ? "citation.ecbLive" : "citation.ecbLiveCross", {
    service: ctx.baseUrl,
  });
}

const LIVE = msg("citation.live");

/**
 * Whether the rate came from the network in this session or from the browser's storage, in English and as
 * a message.
 */
function retrieval(
  ctx: LiveContext,
  entry: YearEntry | undefined
): { retrieval: string; retrievalText: MessageText } {
  if (entry === undefined || (entry.origin === "live" && isFresh(entry, ctx.nowMs)))
    return { retrieval: "live", retrievalText: LIVE };
  const fetched = isoDateFromDayNumber(Math.floor(entry.fetchedAtMs / MS_PER_DAY));
  return {
    retrieval: `cached, fetched ${fetched}`,
    retrievalText: msg("citation.cached", { day: { isoDate: fetched } }),
  };
}

/** The service has no rate for the query: the next source is asked. */
function passed(text: MessageText): SourceAnswer & { kind: "passed" } {
  return { kind: "passed", text };
}

export function ecbLiveSource(ctx: LiveContext): RateSource {
  return {
    name: "ECB live",
    answer(q: RateQuery): SourceAnswer {
      if (!isEcbCurrency(q.from) || !isEcbCurrency(q.to)) {
        return passed(msg("rates.ecbNoPair", { pair: `${q.from}/${q.to}` }));
      }
      const answer = resolveEcbRate(ctx, q.from, q.to, q.latest ? null : q.day, q.rule);
      switch (answer.kind) {
        case "found": {
          const how = retrieval(ctx, answer.entry);
          return {
            ok: true,
            rate: answer.rate,
            fullRate: answer.fullRate,
            digits: answer.digits,
            dateUsed: isoDateFromDayNumber(answer.day),
            dayUsed: answer.day,
            dayAsked: q.day,
            source: source(ctx, q),
            citation: citation(ctx, q),
            rule: RULE_NAMES[q.rule],
            retrieval: how.retrieval,
            retrievalText: how.retrievalText,
            sourceName: "ECB live",
          };
        }
        case "no-rate":
          return { kind: "refused", error: notAvailable("no-rate", answer.text) };
        case "missing": {
          if (!ctx.acceptStale && answer.keys.length > 0)
            return { kind: "pending", keys: answer.keys };
          // Why, in the cell's language where the client wrote it as a message; the source text keeps
          // English, the citation the message.
          const failure = ctx.failureFor(answer.keys);
          const notFetched = msg("rates.ecbNotFetched");
          const why = failure ? (failure.text ?? failure.reason) : notFetched;
          return {
            kind: "passed",
            text: msg("rates.ecbUnavailable", { failure: why }),
            failure: { reason: failure?.reason ?? englishText(notFetched), text: why },
          };
        }
        case "outside":
          return passed(
            msg("rates.ecbServiceNoRate", {
              reason: answer.text,
            })
          );
      }
    },
    newestDay: (from, to) =>
      isEcbCurrency(from) && isEcbCurrency(to) ? newestInCache(ctx, from, to) : NaN,
  };
}

/** The newest day in memory with a rate for both currencies (NaN when none is in memory). */
function newestInCache(ctx: LiveContext, from: string, to: string): number {
  const found = resolveEcbRate({ ...ctx, acceptStale: true }, from, to, null, 0);
  return found.kind === "found" ? found.day : NaN;
}
