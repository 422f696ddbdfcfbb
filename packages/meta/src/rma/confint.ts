/**
 * Q-profile confidence interval for τ² (Viechtbauer 2007, Stat Med 26:37, eq. 6; metafor's `confint.rma.uni`): the
 * bounds are the τ² at which the generalised Q statistic equals the upper and lower α/2 quantiles of χ² with k − p
 * df. A bound that would be negative is 0. Intervals for τ, I² and H² follow by transforming the bounds
 * (I² = τ²/(τ² + s²), H² = (τ² + s²)/s², s² the typical within-study variance).
 */
import { qchisq } from '../distributions.js';
import { MetaError } from '../errors.js';
import { solveGeneralisedQ } from '../tau2/generalised-q.js';
import { defaultTau2Control } from '../tau2/types.js';
import type { RmaResult } from './types.js';

/** Estimate and interval, [estimate, lower, upper]. */
export type Interval = [number, number, number];

export interface Tau2Interval {
  level: number;
  tau2: Interval;
  tau: Interval;
  /** In percent. */
  I2: Interval;
  H2: Interval;
  warnings: string[];
}

/**
 * @example
 * const fit = rma({ yi: [-0.89, -1.59, -1.35, -1.44, -0.22], vi: [0.33, 0.19, 0.42, 0.02, 0.05], method: 'DL' });
 * confintTau2(fit).tau2; // → [0.4246, 0.0446, 2.4530] (estimate, lower, upper; rounded)
 */
export function confintTau2(fit: RmaResult, level = fit.level): Tau2Interval {
  const df = fit.k - fit.p;
  if (df < 1) {
    throw new MetaError(
      'too_few_studies',
      `a confidence interval for tau2 needs more studies than coefficients (k = ${fit.k})`,
    );
  }
  if (!(level > 0 && level < 100)) {
    throw new MetaError('invalid_argument', `level must be between 0 and 100 (got ${level})`, { column: 'level' });
  }
  const alpha = 1 - level / 100;
  const y = Float64Array.from(fit.yi);
  const v = Float64Array.from(fit.vi);
  const solve = (target: number, bound: string) =>
    solveGeneralisedQ(y, v, fit.X, target, defaultTau2Control, `the ${bound} bound of the tau2 interval`).tau2;
  const lb = solve(qchisq(1 - alpha / 2, df), 'lower');
  const ub = solve(qchisq(alpha / 2, df), 'upper');
  const warnings: string[] = [];
  if (ub === 0)
    warnings.push('the whole confidence interval for tau2 is at 0 (the studies are more alike than chance predicts)');
  else if (lb === 0) warnings.push('the lower bound of the tau2 interval is truncated at 0');
  const est = fit.tau2;
  const i2 = (t: number) => (100 * t) / (t + fit.vt);
  const h2 = (t: number) => (t + fit.vt) / fit.vt;
  return {
    level,
    tau2: [est, lb, ub],
    tau: [Math.sqrt(est), Math.sqrt(lb), Math.sqrt(ub)],
    I2: [i2(est), i2(lb), i2(ub)],
    H2: [h2(est), h2(lb), h2(ub)],
    warnings,
  };
}
