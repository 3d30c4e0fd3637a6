/**
 * What every source of rates in the chain answers to. A cell's look-up becomes a RateQuery; each source
 * in order of trust (chain.ts) either answers it, says it has nothing for it and why (the next source is
 * asked), needs rates fetched first (the ECB service), or gives a definite error.
 */
import type { MessageText, MessageValue } from "../../messages/text";
import type { RateError, RateFound } from "../lookup";
import type { RuleCode } from "../rules";
import type { YearKey } from "../ecb/yearKey";

/** The short, stable names that RATEINFO and the task pane show. */
export type SourceName = "pinned" | "ECB live" | "ECB file" | "bundled";

export interface RateQuery {
  /** Upper-case ISO 4217 codes. */
  from: string;
  to: string;
  /** The day asked: the date given, or today for a look-up without a date ("latest"). */
  day: number;
  latest: boolean;
  rule: RuleCode;
}

/**
 * A rate found is the source's record itself (its `ok` is true; the other answers have a `kind`): a
 * look-up makes no wrapper around it.
 */
export type SourceAnswer =
  | RateFound
  /** Rates this source must fetch before it can answer (the ECB service only). */
  | { kind: "pending"; keys: YearKey[] }
  /**
   * Nothing here: the next source is asked. `text` says why, as a message (written in the active language
   * only if a cell shows it); `failure` is set when the source could not be reached (the next source then
   * stands in, citing why: in English as `reason`, and as `text` for a Sources sheet in another language),
   * unset when it simply has no such rate.
   */
  | { kind: "passed"; text: MessageText; failure?: SourceFailure }
  /** A definite answer that no later source may override (the ECB published no rate that day). */
  | { kind: "refused"; error: RateError };

/** Why a source could not be reached: in English, and as the source said it (a message, or English only). */
export interface SourceFailure {
  reason: string;
  text: MessageValue;
}

export interface RateSource {
  readonly name: SourceName;
  answer(query: RateQuery): SourceAnswer;
  /** The newest day with a rate for the pair, for messages; NaN when the source has none. */
  newestDay(from: string, to: string): number;
}
