import { MetaError } from '../errors.js';
import { requireCount, requireFinite, requireNotAbove } from './guards.js';

/** Any subset of a five-number summary, with the sample size; absent values are undefined. */
export interface QuantileValues {
  min?: number | undefined;
  q1?: number | undefined;
  median?: number | undefined;
  q3?: number | undefined;
  max?: number | undefined;
  n: number;
}

/**
 * Checks a (partial) five-number summary: every given value finite, in the order min ≤ q1 ≤ median ≤ q3 ≤ max,
 * n a whole number ≥ 2, and a spread of more than zero (min < max, q1 < q3). A zero range or IQR would give a zero
 * SD, which is almost always an extraction error and would receive infinite weight downstream.
 */
export function checkQuantiles(values: QuantileValues): void {
  requireCount('n', values.n, 2);
  const present: Array<[name: string, value: number]> = [];
  for (const name of ['min', 'q1', 'median', 'q3', 'max'] as const) {
    const value = values[name];
    if (value !== undefined) present.push([name, requireFinite(name, value)]);
  }
  for (let i = 1; i < present.length; i++) {
    const [loName, lo] = present[i - 1];
    const [hiName, hi] = present[i];
    requireNotAbove(loName, lo, hiName, hi);
  }
  zeroSpread('min', values.min, 'max', values.max);
  zeroSpread('q1', values.q1, 'q3', values.q3);
}

function zeroSpread(loName: string, lo: number | undefined, hiName: string, hi: number | undefined): void {
  if (lo !== undefined && hi !== undefined && lo === hi) {
    throw new MetaError(
      'invalid_argument',
      `${hiName} must be greater than ${loName} (got ${loName} ${lo}, ${hiName} ${hi})`,
      {
        column: hiName,
      },
    );
  }
}
