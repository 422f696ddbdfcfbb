import { requireFinite } from './guards.js';
import { checkQuantiles } from './quantile-checks.js';
import type { Conversion } from './types.js';

/** A sample mean estimated from quantiles with Luo et al.'s sample-size-dependent weights. */
export interface LuoMean extends Conversion<'luo2018-range' | 'luo2018-iqr' | 'luo2018-range-iqr'> {
  /** Estimated sample mean. */
  mean: number;
  /** Weight on the mid-range (min + max)/2; 0 when the range was not used. */
  midRangeWeight: number;
  /** Weight on the mid-quartile range (q1 + q3)/2; 0 when the quartiles were not used. */
  midQuartileWeight: number;
  /** Weight on the median; the three weights sum to 1. */
  medianWeight: number;
}

function result(
  method: LuoMean['method'],
  parts: { midRange: number; midQuartile: number; median: number },
  weights: { midRange: number; midQuartile: number },
  description: string,
): LuoMean {
  const medianWeight = 1 - weights.midRange - weights.midQuartile;
  return {
    mean: weights.midRange * parts.midRange + weights.midQuartile * parts.midQuartile + medianWeight * parts.median,
    midRangeWeight: weights.midRange,
    midQuartileWeight: weights.midQuartile,
    medianWeight,
    method,
    description,
  };
}

/**
 * Mean from the median, range and size (Luo et al. 2018, Stat Methods Med Res 27:1785, scenario S1):
 * mean ≈ w·(min + max)/2 + (1 − w)·median, w = 4/(4 + n^0.75).
 *
 * @example
 * ```ts
 * meanFromRange({ min: 1, median: 4, max: 10, n: 30 });
 * // { mean: 4.3567..., midRangeWeight: 0.2378..., midQuartileWeight: 0, medianWeight: 0.7621..., ... }
 * ```
 */
export function meanFromRange(input: { min: number; median: number; max: number; n: number }): LuoMean {
  requireFinite('median', input.median);
  checkQuantiles(input);
  const w = 4 / (4 + input.n ** 0.75);
  const parts = { midRange: (input.min + input.max) / 2, midQuartile: 0, median: input.median };
  return result('luo2018-range', parts, { midRange: w, midQuartile: 0 }, describe('min, median, max', 'S1', input.n));
}

/**
 * Mean from the median, quartiles and size (Luo et al. 2018, scenario S2):
 * mean ≈ w·(q1 + q3)/2 + (1 − w)·median, w = 0.7 + 0.39/n.
 *
 * @example
 * ```ts
 * meanFromIqr({ q1: 2, median: 3, q3: 6, n: 39 });
 * // { mean: 3.71, midRangeWeight: 0, midQuartileWeight: 0.71, medianWeight: 0.29, ... }
 * ```
 */
export function meanFromIqr(input: { q1: number; median: number; q3: number; n: number }): LuoMean {
  requireFinite('median', input.median);
  checkQuantiles(input);
  const w = 0.7 + 0.39 / input.n;
  const parts = { midRange: 0, midQuartile: (input.q1 + input.q3) / 2, median: input.median };
  return result('luo2018-iqr', parts, { midRange: 0, midQuartile: w }, describe('q1, median, q3', 'S2', input.n));
}

/**
 * Mean from the five-number summary and size (Luo et al. 2018, scenario S3):
 * mean ≈ w1·(min + max)/2 + w2·(q1 + q3)/2 + (1 − w1 − w2)·median, w1 = 2.2/(2.2 + n^0.75), w2 = 0.7 − 0.72/n^0.55.
 *
 * @example
 * ```ts
 * meanFromRangeAndIqr({ min: 1, q1: 2, median: 3, q3: 6, max: 10, n: 16 });
 * // { mean: 4.0825..., midRangeWeight: 0.2156..., midQuartileWeight: 0.5433..., medianWeight: 0.2410..., ... }
 * ```
 */
export function meanFromRangeAndIqr(input: {
  min: number;
  q1: number;
  median: number;
  q3: number;
  max: number;
  n: number;
}): LuoMean {
  requireFinite('median', input.median);
  checkQuantiles(input);
  const w1 = 2.2 / (2.2 + input.n ** 0.75);
  const w2 = 0.7 - 0.72 / input.n ** 0.55;
  const parts = { midRange: (input.min + input.max) / 2, midQuartile: (input.q1 + input.q3) / 2, median: input.median };
  const label = 'min, q1, median, q3, max';
  return result('luo2018-range-iqr', parts, { midRange: w1, midQuartile: w2 }, describe(label, 'S3', input.n));
}

function describe(values: string, scenario: string, n: number): string {
  return `Mean from ${values} with n = ${n}, optimally weighted (Luo et al. 2018, scenario ${scenario})`;
}
