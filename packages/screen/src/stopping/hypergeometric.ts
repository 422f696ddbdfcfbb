/**
 * The hypergeometric distribution's lower tail, for the stopping aid: drawing n records without replacement from M of
 * which K are relevant, the probability of at most k relevant ones,
 *
 *   P(X ≤ k) = Σ_{x = max(0, n − (M − K))}^{k} C(K, x)·C(M − K, n − x) / C(M, n)
 *
 * with the binomial coefficients in logs (log-factorials from Stirling's series past 255, exact sums below).
 */

const TABLE = (() => {
  const t = new Float64Array(256);
  for (let i = 2; i < 256; i++) t[i] = t[i - 1] + Math.log(i);
  return t;
})();

/** ln(n!) for a whole n ≥ 0 (Stirling's series with three correction terms past 255; error below 1e-15 relative). */
export function logFactorial(n: number): number {
  if (n < 256) return TABLE[n];
  const inv = 1 / n;
  const inv2 = inv * inv;
  return n * Math.log(n) - n + 0.5 * Math.log(2 * Math.PI * n) + inv * (1 / 12 - inv2 * (1 / 360 - inv2 / 1260));
}

function logChoose(n: number, k: number): number {
  return logFactorial(n) - logFactorial(k) - logFactorial(n - k);
}

/**
 * P(X ≤ k) for X ~ Hypergeometric(population M, successes K, draws n).
 *
 * @example
 * hypergeometricCdf(0, 10, 2, 3); // C(8,3)/C(10,3) = 56/120 = 0.4667
 */
export function hypergeometricCdf(k: number, M: number, K: number, n: number): number {
  const lo = Math.max(0, n - (M - K));
  const hi = Math.min(k, K, n);
  if (hi < lo) return 0;
  if (k >= Math.min(K, n)) return 1;
  const base = logChoose(M, n);
  let p = 0;
  for (let x = lo; x <= hi; x++) p += Math.exp(logChoose(K, x) + logChoose(M - K, n - x) - base);
  return Math.min(1, p);
}
