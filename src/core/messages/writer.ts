/**
 * What core needs to word a sentence of the pane without knowing its language: the sentence by key, with
 * its values written in the language's conventions. The edge makes one per language (writerFor in
 * src/i18n/fill.ts); core chooses the sentence and its values, never its words.
 */

/** A value in a sentence: text as it is, a number or an ISO date written in the language's way. */
export type WriterValue = string | number | { isoDate: string };

export interface Writer<K extends string> {
  say(key: K, values?: Readonly<Record<string, WriterValue>>): string;
  /** True where the language says `n` with its singular ("one") form. */
  isOne(n: number): boolean;
  /** A change as a signed percentage with two decimals: "+0.31%", "-0,01 %". */
  signedPercent(fraction: number): string;
}
