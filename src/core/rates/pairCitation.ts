/**
 * Where a pair's bundled rate comes from, in words: the English text (a rate's `source`, which pins store)
 * and the same as a message (its `citation`, which a Sources sheet writes in its language). Apart from the
 * table's layout, so that only the code that answers look-ups carries it.
 */
import { msg, type MessageText } from "../messages/text";
import { SOURCE_FRED, SOURCE_IMF } from "./format";
import type { RateTable } from "./rateTable";

function sourceNames(mask: number): string {
  if ((mask & SOURCE_IMF) !== 0 && (mask & SOURCE_FRED) !== 0) return "IMF/FRED";
  if ((mask & SOURCE_IMF) !== 0) return "IMF";
  return "FRED";
}

function formatFactor(factor: number): string {
  return String(Number(factor.toPrecision(9)));
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
    const mask = table.sourceMask[from] | table.sourceMask[to];
    const crossesUsd = from !== table.baseIndex && to !== table.baseIndex;
    text = `${sourceNames(mask)} daily series via ${table.dataset} (${crossesUsd ? "cross rate through USD" : "USD rate"})`;
    for (const side of [from, to]) {
      const anchor = table.pegAnchor[side];
      if (anchor >= 0) {
        text += `; ${table.codes[side]} at its fixed rate of ${formatFactor(table.multiplier[side])} per ${table.codes[anchor]}`;
      }
    }
  }
  table.pairSource[slot] = text;
  return text;
}

/** "Same currency: 1 X = 1 X" as a message. */
export function sameCurrencyCitation(code: string): MessageText {
  return msg("citation.sameCurrency", { code });
}

/**
 * pairSourceText as a message (its English is that text), for a Sources sheet in another language: made
 * when read, since only the first answer of each source text in a session is asked for it.
 */
export function pairCitation(table: RateTable, from: number, to: number): MessageText {
  if (from === to) return sameCurrencyCitation(table.codes[from]);
  const crossesUsd = from !== table.baseIndex && to !== table.baseIndex;
  let cited = msg(crossesUsd ? "citation.bundledCross" : "citation.bundledUsd", {
    publisher: sourceNames(table.sourceMask[from] | table.sourceMask[to]),
    dataset: table.dataset,
  });
  for (const side of [from, to]) {
    const anchor = table.pegAnchor[side];
    if (anchor >= 0) {
      cited = msg("citation.fixedRate", {
        cited,
        code: table.codes[side],
        // A number, written in the sheet's language: the digits formatFactor keeps.
        factor: Number(table.multiplier[side].toPrecision(9)),
        anchor: table.codes[anchor],
      });
    }
  }
  return cited;
}
