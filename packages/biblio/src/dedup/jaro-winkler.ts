/**
 * Jaro–Winkler similarity, for short strings such as family names where a typo ("Ornskov"/"Omskov") or a dropped
 * letter should still match. Jaro (1989, J Am Stat Assoc 84:414) counts characters that agree within a window of
 * ⌊max(|a|,|b|)/2⌋ − 1 and the transpositions t among them: J = (m/|a| + m/|b| + (m − t/2)/m) / 3. Winkler (1990)
 * raises it for a common prefix of ℓ ≤ 4 characters: JW = J + ℓ·p·(1 − J) with p = 0.1.
 */

/**
 * @example
 * jaroWinkler('martha', 'marhta'); // → 0.9611 (rounded)
 * jaroWinkler('ornskov', 'omskov'); // → 0.8643 (rounded)
 */
export function jaroWinkler(a: string, b: string): number {
  if (a === b) return 1;
  if (a.length === 0 || b.length === 0) return 0;
  const window = Math.max(0, Math.floor(Math.max(a.length, b.length) / 2) - 1);
  const matchedB = new Uint8Array(b.length);
  const matchedA = new Uint8Array(a.length);
  let m = 0;
  for (let i = 0; i < a.length; i++) {
    const lo = Math.max(0, i - window);
    const hi = Math.min(b.length - 1, i + window);
    for (let j = lo; j <= hi; j++) {
      if (matchedB[j] === 0 && a.charCodeAt(i) === b.charCodeAt(j)) {
        matchedA[i] = 1;
        matchedB[j] = 1;
        m++;
        break;
      }
    }
  }
  if (m === 0) return 0;
  let t = 0;
  for (let i = 0, j = 0; i < a.length; i++) {
    if (matchedA[i] === 0) continue;
    while (matchedB[j] === 0) j++;
    if (a.charCodeAt(i) !== b.charCodeAt(j)) t++;
    j++;
  }
  const jaro = (m / a.length + m / b.length + (m - t / 2) / m) / 3;
  let prefix = 0;
  while (prefix < 4 && prefix < a.length && prefix < b.length && a[prefix] === b[prefix]) prefix++;
  return jaro + prefix * 0.1 * (1 - jaro);
}
