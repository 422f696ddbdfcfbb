import { requireInHalfOpen, requirePositive } from '../convert/guards.js';
import { MetaError } from '../errors.js';
import { diversityD2 } from './diversity.js';
import { roundUp } from './error-rates.js';
import type { InformationSize } from './types.js';

/** Adjust by a given diversity D². */
export interface DiversityAdjustment {
  /** Diversity D², in [0, 1). */
  d2: number;
}

/** Adjust by a given inconsistency I². */
export interface InconsistencyAdjustment {
  /** Inconsistency I² as a proportion (0.4, not 40), in [0, 1). */
  i2: number;
}

/** Adjust by the D² computed from the meta-analysis itself. */
export interface DiversityFromDataAdjustment {
  /** Within-study variances vᵢ of the included studies. */
  vi: readonly number[];
  /** Between-study variance τ² ≥ 0 of the random-effects model. */
  tau2: number;
}

/** How heterogeneity is accounted for: a diversity D², an inconsistency I², or the data to compute D² from. */
export type HeterogeneityAdjustment = DiversityAdjustment | InconsistencyAdjustment | DiversityFromDataAdjustment;

/** A heterogeneity-adjusted required information size. */
export interface AdjustedInformationSize {
  /** Adjusted required number of participants, rounded up to a whole participant. */
  required: number;
  /** The same before rounding up. */
  unrounded: number;
  /** The unadjusted information size the factor was applied to (before rounding). */
  base: number;
  /** Multiplier applied, 1/(1 − D²) or 1/(1 − I²). */
  factor: number;
  /** Which heterogeneity measure was used. */
  measure: 'D2' | 'I2';
  /** Its value. */
  value: number;
  /** Machine-readable name of the method used. */
  method: 'diversity-adjusted' | 'inconsistency-adjusted';
  /** One sentence saying what was computed and where the formula comes from. */
  description: string;
}

/**
 * Heterogeneity-adjusted information size, IS_adj = IS/(1 − D²) (Wetterslev et al. 2009, BMC Med Res Methodol 9:86),
 * or IS/(1 − I²), the inconsistency-based factor that Wetterslev et al. 2009 compare it with and show may under-adjust,
 * since D² ≥ I². D² may be given or computed from within-study variances and τ² with {@link diversityD2}. The base size is
 * adjusted before rounding so the two roundings do not compound. D² = 1 (or I² = 1) would need infinite information and
 * is rejected.
 *
 * @example
 * ```ts
 * adjustInformationSize(binaryInformationSize({ controlRisk: 0.1, rrr: 0.2 }), { d2: 0.25 });
 * // { required: 8571, unrounded: 8570.97..., base: 6428.23..., factor: 1.333..., measure: 'D2', value: 0.25, ... }
 * ```
 */
export function adjustInformationSize(
  base: InformationSize | number,
  adjustment: HeterogeneityAdjustment,
): AdjustedInformationSize {
  const size = requirePositive('base', typeof base === 'number' ? base : base.unrounded);
  let measure: 'D2' | 'I2';
  let value: number;
  if ('d2' in adjustment) [measure, value] = ['D2', requireInHalfOpen('d2', adjustment.d2, 0, 1)];
  else if ('i2' in adjustment) [measure, value] = ['I2', requireInHalfOpen('i2', adjustment.i2, 0, 1)];
  else if ('vi' in adjustment) [measure, value] = ['D2', diversityD2(adjustment).d2];
  else
    throw new MetaError('invalid_argument', 'adjustment must give d2, i2, or vi with tau2', { column: 'adjustment' });
  const factor = 1 / (1 - value);
  const unrounded = size * factor;
  const symbol = measure === 'D2' ? 'D²' : 'I²';
  return {
    required: roundUp(unrounded),
    unrounded,
    base: size,
    factor,
    measure,
    value,
    method: measure === 'D2' ? 'diversity-adjusted' : 'inconsistency-adjusted',
    description: `IS × 1/(1 − ${symbol}) with ${symbol} = ${value}, rounded up (Wetterslev et al. 2009)`,
  };
}
