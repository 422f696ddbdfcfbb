/**
 * How alike two prepared titles are, on a 0–1 scale: the larger of the Sørensen–Dice coefficient of their word sets,
 * 2·|A ∩ B| / (|A| + |B|), which ignores word order and stop words, and the Levenshtein similarity of their compact
 * forms, 1 − d / max(|a|, |b|), which forgives typos and split or joined words. Titles that share less than half
 * of their words are not edit-compared at all. Containment (every word of a title of four words or more is in the
 * other) is reported separately: a title with a subtitle or a database's prefix ("MEDICAL PROGRESS …") is then still
 * recognised, and so is a title cut off by a database's length limit.
 */
import { levenshteinSimilarity } from './levenshtein.js';
import type { MatchRecord } from './prepare.js';

export interface TitleSimilarity {
  /** 0 (nothing in common) to 1 (the same words in the same order). */
  value: number;
  /**
   * Every word of the shorter title (four words or more) is in the longer one, or the shorter compact title (30
   * characters or more) starts the longer one (a title cut off by a length limit, or run into its subtitle).
   */
  contained: boolean;
}

/** A compact title at least this long that starts the other one is a cut or extended title, not a different one. */
const PREFIX_FROM = 30;

function isPrefix(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= PREFIX_FROM && long.startsWith(short);
}

/**
 * Below this word overlap the edit distance is not computed: titles sharing less than half their words are different
 * titles unless nearly every word is misspelt, and the edit distance is the costliest step of a comparison.
 */
const EDIT_FROM = 0.5;
/** Edit similarities below this are reported as 0 (the bound keeps the distance computation short). */
const EDIT_FLOOR = 0.6;

/**
 * |A ∩ B| of two sorted arrays of distinct ids.
 * @example
 * sharedWords(Int32Array.of(1, 4, 7), Int32Array.of(2, 4, 7, 9)); // → 2
 */
export function sharedWords(a: Int32Array, b: Int32Array): number {
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      n++;
      i++;
      j++;
    } else if (a[i] < b[j]) i++;
    else j++;
  }
  return n;
}

/**
 * The similarity of two records' titles; undefined when either has none.
 * @example
 * // "Atypical hemolytic-uremic syndrome." against "MEDICAL PROGRESS Atypical Hemolytic-Uremic Syndrome":
 * compareTitles(a, b); // → { value: 0.8, contained: true }
 */
export function compareTitles(a: MatchRecord, b: MatchRecord): TitleSimilarity | undefined {
  if (!a.title || !b.title) return undefined;
  if (a.title.compact === b.title.compact) return { value: 1, contained: true };
  const na = a.titleWords.length;
  const nb = b.titleWords.length;
  const shared = sharedWords(a.titleWords, b.titleWords);
  const dice = (2 * shared) / (na + nb);
  const contained =
    (Math.min(na, nb) >= 4 && shared === Math.min(na, nb)) || isPrefix(a.title.compact, b.title.compact);
  if (dice < EDIT_FROM) return { value: dice, contained };
  // The edit similarity only matters where it beats the word overlap, so the overlap is its floor.
  const edit = levenshteinSimilarity(a.title.compact, b.title.compact, Math.max(EDIT_FLOOR, dice));
  return { value: Math.max(dice, edit), contained };
}
