/**
 * Fail-safe N (metafor's `fsn`): how many studies averaging a null result would have to be added.
 *
 *   Rosenthal (1979, Psychol Bull 86:638): Stouffer's Z = Σzᵢ/√k with zᵢ = yᵢ/√vᵢ is brought down to the one-sided
 *     critical value z₁₋α: N = (Σzᵢ)²/z²₁₋α − k; p = P(Z > |Σzᵢ|/√k).
 *   Orwin (1983, J Educ Stat 8:157): the mean effect ȳ (unweighted, or weighted by 1/vᵢ) is brought down to a target
 *     t (default ȳ/2; its sign is set to that of ȳ): N = k(ȳ − t)/t.
 *   Rosenberg (2005, Evolution 59:464): the equal-effects z = Σwᵢyᵢ/√Σwᵢ is brought down to the two-sided critical
 *     value, each added study having the mean weight Σwᵢ/k: N = k(Σwᵢyᵢ)²/(z²₁₋α/₂·Σwᵢ) − k; p two-sided (normal).
 *
 * N is rounded up and is 0 when the observed result is already at or below the target.
 */
import { pnorm, pvalueZ, qnorm } from '../distributions.js';
import { inOpenInterval, MetaError, oneOf } from '../errors.js';

export type FsnType = 'Rosenthal' | 'Orwin' | 'Rosenberg';

export interface FsnOptions {
  /** Default "Rosenthal". */
  type?: FsnType;
  /** Significance level for Rosenthal and Rosenberg (default 0.05). */
  alpha?: number;
  /** Orwin: the average effect to reach (default half the observed average). */
  target?: number;
  /** Orwin: weight the average by 1/vᵢ (default false). */
  weighted?: boolean;
}

export interface FsnResult {
  type: FsnType;
  /** The fail-safe number of studies. */
  fsnum: number;
  alpha: number | null;
  /** p-value of the observed result (Rosenthal, Rosenberg). */
  pval: number | null;
  /** Average effect (Orwin, Rosenberg). */
  meanes: number | null;
  /** Target average effect (Orwin). */
  target: number | null;
}

const failSafe = (n: number) => Math.max(0, Math.ceil(n));

/**
 * @example
 * fsn({ yi: [0.3, 0.5, 0.2, 0.4], vi: [0.02, 0.05, 0.01, 0.04] }).fsnum; // Rosenthal
 * fsn({ yi: [0.3, 0.5, 0.2, 0.4], vi: [0.02, 0.05, 0.01, 0.04] }, { type: 'Orwin', target: 0.1 }).fsnum;
 */
export function fsn(data: { yi: readonly number[]; vi: readonly number[] }, options: FsnOptions = {}): FsnResult {
  const type = oneOf('type', options.type ?? 'Rosenthal', ['Rosenthal', 'Orwin', 'Rosenberg'] as const);
  const { yi, vi } = data;
  const k = yi.length;
  if (k < 1) throw new MetaError('too_few_studies', 'the fail-safe N needs at least one study');
  if (vi.length !== k)
    throw new MetaError('invalid_argument', `vi has ${vi.length} values but yi has ${k}`, { column: 'vi' });
  yi.forEach((y, i) => {
    if (!Number.isFinite(y))
      throw new MetaError('invalid_value', `yi must be finite (got ${y} at position ${i + 1})`, { column: 'yi' });
    if (!(vi[i] > 0 && Number.isFinite(vi[i])))
      throw new MetaError('invalid_value', `vi must be positive (got ${vi[i]} at position ${i + 1})`, { column: 'vi' });
  });
  const alpha = inOpenInterval('alpha', options.alpha ?? 0.05, 0, 1);
  const sum = (f: (i: number) => number) => yi.reduce((s, _, i) => s + f(i), 0);

  if (type === 'Rosenthal') {
    const zSum = sum((i) => yi[i] / Math.sqrt(vi[i]));
    const zCrit = qnorm(1 - alpha);
    const pval = pnorm(-Math.abs(zSum) / Math.sqrt(k));
    return { type, fsnum: failSafe((zSum * zSum) / (zCrit * zCrit) - k), alpha, pval, meanes: null, target: null };
  }
  const sw = sum((i) => 1 / vi[i]);
  const swy = sum((i) => yi[i] / vi[i]);
  if (type === 'Rosenberg') {
    const zCrit = qnorm(1 - alpha / 2);
    const fsnum = failSafe((k * swy * swy) / (zCrit * zCrit * sw) - k);
    return { type, fsnum, alpha, pval: pvalueZ(swy / Math.sqrt(sw)), meanes: swy / sw, target: null };
  }
  const meanes = options.weighted ? swy / sw : sum((i) => yi[i]) / k;
  let target = options.target ?? meanes / 2;
  if (!Number.isFinite(target) || (options.target !== undefined && target === 0)) {
    throw new MetaError(
      'invalid_argument',
      `target must be a non-zero number (got ${options.target}): no finite number of null studies brings the average to 0`,
      { column: 'target' },
    );
  }
  if (Math.sign(target) !== Math.sign(meanes)) target = -target;
  // An average of exactly 0 needs no studies added (metafor's 0/0 gives Inf here).
  const fsnum = meanes === 0 ? 0 : failSafe((k * (meanes - target)) / target);
  return { type, fsnum, alpha: null, pval: null, meanes, target };
}
