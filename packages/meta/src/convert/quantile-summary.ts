import { MetaError } from '../errors.js';
import { type LuoMean, meanFromIqr, meanFromRange, meanFromRangeAndIqr } from './luo-mean.js';
import type { Conversion } from './types.js';
import { sdFromIqr, sdFromRange, sdFromRangeAndIqr, type WanSd } from './wan-sd.js';

/** What a study reported instead of a mean and SD: the median, n, and the range and/or the quartiles. */
export interface QuantileSummary {
  /** Sample size, a whole number ≥ 2. */
  n: number;
  /** Sample median. */
  median: number;
  /** Sample minimum; give together with `max`. */
  min?: number;
  /** First quartile; give together with `q3`. */
  q1?: number;
  /** Third quartile; give together with `q1`. */
  q3?: number;
  /** Sample maximum; give together with `min`. */
  max?: number;
}

/** Which quantiles were available: the range (C1/S1), the IQR (C3/S2), or both (C2/S3). */
export type QuantileScenario = 'range' | 'iqr' | 'range-iqr';

/** Mean and SD estimated from a median with a range and/or an IQR. */
export interface MeanSdFromQuantiles
  extends Conversion<'luo2018-wan2014-range' | 'luo2018-wan2014-iqr' | 'luo2018-wan2014-range-iqr'> {
  /** Estimated mean (Luo et al. 2018). */
  mean: number;
  /** Estimated standard deviation (Wan et al. 2014). */
  sd: number;
  /** Which quantiles were used. */
  scenario: QuantileScenario;
  /** The mean step, with its weights and description. */
  meanStep: LuoMean;
  /** The SD step, with its divisors and description. */
  sdStep: WanSd;
}

/**
 * Mean and SD from a median with the range, the interquartile range, or both, picking the scenario from which values
 * are present: the mean by Luo et al. 2018 (Stat Methods Med Res 27:1785) and the SD by Wan et al. 2014 (BMC Med Res
 * Methodol 14:135). When both the range and the quartiles are given, all five numbers are used. These estimators
 * assume roughly normal data; a median reported because the data are skewed makes them approximate at best.
 *
 * @example
 * ```ts
 * meanSdFromQuantiles({ n: 25, median: 3, q1: 2, q3: 6 });
 * // { mean: 3.7156, sd: 3.1444..., scenario: 'iqr', method: 'luo2018-wan2014-iqr', ... }
 * ```
 */
export function meanSdFromQuantiles(summary: QuantileSummary): MeanSdFromQuantiles {
  const { n, median } = summary;
  const range = pair('min', summary.min, 'max', summary.max);
  const iqr = pair('q1', summary.q1, 'q3', summary.q3);
  let meanStep: LuoMean;
  let sdStep: WanSd;
  let scenario: QuantileScenario;
  if (range && iqr) {
    const five = { min: range[0], q1: iqr[0], median, q3: iqr[1], max: range[1], n };
    [scenario, meanStep, sdStep] = ['range-iqr', meanFromRangeAndIqr(five), sdFromRangeAndIqr(five)];
  } else if (range) {
    const three = { min: range[0], median, max: range[1], n };
    [scenario, meanStep, sdStep] = ['range', meanFromRange(three), sdFromRange(three)];
  } else if (iqr) {
    const three = { q1: iqr[0], median, q3: iqr[1], n };
    [scenario, meanStep, sdStep] = ['iqr', meanFromIqr(three), sdFromIqr(three)];
  } else {
    throw new MetaError('invalid_argument', 'min and max, or q1 and q3, must be given with the median', {
      column: 'min',
    });
  }
  return {
    mean: meanStep.mean,
    sd: sdStep.sd,
    scenario,
    meanStep,
    sdStep,
    method: `luo2018-wan2014-${scenario}`,
    description: `${meanStep.description}; ${sdStep.description}`,
  };
}

/** Both values of a pair when both are given, undefined when neither is; throws when only one is, naming the other. */
function pair(
  aName: string,
  a: number | undefined,
  bName: string,
  b: number | undefined,
): [number, number] | undefined {
  if (a === undefined && b === undefined) return undefined;
  if (a === undefined || b === undefined) {
    const missing = a === undefined ? aName : bName;
    const given = a === undefined ? bName : aName;
    throw new MetaError('invalid_argument', `${missing} must be given together with ${given} (got only ${given})`, {
      column: missing,
    });
  }
  return [a, b];
}
