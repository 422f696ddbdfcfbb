/**
 * The exact null distribution of Kendall's statistic for n untied pairs: the number T of concordant pairs is
 * distributed as the number of inversions of a random permutation, so with P₁(0) = 1,
 * Pₘ(t) = (1/m)·Σ_{i=0}^{min(t, m−1)} Pₘ₋₁(t − i) (the m-th element adds 0…m − 1 inversions with equal chance;
 * Kendall & Gibbons 1990, Rank Correlation Methods). Probabilities rather than counts are carried, so nothing
 * overflows for large n (R's counts exceed the double range beyond n = 170), and only t ≤ q is ever needed.
 */

/**
 * P(T ≤ q) for n untied pairs.
 * @example
 * kendallCdf(0, 4); // → 1/24: only the identity permutation has no inversion
 */
export function kendallCdf(q: number, n: number): number {
  const max = (n * (n - 1)) / 2;
  if (q < 0) return 0;
  if (q >= max) return 1;
  const p = new Float64Array(q + 1);
  p[0] = 1;
  const prefix = new Float64Array(q + 2);
  for (let m = 2; m <= n; m++) {
    for (let t = 0; t <= q; t++) prefix[t + 1] = prefix[t] + p[t];
    for (let t = 0; t <= q; t++) p[t] = (prefix[t + 1] - prefix[Math.max(0, t - m + 1)]) / m;
  }
  let cdf = 0;
  for (let t = 0; t <= q; t++) cdf += p[t];
  return Math.min(1, cdf);
}

/**
 * Two-sided exact p-value of S (concordant − discordant pairs) for n untied pairs, as R's cor.test(exact = TRUE):
 * twice the smaller tail at T = (S + n₀)/2 concordant pairs, the upper tail taken by symmetry, at most 1.
 */
export function kendallExactPValue(s: number, n: number): number {
  const n0 = (n * (n - 1)) / 2;
  const concordant = Math.round((s + n0) / 2);
  const tail = concordant > n0 / 2 ? kendallCdf(n0 - concordant, n) : kendallCdf(concordant, n);
  return Math.min(1, 2 * tail);
}
