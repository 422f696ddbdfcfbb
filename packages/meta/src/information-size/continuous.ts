import { requireNonZero, requirePositive } from '../convert/guards.js';
import { errorQuantiles, roundUp } from './error-rates.js';
import type { InformationSize } from './types.js';

/** Inputs for the information size of a continuous outcome. */
export interface ContinuousInformationSizeInput {
  /** Anticipated mean difference δ (non-zero; its sign does not matter). */
  difference: number;
  /** Standard deviation σ of the outcome within a group, positive. */
  sd: number;
  /** Two-sided type I error rate; 0.05 when omitted. */
  alpha?: number;
  /** Power 1 − β; 0.8 when omitted. */
  power?: number;
}

/** Required information size for a continuous outcome. */
export interface ContinuousInformationSize extends InformationSize {
  /** Anticipated mean difference δ. */
  difference: number;
  /** Within-group standard deviation σ. */
  sd: number;
}

/**
 * Required information size for a continuous outcome (Wetterslev et al. 2008, J Clin Epidemiol 61:64; Wetterslev
 * et al. 2009, BMC Med Res Methodol 9:86): IS = 4·(z_{1−α/2} + z_{1−β})²·σ²/δ², the total over both groups of the
 * classical two-sample size for means, rounded up to a whole participant.
 *
 * @example
 * ```ts
 * continuousInformationSize({ difference: 0.5, sd: 1 });
 * // { required: 126, unrounded: 125.58..., difference: 0.5, sd: 1, alpha: 0.05, power: 0.8, ... }
 * ```
 */
export function continuousInformationSize(input: ContinuousInformationSizeInput): ContinuousInformationSize {
  const { difference, sd, alpha = 0.05, power = 0.8 } = input;
  requireNonZero('difference', difference);
  requirePositive('sd', sd);
  const { zAlpha, zBeta } = errorQuantiles(alpha, power);
  const unrounded = (4 * (zAlpha + zBeta) ** 2 * sd * sd) / (difference * difference);
  return {
    required: roundUp(unrounded),
    unrounded,
    alpha,
    power,
    zAlpha,
    zBeta,
    difference,
    sd,
    method: 'wetterslev2008-continuous',
    description:
      `IS = 4(z₁₋α/₂ + z₁₋β)²·σ²/δ² with δ = ${difference}, σ = ${sd}, α = ${alpha}, power = ${power}, ` +
      'rounded up (Wetterslev et al. 2008)',
  };
}
