import { criticalValue, formatLevel } from './critical-value.js';
import { requireOrdered, requirePositive } from './guards.js';
import type { Conversion } from './types.js';

/** A reported confidence interval, on the scale the analysis uses. */
export interface CiInput {
  /** Lower confidence limit. */
  lower: number;
  /** Upper confidence limit; must be greater than `lower`. */
  upper: number;
  /** Confidence level of the interval, in (0, 1); 0.95 when omitted. */
  level?: number;
  /** Degrees of freedom, when the interval was built from Student's t (e.g. n1 + n2 − 2 for a two-group mean difference). */
  df?: number;
}

/** Standard error recovered from a confidence interval. */
export interface SeFromCi extends Conversion<'ci-normal' | 'ci-t'> {
  /** Standard error, on the scale of the bounds. */
  se: number;
  /** Midpoint of the bounds: the point estimate when the interval is symmetric about it. */
  midpoint: number;
  /** Confidence level used. */
  level: number;
  /** Critical value the interval half-width was divided by (z or t quantile). */
  critical: number;
  /** Degrees of freedom of the t quantile; undefined when the normal quantile was used. */
  df: number | undefined;
}

/**
 * Standard error from a symmetric confidence interval: SE = (upper − lower) / (2·q), with q = z_{(1+level)/2}, or
 * the t quantile with `df` degrees of freedom for small samples (Cochrane Handbook v6 §6.3.1 and §6.5.2.3;
 * v5.1 §7.7.7.2 and §7.7.3.3, where 3.92 = 2 × 1.96 is the 95% divisor). For ratio measures use
 * {@link seFromRatioCi}, which works on the log scale.
 *
 * @example
 * ```ts
 * seFromCi({ lower: 3.0, upper: 9.0 });
 * // { se: 1.5307..., midpoint: 6, level: 0.95, critical: 1.95996..., df: undefined, method: 'ci-normal', ... }
 * seFromCi({ lower: 3.0, upper: 9.0, df: 45 }).se; // 1.4895... (t quantile 2.0141)
 * ```
 */
export function seFromCi(input: CiInput): SeFromCi {
  const { lower, upper, level = 0.95, df } = input;
  requireOrdered('lower', lower, 'upper', upper);
  const critical = criticalValue(level, df);
  const se = (upper - lower) / (2 * critical.value);
  const quantile = df === undefined ? 'normal quantile' : `t quantile with ${df} df`;
  return {
    se,
    midpoint: (lower + upper) / 2,
    level,
    critical: critical.value,
    df,
    method: df === undefined ? 'ci-normal' : 'ci-t',
    description:
      `SE from a ${formatLevel(level)} CI as (upper − lower)/(2 × ${critical.value.toFixed(3)}), ${quantile} ` +
      '(Cochrane Handbook v6 §6.3.1, §6.5.2.3)',
  };
}

/** Standard error of a log ratio recovered from a ratio-scale confidence interval. */
export interface SeFromRatioCi extends Conversion<'ratio-ci-normal' | 'ratio-ci-t'> {
  /** Standard error of the natural log of the ratio. */
  se: number;
  /** ln(lower). */
  logLower: number;
  /** ln(upper). */
  logUpper: number;
  /** Midpoint of the log bounds, i.e. the log of their geometric mean: the log ratio if the interval is symmetric on the log scale. */
  logMidpoint: number;
  /** Confidence level used. */
  level: number;
  /** Critical value used (z or t quantile). */
  critical: number;
  /** Degrees of freedom of the t quantile; undefined when the normal quantile was used. */
  df: number | undefined;
}

/**
 * Standard error of ln(ratio) from a confidence interval reported on the ratio scale (risk, odds or hazard ratio):
 * the bounds are logged and {@link seFromCi} is applied, SE = (ln upper − ln lower) / (2·q)
 * (Cochrane Handbook v6 §6.3.2; v5.1 §7.7.7.3).
 *
 * @example
 * ```ts
 * seFromRatioCi({ lower: 0.5, upper: 2 });
 * // { se: 0.35365..., logLower: -0.6931..., logUpper: 0.6931..., logMidpoint: 0, method: 'ratio-ci-normal', ... }
 * ```
 */
export function seFromRatioCi(input: CiInput): SeFromRatioCi {
  const { lower, upper } = input;
  requirePositive('lower', lower);
  requirePositive('upper', upper);
  const onLog = seFromCi({ ...input, lower: Math.log(lower), upper: Math.log(upper) });
  return {
    se: onLog.se,
    logLower: Math.log(lower),
    logUpper: Math.log(upper),
    logMidpoint: onLog.midpoint,
    level: onLog.level,
    critical: onLog.critical,
    df: onLog.df,
    method: onLog.method === 'ci-normal' ? 'ratio-ci-normal' : 'ratio-ci-t',
    description:
      `SE of the log ratio from a ${formatLevel(onLog.level)} ratio CI as (ln upper − ln lower)/(2 × ` +
      `${onLog.critical.toFixed(3)}), ${onLog.df === undefined ? 'normal quantile' : `t quantile with ${onLog.df} df`} ` +
      '(Cochrane Handbook v6 §6.3.2)',
  };
}
