/**
 * Authors as they are compared: a family name folded to letters without particles or suffixes ("van der Berg" and
 * "Berg", "Wright Jr." and "Wright" agree) and a first initial. Exports garble names in ways that a strict comparison
 * would call different people — "van, Hamont D" for Hamont D van, "Lopez, Rubio M." for Rubio M. L., "Brismar,
 * Wendel S" for Wendel S B — so each author also carries every name word of three or more letters, and two authors
 * match when their family names agree, are one typo apart (Jaro–Winkler ≥ 0.9), or one's family name is one of the
 * other's name words.
 */
import type { Author } from '../record.js';
import { foldText, tokens } from './fold.js';
import { jaroWinkler } from './jaro-winkler.js';

/** An author prepared for matching. */
export interface MatchAuthor {
  /** Family name folded, particles and suffixes removed, without spaces: "vanderberg" → "berg". */
  family: string;
  /** First initial of the given names, or "". */
  initial: string;
  /** Every folded name word of three or more letters (family and given names). */
  words: string[];
}

const PARTICLES = new Set(
  'van von der den de del della di da das dos du le la los las ter ten jr sr ii iii iv junior'.split(' '),
);

/** Authors compared beyond this many are not looked at: agreement on the first ten is evidence enough. */
export const MAX_AUTHORS = 10;

/**
 * @example
 * matchAuthor({ family: 'van der Berg', given: 'J A' }); // → { family: 'berg', initial: 'j', words: ['berg'] }
 * matchAuthor({ family: 'van', given: 'Hamont D' });     // → { family: 'hamont', initial: 'd', words: ['hamont'] }
 */
export function matchAuthor(author: Author): MatchAuthor | undefined {
  if (author.literal) {
    const folded = foldText(author.literal);
    return folded ? { family: folded.replace(/ /g, ''), initial: '', words: [] } : undefined;
  }
  const familyWords = tokens(foldText(author.family ?? '')).filter((w) => !PARTICLES.has(w));
  const givenWords = tokens(foldText(author.given ?? '')).filter((w) => !PARTICLES.has(w));
  if (familyWords.length === 0) {
    // "van, Hamont D": the family name went into the given names.
    const moved = givenWords.findIndex((w) => w.length >= 2);
    if (moved < 0) return undefined;
    familyWords.push(givenWords[moved]);
    givenWords.splice(moved, 1);
  }
  const words = [...familyWords, ...givenWords].filter((w) => w.length >= 3);
  return { family: familyWords.join(''), initial: givenWords[0]?.[0] ?? '', words };
}

/** Prepared authors by family name, then given names. */
export type AuthorMemo = Map<string, Map<string, MatchAuthor | null>>;

/**
 * The first `MAX_AUTHORS` authors of a record, prepared; authors without a usable name are left out. `memo` keeps the
 * prepared form of each name seen (the same names recur across a run's records).
 * @example
 * matchAuthors([{ family: 'Zuna', given: 'R E' }, { literal: 'ALTS Group' }]);
 * // → [{ family: 'zuna', initial: 'r', words: ['zuna'] }, { family: 'altsgroup', initial: '', words: [] }]
 */
export function matchAuthors(authors: readonly Author[], memo?: AuthorMemo): MatchAuthor[] {
  const out: MatchAuthor[] = [];
  for (const a of authors) {
    if (out.length >= MAX_AUTHORS) break;
    let m: MatchAuthor | null | undefined;
    if (memo) {
      // Keyed by family name, then given names (the literal, rare, goes with them), without building a joint key.
      const family = a.family ?? '';
      const given = a.literal === undefined ? (a.given ?? '') : `${a.given ?? ''}\u0001${a.literal}`;
      let byGiven = memo.get(family);
      if (!byGiven) {
        byGiven = new Map();
        memo.set(family, byGiven);
      }
      m = byGiven.get(given);
      if (m === undefined) {
        m = matchAuthor(a) ?? null;
        byGiven.set(given, m);
      }
    } else m = matchAuthor(a);
    if (m) out.push(m);
  }
  return out;
}

/**
 * Whether two authors are plausibly the same person (see the module comment).
 * @example
 * sameAuthor(matchAuthor({ family: 'Schiffman', given: 'M' })!, matchAuthor({ family: 'Schifman', given: 'M' })!); // → true
 * sameAuthor(matchAuthor({ family: 'Wang', given: 'S' })!, matchAuthor({ family: 'Wong', given: 'S' })!);          // → false
 */
export function sameAuthor(a: MatchAuthor, b: MatchAuthor): boolean {
  if (a.family === b.family) return true;
  // A typo in the first letter is rare; requiring it to agree spares most of the Jaro–Winkler computations.
  if (
    a.family.length >= 4 &&
    b.family.length >= 4 &&
    a.family[0] === b.family[0] &&
    jaroWinkler(a.family, b.family) >= 0.9
  )
    return true;
  return (a.family.length >= 3 && b.words.includes(a.family)) || (b.family.length >= 3 && a.words.includes(b.family));
}

/** How two author lists agree. */
export interface AuthorAgreement {
  /** The first authors are the same person. */
  first: boolean;
  /** Authors of the shorter list matched to distinct authors of the longer. */
  matched: number;
  /** Lengths of the two (capped) lists. */
  sizes: [number, number];
}

/**
 * Matches each author of the shorter list to an unused author of the longer one.
 * @example
 * const a = matchAuthors([{ family: 'Zuna', given: 'R E' }, { family: 'Wang', given: 'S S' }]);
 * const b = matchAuthors([{ family: 'Zuna', given: 'R' }, { family: 'Wang', given: 'S' }, { family: 'Solomon' }]);
 * compareAuthors(a, b); // → { first: true, matched: 2, sizes: [2, 3] }
 */
export function compareAuthors(a: readonly MatchAuthor[], b: readonly MatchAuthor[]): AuthorAgreement {
  const sizes: [number, number] = [a.length, b.length];
  if (a.length === 0 || b.length === 0) return { first: false, matched: 0, sizes };
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  const used = new Uint8Array(long.length);
  let matched = 0;
  for (const x of short) {
    for (let j = 0; j < long.length; j++) {
      if (used[j] === 0 && sameAuthor(x, long[j])) {
        used[j] = 1;
        matched++;
        break;
      }
    }
  }
  return { first: sameAuthor(a[0], b[0]), matched, sizes };
}
