/**
 * The rules for a day without a published rate (weekend, holiday, gap in a source), shared by every
 * source of rates:
 *   previous (default): the last published day before it;  next: the first after it;  exact: no rate.
 * A rate more than MAX_RATE_DISTANCE_DAYS calendar days from the date asked is never used: the answer is
 * an error that says where the newest (or nearest) rate is, not a stale rate carried forward.
 */

export type RateRule = "previous" | "next" | "exact";

export const RULE_PREVIOUS = 0;
export const RULE_NEXT = 1;
export const RULE_EXACT = 2;
export type RuleCode = typeof RULE_PREVIOUS | typeof RULE_NEXT | typeof RULE_EXACT;
/** The rules by their codes (RULE_PREVIOUS...). */
export const RULE_NAMES: readonly RateRule[] = ["previous", "next", "exact"];

/**
 * The longest ECB closure (Good Friday to Easter Monday) leaves four days without a rate; a week covers
 * every regular gap, and anything longer means the source has stopped or has a hole.
 */
export const MAX_RATE_DISTANCE_DAYS = 7;

/** "previous" when omitted; case and surrounding spaces do not matter; -1 for anything else. */
export function parseRule(rule: unknown): RuleCode | -1 {
  if (rule === undefined || rule === null || rule === "") return RULE_PREVIOUS;
  if (typeof rule !== "string") return -1;
  // The names as written (nearly every call) need no trimming or case folding.
  if (rule === "previous") return RULE_PREVIOUS;
  if (rule === "next") return RULE_NEXT;
  if (rule === "exact") return RULE_EXACT;
  return parseRuleAsTyped(rule);
}

/** A rule with other case or spaces, apart so that the common path stays small enough to inline. */
function parseRuleAsTyped(rule: string): RuleCode | -1 {
  const index = RULE_NAMES.indexOf(rule.trim().toLowerCase() as RateRule);
  return index < 0 ? -1 : (index as RuleCode);
}

/** The walking direction of a rule: back, forward, or none (exact). */
export function ruleStep(rule: RuleCode): -1 | 0 | 1 {
  return rule === RULE_PREVIOUS ? -1 : rule === RULE_NEXT ? 1 : 0;
}
