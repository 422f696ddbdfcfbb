import { qnorm, qt } from '../distributions.js';
import { inOpenInterval, MetaError } from '../errors.js';
import { requireNonZero, requirePositive } from './guards.js';
import type { Conversion } from './types.js';

/** An effect estimate reported with its two-sided P value. */
export interface PInput {
  /** Effect estimate on the analysis scale (a difference; for ratios see {@link seFromRatioP}). Must not be zero. */
  estimate: number;
  /** Two-sided P value, in (0, 1). */
  p: number;
  /** Degrees of freedom when the P value came from a t test (e.g. n1 + n2 − 2); the normal distribution otherwise. */
  df?: number;
}

/** Standard error recovered from an estimate and its P value. */
export interface SeFromP extends Conversion<'p-normal' | 'p-t'> {
  /** Standard error of the estimate. */
  se: number;
  /** The test statistic |z| or |t| that has the given two-sided P value. */
  statistic: number;
  /** Degrees of freedom of the t distribution; undefined when the normal distribution was used. */
  df: number | undefined;
}

/** |z| or |t| whose two-sided tail area is `p`; the lower-tail quantile keeps precision for tiny P values. */
function statisticFor(p: number, df: number | undefined): number {
  return df === undefined ? -qnorm(p / 2) : -qt(p / 2, df);
}

/**
 * Standard error from an estimate and its exact two-sided P value: find the statistic with that P value,
 * |z| = Φ⁻¹(1 − P/2) (or the t quantile with `df`), then SE = |estimate| / |z| (Cochrane Handbook v6 §6.3.1 and
 * §6.5.2.3; Altman & Bland, BMJ 2011;343:d2090, who use a closed-form approximation to the same quantile).
 * A P value reported only as an inequality (P < 0.05) gives at best a conservative SE.
 *
 * @example
 * ```ts
 * seFromP({ estimate: 3.8, p: 0.008, df: 45 });
 * // { se: 1.3691..., statistic: 2.7755..., df: 45, method: 'p-t', ... }
 * seFromP({ estimate: 17, p: 0.032 }).se; // 7.9276... (z = 2.1444)
 * ```
 */
export function seFromP(input: PInput): SeFromP {
  const { estimate, p, df } = input;
  requireNonZero('estimate', estimate);
  inOpenInterval('p', p, 0, 1);
  if (df !== undefined) requirePositive('df', df);
  const statistic = statisticFor(p, df);
  if (!Number.isFinite(statistic)) {
    throw new MetaError('invalid_value', `p is too small to convert to a test statistic (got ${p})`, { column: 'p' });
  }
  const quantile = df === undefined ? 'Φ⁻¹(1 − P/2)' : `the t quantile with ${df} df`;
  return {
    se: Math.abs(estimate) / statistic,
    statistic,
    df,
    method: df === undefined ? 'p-normal' : 'p-t',
    description:
      `SE = |estimate|/${statistic.toFixed(3)} from two-sided P = ${p}, statistic from ${quantile} ` +
      '(Cochrane Handbook v6 §6.3.1, §6.5.2.3; Altman & Bland 2011)',
  };
}

/** A ratio estimate (risk, odds or hazard ratio) reported with its two-sided P value. */
export interface RatioPInput {
  /** Ratio on its natural scale; positive and not 1. */
  ratio: number;
  /** Two-sided P value, in (0, 1). */
  p: number;
  /** Degrees of freedom when a t distribution applies; normal otherwise. */
  df?: number;
}

/** Standard error of a log ratio recovered from the ratio and its P value. */
export interface SeFromRatioP extends Conversion<'ratio-p-normal' | 'ratio-p-t'> {
  /** Standard error of ln(ratio). */
  se: number;
  /** ln(ratio), the estimate on the analysis scale. */
  logEstimate: number;
  /** The test statistic |z| or |t| that has the given two-sided P value. */
  statistic: number;
  /** Degrees of freedom of the t distribution; undefined when the normal distribution was used. */
  df: number | undefined;
}

/**
 * Standard error of ln(ratio) from a ratio and its two-sided P value: {@link seFromP} applied to ln(ratio)
 * (Cochrane Handbook v6 §6.3.2; Altman & Bland, BMJ 2011;343:d2090, case b).
 *
 * @example
 * ```ts
 * seFromRatioP({ ratio: 0.3, p: 0.034 });
 * // { se: 0.5679..., logEstimate: -1.2040..., statistic: 2.1201..., method: 'ratio-p-normal', ... }
 * ```
 */
export function seFromRatioP(input: RatioPInput): SeFromRatioP {
  requirePositive('ratio', input.ratio);
  if (input.ratio === 1) {
    // ln(1) = 0: every P value is compatible with any SE, so none can be recovered.
    throw new MetaError('invalid_argument', 'ratio must not be 1 (got 1)', { column: 'ratio' });
  }
  const logEstimate = Math.log(input.ratio);
  const onLog = seFromP({ estimate: logEstimate, p: input.p, df: input.df });
  return {
    se: onLog.se,
    logEstimate,
    statistic: onLog.statistic,
    df: onLog.df,
    method: onLog.method === 'p-normal' ? 'ratio-p-normal' : 'ratio-p-t',
    description:
      `SE of ln(ratio) = |ln ${input.ratio}|/${onLog.statistic.toFixed(3)} from two-sided P = ${input.p} ` +
      '(Cochrane Handbook v6 §6.3.2; Altman & Bland 2011)',
  };
}
