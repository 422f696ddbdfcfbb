/**
 * Words that one title has in place of another's: "… in adult patients" against "… in adolescent patients",
 * "… plasma therapy-sensitive" against "… plasma therapy-resistant". Two records of one publication differ in
 * spelling, punctuation, a dropped or added subtitle or a database's note; a content word exchanged for an unrelated
 * one is the mark of two publications from the same project, however alike the rest of the title is. Words left over
 * on both sides are paired when they are spelled alike (Jaro–Winkler ≥ 0.8, a typo or a variant) or one contains the
 * other (a compound split or joined); what is left unpaired on both sides is exchanged.
 */
import { jaroWinkler } from './jaro-winkler.js';
import type { MatchRecord } from './prepare.js';

const ALIKE = 0.8;

/** A content word: three letters or more, no digits (numbers are compared separately, letters alone say little). */
const isWord = (w: string): boolean => w.length >= 3 && !/\d/.test(w);

function alike(x: string, y: string): boolean {
  if (x.length >= 3 && y.length >= 3 && (x.includes(y) || y.includes(x))) return true;
  return jaroWinkler(x, y) >= ALIKE;
}

/**
 * Pairs of words exchanged between two prepared records' titles (words of three letters or more; numbers are
 * compared separately).
 * @example
 * const cache = newPrepareCache();
 * const a = prepareRecord({ ...record, title: 'Eculizumab in adult patients' }, 0, cache);
 * const b = prepareRecord({ ...record, title: 'Eculizumab in adolescent patients' }, 1, cache);
 * exchangedWords(a, b); // → [['adult', 'adolescent']]
 */
export function exchangedWords(a: MatchRecord, b: MatchRecord): [string, string][] {
  const onlyA: string[] = [];
  const onlyB: string[] = [];
  const x = a.titleWords;
  const y = b.titleWords;
  let i = 0;
  let j = 0;
  while (i < x.length || j < y.length) {
    if (j >= y.length || (i < x.length && x[i] < y[j])) {
      const w = a.wordList[x[i]];
      if (isWord(w)) onlyA.push(w);
      i++;
    } else if (i >= x.length || y[j] < x[i]) {
      const w = b.wordList[y[j]];
      if (isWord(w)) onlyB.push(w);
      j++;
    } else {
      i++;
      j++;
    }
  }
  if (onlyA.length === 0 || onlyB.length === 0) return [];
  const usedB = new Uint8Array(onlyB.length);
  const leftA: string[] = [];
  for (const w of onlyA) {
    const k = onlyB.findIndex((v, n) => usedB[n] === 0 && alike(w, v));
    if (k >= 0) usedB[k] = 1;
    else leftA.push(w);
  }
  const leftB = onlyB.filter((_, n) => usedB[n] === 0);
  const n = Math.min(leftA.length, leftB.length);
  return Array.from({ length: n }, (_, k): [string, string] => [leftA[k], leftB[k]]);
}
