import { iqrDivisor, rangeDivisor } from './order-statistics.js';
import { checkQuantiles } from './quantile-checks.js';
import type { Conversion } from './types.js';

/** A standard deviation estimated from a range and/or an interquartile range (Wan et al. 2014). */
export interface WanSd extends Conversion<'wan2014-range' | 'wan2014-iqr' | 'wan2014-range-iqr'> {
  /** Estimated standard deviation. */
  sd: number;
  /** ξ(n) used for the range, when the range was used. */
  rangeDivisor: number | undefined;
  /** η(n) used for the interquartile range, when the IQR was used. */
  iqrDivisor: number | undefined;
}

/**
 * SD from the sample range and size (Wan et al. 2014, BMC Med Res Methodol 14:135, scenario C1, formula 7):
 * SD ≈ (max − min) / ξ(n), ξ(n) = 2Φ⁻¹((n − 0.375)/(n + 0.25)). Assumes roughly normal data.
 *
 * @example
 * ```ts
 * sdFromRange({ min: 1, max: 10, n: 30 });
 * // { sd: 2.2055..., rangeDivisor: 4.0807..., iqrDivisor: undefined, method: 'wan2014-range', ... }
 * ```
 */
export function sdFromRange(input: { min: number; max: number; n: number; median?: number }): WanSd {
  checkQuantiles(input);
  const xi = rangeDivisor(input.n);
  return {
    sd: (input.max - input.min) / xi,
    rangeDivisor: xi,
    iqrDivisor: undefined,
    method: 'wan2014-range',
    description: `SD from the range: (max − min)/ξ(${input.n}), ξ = ${xi.toFixed(4)} (Wan et al. 2014, formula 7)`,
  };
}

/**
 * SD from the interquartile range and size (Wan et al. 2014, scenario C3, formula 16):
 * SD ≈ (q3 − q1) / η(n), η(n) = 2Φ⁻¹((0.75n − 0.125)/(n + 0.25)).
 *
 * @example
 * ```ts
 * sdFromIqr({ q1: 2, q3: 6, n: 25 });
 * // { sd: 3.1444..., rangeDivisor: undefined, iqrDivisor: 1.2720..., method: 'wan2014-iqr', ... }
 * ```
 */
export function sdFromIqr(input: { q1: number; q3: number; n: number; median?: number }): WanSd {
  checkQuantiles(input);
  const eta = iqrDivisor(input.n);
  return {
    sd: (input.q3 - input.q1) / eta,
    rangeDivisor: undefined,
    iqrDivisor: eta,
    method: 'wan2014-iqr',
    description: `SD from the IQR: (q3 − q1)/η(${input.n}), η = ${eta.toFixed(4)} (Wan et al. 2014, formula 16)`,
  };
}

/**
 * SD from the full five-number summary (Wan et al. 2014, scenario C2, formula 12): the average of the range-based and
 * IQR-based estimates, SD ≈ (max − min)/(2ξ(n)) + (q3 − q1)/(2η(n)).
 *
 * @example
 * ```ts
 * sdFromRangeAndIqr({ min: 1, q1: 2, q3: 6, max: 10, n: 25 });
 * // { sd: 2.7177..., rangeDivisor: 3.9284..., iqrDivisor: 1.2720..., method: 'wan2014-range-iqr', ... }
 * ```
 */
export function sdFromRangeAndIqr(input: {
  min: number;
  q1: number;
  q3: number;
  max: number;
  n: number;
  median?: number;
}): WanSd {
  checkQuantiles(input);
  const xi = rangeDivisor(input.n);
  const eta = iqrDivisor(input.n);
  return {
    sd: (input.max - input.min) / (2 * xi) + (input.q3 - input.q1) / (2 * eta),
    rangeDivisor: xi,
    iqrDivisor: eta,
    method: 'wan2014-range-iqr',
    description:
      `SD from range and IQR: (max − min)/(2ξ) + (q3 − q1)/(2η), ξ = ${xi.toFixed(4)}, η = ${eta.toFixed(4)} ` +
      '(Wan et al. 2014, formula 12)',
  };
}
