/**
 * From text to the words features are made of: Unicode NFKC, lower case, runs of letters and digits (so "æ", "ø" and
 * "å" stay inside words and hyphens split "double-blind" into two words that the bigrams join again), with single
 * characters and pure numbers dropped: doses, years and counts say little about a topic and inflate the vocabulary.
 */

const WORD = /[\p{L}\p{N}]+/gu;
const DIGITS = /^\p{N}+$/u;

/**
 * The words of `text`, lower-cased, in order.
 *
 * @example
 * words('Double-blind RCT of 40 patients: Æblet'); // ['double', 'blind', 'rct', 'of', 'patients', 'æblet']
 */
export function words(text: string): string[] {
  const out: string[] = [];
  for (const m of text.normalize('NFKC').toLowerCase().matchAll(WORD)) {
    const w = m[0];
    if (w.length > 1 && !DIGITS.test(w)) out.push(w);
  }
  return out;
}
