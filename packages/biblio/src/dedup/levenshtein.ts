/**
 * Levenshtein edit distance (insertions, deletions, substitutions; Levenshtein 1966, Sov Phys Dokl 10:707) by Myers'
 * bit-vector algorithm (J ACM 46:395, 1999) in its blocked form for strings longer than a machine word (Hyyrö 2003,
 * "A bit-vector algorithm for computing Levenshtein and Damerau edit distances", Nordic J Computing 10:29). The
 * dynamic-programming table is never filled cell by cell: each column of it is held as bit vectors of the vertical
 * differences (+1 or −1) between neighbouring cells, 32 rows to a number, and one column follows from the last in a
 * dozen word operations per 32 rows. Two 120-character titles cost about 4 × 120 word steps instead of 120².
 * Strings with characters beyond ASCII (never the case for folded titles) take the plain dynamic programme.
 */

const WORD = 32;
let peq = new Int32Array(128 * 4);
let pv = new Int32Array(4);
let mv = new Int32Array(4);

/** The edit distance of two ASCII strings, `a` the shorter, by bit vectors. */
function myers(a: string, b: string): number {
  const m = a.length;
  const blocks = Math.ceil(m / WORD);
  if (pv.length < blocks) {
    pv = new Int32Array(blocks);
    mv = new Int32Array(blocks);
    peq = new Int32Array(128 * blocks);
  }
  // peq[c * blocks + k]: bit i set where a[32k + i] is the character c.
  peq.fill(0, 0, 128 * blocks);
  for (let i = 0; i < m; i++) peq[a.charCodeAt(i) * blocks + (i >>> 5)] |= 1 << (i & 31);
  for (let k = 0; k < blocks; k++) {
    pv[k] = -1; // the first column rises by 1 per row: D[i][0] = i
    mv[k] = 0;
  }
  const lastBit = 1 << ((m - 1) & 31);
  let score = m;
  for (let j = 0; j < b.length; j++) {
    const row = b.charCodeAt(j) * blocks;
    // Horizontal difference entering the top of the column: D[0][j] − D[0][j−1] = +1.
    let hin = 1;
    for (let k = 0; k < blocks; k++) {
      let eq = peq[row + k];
      const p = pv[k];
      const n = mv[k];
      const xv = eq | n;
      if (hin < 0) eq |= 1;
      const xh = ((((eq & p) + p) | 0) ^ p) | eq;
      let ph = n | ~(xh | p);
      let mh = p & xh;
      const top = k === blocks - 1 ? lastBit : 1 << 31;
      const hout = ph & top ? 1 : mh & top ? -1 : 0;
      ph <<= 1;
      mh <<= 1;
      if (hin < 0) mh |= 1;
      else if (hin > 0) ph |= 1;
      pv[k] = mh | ~(xv | ph);
      mv[k] = ph & xv;
      hin = hout;
    }
    score += hin;
  }
  return score;
}

/** The plain dynamic programme, two rows at a time. */
function table(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      cur.push(Math.min(prev[j - 1] + cost, prev[j] + 1, cur[j - 1] + 1));
    }
    prev = cur;
  }
  return prev[b.length];
}

function ascii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 127) return false;
  return true;
}

/**
 * The edit distance between `a` and `b` if it is at most `max`, else `max + 1` (a length difference above `max`
 * answers without computing anything).
 * @example
 * boundedLevenshtein('kitten', 'sitting', 5); // → 3
 * boundedLevenshtein('kitten', 'sitting', 2); // → 3 (more than 2)
 */
export function boundedLevenshtein(a: string, b: string, max: number): number {
  if (a === b) return 0;
  if (a.length > b.length) [a, b] = [b, a];
  if (b.length - a.length > max) return max + 1;
  if (a.length === 0) return b.length;
  const d = ascii(a) && ascii(b) ? myers(a, b) : table(a, b);
  return Math.min(d, max + 1);
}

const counts = new Int32Array(128);

/**
 * The bag distance (Bartolini, Ciaccia & Patella 2002, LNCS 2476:221): max(|A \ B|, |B \ A|) over the two strings'
 * multisets of characters. It never exceeds the edit distance and costs one pass over each string, so it rules out
 * most plainly different pairs before the edit distance is computed.
 * @example
 * bagDistance('kitten', 'sitting'); // → 3
 */
export function bagDistance(a: string, b: string): number {
  counts.fill(0);
  // Characters beyond ASCII share one slot, which only weakens the bound.
  for (let i = 0; i < a.length; i++) counts[a.charCodeAt(i) & 127]++;
  for (let i = 0; i < b.length; i++) counts[b.charCodeAt(i) & 127]--;
  let onlyA = 0;
  let onlyB = 0;
  for (let c = 0; c < 128; c++) {
    if (counts[c] > 0) onlyA += counts[c];
    else onlyB -= counts[c];
  }
  return Math.max(onlyA, onlyB);
}

/**
 * 1 − distance / length of the longer string, or 0 when the similarity would be below `floor` (pairs ruled out by
 * their lengths or their bag distance are not edit-compared at all).
 * @example
 * levenshteinSimilarity('hemolyticuremicsyndrome', 'hemolyticuraemicsyndrome', 0.8); // → 0.9583 (rounded)
 */
export function levenshteinSimilarity(a: string, b: string, floor: number): number {
  const longest = Math.max(a.length, b.length);
  if (longest === 0) return 1;
  const max = Math.floor((1 - floor) * longest);
  if (bagDistance(a, b) > max) return 0;
  const d = boundedLevenshtein(a, b, max);
  return d > max ? 0 : 1 - d / longest;
}
