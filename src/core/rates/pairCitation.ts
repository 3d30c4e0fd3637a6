/**
 * Where a pair's bundled rate comes from, in words: the English text (a rate's `source`, which pins store)
 * and the same as a message (its `citation`, which a Sources sheet writes in its language), both from the
 * same facts and each cached per pair. Apart from the table's layout, so that only the code that answers
 * look-ups carries it.
 */
import { msg, type MessageText } from "../messages/text";
import { SOURCE_FRED, SOURCE_IMF } from "./format";
import type { RateTable } from "./rateTable";

/** What a pair's citation says: who publishes its series, whether it crosses USD, its fixed-rate sides. */
interface PairFacts {
  publisher: string;
  crossesUsd: boolean;
  /** Each side fixed to another currency, with its legal factor (the 9 digits the law writes at most). */
  pegs: { code: string; factor: number; anchor: string }[];
}

function publisherOf(mask: number): string {
  if ((mask & SOURCE_IMF) !== 0 && (mask & SOURCE_FRED) !== 0) return "IMF/FRED";
  if ((mask & SOURCE_IMF) !== 0) return "IMF";
  return "FRED";
}

function pairFacts(table: RateTable, from: number, to: number): PairFacts {
  return {
    publisher: publisherOf(table.sourceMask[from] | table.sourceMask[to]),
    crossesUsd: from !== table.baseIndex && to !== table.baseIndex,
    pegs: [from, to]
      .filter((side) => table.pegAnchor[side] >= 0)
      .map((side) => ({
        code: table.codes[side],
        factor: Number(table.multiplier[side].toPrecision(9)),
        anchor: table.codes[table.pegAnchor[side]],
      })),
  };
}

/** Plain words for where a pair's rate comes from; cached per pair. */
export function pairSourceText(table: RateTable, from: number, to: number): string {
  const slot = from * table.codes.length + to;
  const cached = table.pairSource[slot];
  if (cached !== undefined) return cached;
  let text: string;
  if (from === to) {
    text = `Same currency: 1 ${table.codes[from]} = 1 ${table.codes[to]}`;
  } else {
    const facts = pairFacts(table, from, to);
    text = `${facts.publisher} daily series via ${table.dataset} (${facts.crossesUsd ? "cross rate through USD" : "USD rate"})`;
    for (const peg of facts.pegs)
      text += `; ${peg.code} at its fixed rate of ${peg.factor} per ${peg.anchor}`;
  }
  table.pairSource[slot] = text;
  return text;
}

/** "Same currency: 1 X = 1 X" as a message. */
export function sameCurrencyCitation(code: string): MessageText {
  return msg("citation.sameCurrency", { code });
}

/**
 * pairSourceText as a message (its English is that text), for a Sources sheet in another language; cached
 * per pair, as a fallback citation reads it for every cell.
 */
export function pairCitation(table: RateTable, from: number, to: number): MessageText {
  const slot = from * table.codes.length + to;
  const cached = table.pairCitation[slot];
  if (cached !== undefined) return cached;
  let cited: MessageText;
  if (from === to) {
    cited = sameCurrencyCitation(table.codes[from]);
  } else {
    const facts = pairFacts(table, from, to);
    cited = msg(facts.crossesUsd ? "citation.bundledCross" : "citation.bundledUsd", {
      publisher: facts.publisher,
      dataset: table.dataset,
    });
    // The factor is a number, written in the sheet's language.
    for (const peg of facts.pegs) cited = msg("citation.fixedRate", { cited, ...peg });
  }
  table.pairCitation[slot] = cited;
  return cited;
}
