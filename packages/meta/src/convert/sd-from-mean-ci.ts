import { oneOf } from '../errors.js';
import { requireCount } from './guards.js';
import { seFromCi } from './se-from-ci.js';
import type { Conversion } from './types.js';

/** A confidence interval reported for one group's mean. */
export interface MeanCiInput {
  /** Lower confidence limit of the mean. */
  lower: number;
  /** Upper confidence limit of the mean; must be greater than `lower`. */
  upper: number;
  /** Number of participants in the group, at least 2. */
  n: number;
  /** Confidence level, in (0, 1); 0.95 when omitted. */
  level?: number;
  /** Quantile the interval was built with: 'normal' (default) or 't' with n − 1 df, as small studies should use. */
  distribution?: 'normal' | 't';
}

/** A group's standard deviation recovered from a confidence interval for its mean. */
export interface SdFromMeanCi extends Conversion<'sd-from-mean-ci-normal' | 'sd-from-mean-ci-t'> {
  /** Standard deviation of the observations in the group. */
  sd: number;
  /** Standard error of the mean implied by the interval. */
  se: number;
  /** Critical value the interval half-width was divided by. */
  critical: number;
}

/**
 * Standard deviation of a group from a confidence interval for its mean: SD = √n·(upper − lower)/(2·q), where q is
 * z_{(1+level)/2} (3.92 = 2 × 1.96 at 95%) or, when `distribution` is 't', the t quantile with n − 1 df, which the
 * Handbook advises for groups smaller than about 60 (Cochrane Handbook v6 §6.5.2.2; v5.1 §7.7.3.2: for n = 25 the
 * 95% divisor becomes 2 × 2.0639 = 4.128).
 *
 * @example
 * ```ts
 * sdFromMeanCi({ lower: 3.0, upper: 9.0, n: 25 }).sd;                     // 7.6532... (divisor 3.920)
 * sdFromMeanCi({ lower: 3.0, upper: 9.0, n: 25, distribution: 't' }).sd;  // 7.2678... (divisor 4.128)
 * ```
 */
export function sdFromMeanCi(input: MeanCiInput): SdFromMeanCi {
  const { lower, upper, n, level = 0.95, distribution = 'normal' } = input;
  requireCount('n', n, 2);
  oneOf('distribution', distribution, ['normal', 't']);
  const fromCi = seFromCi({ lower, upper, level, df: distribution === 't' ? n - 1 : undefined });
  const useT = distribution === 't';
  return {
    sd: fromCi.se * Math.sqrt(n),
    se: fromCi.se,
    critical: fromCi.critical,
    method: useT ? 'sd-from-mean-ci-t' : 'sd-from-mean-ci-normal',
    description:
      `SD = √${n} × (upper − lower)/(2 × ${fromCi.critical.toFixed(3)}) from a CI of the mean, ` +
      `${useT ? `t quantile with ${n - 1} df` : 'normal quantile'} (Cochrane Handbook v6 §6.5.2.2)`,
  };
}
