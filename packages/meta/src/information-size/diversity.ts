import { requireNonNegative, requirePositive } from '../convert/guards.js';
import { MetaError } from '../errors.js';

/** Diversity D² of a meta-analysis and the two pooled variances it compares. */
export interface Diversity {
  /** D² = (v_R − v_F)/v_R, in [0, 1). */
  d2: number;
  /** Variance of the fixed-effect (common-effect) pooled estimate, 1/Σ(1/vᵢ). */
  vFixed: number;
  /** Variance of the random-effects pooled estimate, 1/Σ(1/(vᵢ + τ²)). */
  vRandom: number;
  /** Machine-readable name of the method used. */
  method: 'wetterslev2009-diversity';
  /** One sentence saying what was computed and where the formula comes from. */
  description: string;
}

/**
 * Diversity D² (Wetterslev et al. 2009, BMC Med Res Methodol 9:86): the relative reduction in the variance of the
 * pooled estimate when a random-effects model is replaced by a fixed-effect one, D² = (v_R − v_F)/v_R with
 * v_F = 1/Σ(1/vᵢ) and v_R = 1/Σ(1/(vᵢ + τ²)). With equal within-study variances v it reduces to τ²/(v + τ²).
 * Wetterslev et al. show D² ≥ I² for any meta-analysis, so it never adjusts the information size less than I² would.
 *
 * @example
 * ```ts
 * diversityD2({ vi: [0.04, 0.09, 0.25], tau2: 0.05 });
 * // { d2: 0.4618..., vFixed: 0.0249..., vRandom: 0.0463..., method: 'wetterslev2009-diversity', ... }
 * ```
 */
export function diversityD2(input: { vi: readonly number[]; tau2: number }): Diversity {
  const { vi, tau2 } = input;
  if (!Array.isArray(vi) || vi.length === 0) {
    throw new MetaError('invalid_argument', `vi must list at least one within-study variance (got ${String(vi)})`, {
      column: 'vi',
    });
  }
  vi.forEach((v, i) => {
    requirePositive(`vi[${i}]`, v);
  });
  requireNonNegative('tau2', tau2);
  const vFixed = 1 / vi.reduce((sum, v) => sum + 1 / v, 0);
  const vRandom = 1 / vi.reduce((sum, v) => sum + 1 / (v + tau2), 0);
  return {
    d2: (vRandom - vFixed) / vRandom,
    vFixed,
    vRandom,
    method: 'wetterslev2009-diversity',
    description: `D² = (v_R − v_F)/v_R from ${vi.length} within-study variances and τ² = ${tau2} (Wetterslev et al. 2009)`,
  };
}
