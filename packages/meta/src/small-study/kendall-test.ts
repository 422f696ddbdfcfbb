/**
 * The test of Kendall's τ = 0 as metafor's ranktest runs it (R's cor.test, method "kendall", exact = TRUE, no
 * continuity correction): the exact null distribution when there are no ties, otherwise the normal approximation
 * z = S/√Var(S) with the tie-corrected variance (Kendall & Gibbons 1990, Rank Correlation Methods):
 *
 *   Var(S) = [n(n−1)(2n+5) − Σt(t−1)(2t+5) − Σu(u−1)(2u+5)]/18
 *          + Σt(t−1)·Σu(u−1) / (2n(n−1)) + Σt(t−1)(t−2)·Σu(u−1)(u−2) / (9n(n−1)(n−2))
 *
 * over the sizes t of tied groups in x and u in y. Beyond n = 170 R's exact counts overflow and metafor reports
 * NaN; the normal approximation, accurate to about three decimals there, is used instead.
 */
import { pnorm } from '../distributions.js';
import { kendallExactPValue } from './kendall-exact.js';
import type { KendallStatistic } from './kendall-tau.js';

/** Largest n for which R computes the exact distribution (its counts reach n! and overflow beyond). */
export const EXACT_MAX_N = 170;

export interface KendallTest {
  pval: number;
  method: 'exact' | 'normal';
}

function sumOver(sizes: readonly number[], f: (t: number) => number): number {
  return sizes.reduce((s, t) => s + f(t), 0);
}

/**
 * @example
 * kendallTest(kendall([1, 2, 3, 4, 5], [2, 1, 4, 3, 5])); // → { pval: 0.2333, method: 'exact' }
 */
export function kendallTest(k: KendallStatistic): KendallTest {
  const { n, s, xTies, yTies } = k;
  if (xTies.length === 0 && yTies.length === 0 && n <= EXACT_MAX_N) {
    return { pval: kendallExactPValue(s, n), method: 'exact' };
  }
  const pair = (t: number) => t * (t - 1);
  const v0 = n * (n - 1) * (2 * n + 5);
  const vt = sumOver(xTies, (t) => pair(t) * (2 * t + 5));
  const vu = sumOver(yTies, (u) => pair(u) * (2 * u + 5));
  const v1 = sumOver(xTies, pair) * sumOver(yTies, pair);
  const v2 = sumOver(xTies, (t) => pair(t) * (t - 2)) * sumOver(yTies, (u) => pair(u) * (u - 2));
  // With n = 2 the last term is 0/0; no group of three ties exists then, so it is 0.
  const variance = (v0 - vt - vu) / 18 + v1 / (2 * n * (n - 1)) + (v2 === 0 ? 0 : v2 / (9 * n * (n - 1) * (n - 2)));
  const z = s / Math.sqrt(variance);
  return { pval: 2 * Math.min(pnorm(z), pnorm(-z)), method: 'normal' };
}
