/**
 * Begg and Mazumdar's rank correlation test for funnel plot asymmetry (Begg & Mazumdar 1994, Biometrics 50:1088;
 * metafor's `ranktest`): Kendall's τ between the standardised effects yᵢ* = (yᵢ − θ̂)/√(vᵢ − v̂) and the sampling
 * variances vᵢ, where θ̂ = Σwᵢyᵢ/Σwᵢ (wᵢ = 1/vᵢ) is the equal-effects estimate and v̂ = 1/Σwᵢ its variance. The test
 * does not depend on the fitted model: moderators, τ² and the test type are ignored, as in metafor.
 */
import { MetaError } from '../errors.js';
import { kendall } from './kendall-tau.js';
import { kendallTest } from './kendall-test.js';

export interface RanktestResult {
  /** Kendall's τ_b. */
  tau: number;
  /** Two-sided p-value of τ = 0. */
  pval: number;
  /** Exact null distribution (no ties, k ≤ 170) or normal approximation. */
  method: 'exact' | 'normal';
  k: number;
}

/**
 * Takes the observed effects and variances, e.g. a fitted model.
 * @example
 * ranktest({ yi: [0.1, 0.3, 0.35, 0.6, 0.2], vi: [0.01, 0.02, 0.04, 0.08, 0.03] }).tau;
 */
export function ranktest(data: { yi: readonly number[]; vi: readonly number[] }): RanktestResult {
  const { yi, vi } = data;
  const k = yi.length;
  if (vi.length !== k) {
    throw new MetaError('invalid_argument', `vi has ${vi.length} values but yi has ${k}`, { column: 'vi' });
  }
  if (k < 2) throw new MetaError('too_few_studies', `the rank correlation test needs at least 2 studies (k = ${k})`);
  yi.forEach((y, i) => {
    if (!Number.isFinite(y)) {
      throw new MetaError('invalid_value', `yi must be finite (got ${y} at position ${i + 1})`, { column: 'yi' });
    }
    if (!(Number.isFinite(vi[i]) && vi[i] > 0)) {
      throw new MetaError('invalid_value', `vi must be positive (got ${vi[i]} at position ${i + 1})`, { column: 'vi' });
    }
  });
  let sw = 0;
  let swy = 0;
  for (let i = 0; i < k; i++) {
    sw += 1 / vi[i];
    swy += yi[i] / vi[i];
  }
  const theta = swy / sw;
  const standardised = yi.map((y, i) => (y - theta) / Math.sqrt(vi[i] - 1 / sw));
  const statistic = kendall(standardised, vi);
  if (Number.isNaN(statistic.tau)) {
    const column = vi.every((v) => v === vi[0]) ? 'vi' : 'yi';
    throw new MetaError(
      'invalid_value',
      `Kendall's tau is undefined: all ${column === 'vi' ? 'sampling variances' : 'standardised effects'} are equal`,
      { column },
    );
  }
  return { tau: statistic.tau, ...kendallTest(statistic), k };
}
