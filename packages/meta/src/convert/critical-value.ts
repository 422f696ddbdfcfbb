import { qnorm, qt } from '../distributions.js';
import { inOpenInterval, MetaError } from '../errors.js';
import { requirePositive } from './guards.js';

/** The two-sided critical value of an interval, and the distribution it came from. */
export interface CriticalValue {
  /** Upper quantile q such that the interval is estimate ± q·SE. */
  value: number;
  /** Degrees of freedom when Student's t was used; undefined for the normal distribution. */
  df: number | undefined;
}

/**
 * Critical value of a two-sided interval at confidence `level`: z_{(1+level)/2}, or t_{(1+level)/2, df} when `df` is
 * given. At 95% these are 1.960 and, for example, 2.064 with 24 df (Cochrane Handbook v6 §6.5.2.2).
 */
export function criticalValue(level: number, df?: number): CriticalValue {
  inOpenInterval('level', level, 0, 1);
  // (1 − level)/2 is the tail area; using the lower-tail quantile and negating keeps precision at high levels.
  const tail = (1 - level) / 2;
  if (df !== undefined) requirePositive('df', df);
  const value = df === undefined ? -qnorm(tail) : -qt(tail, df);
  if (!Number.isFinite(value)) {
    // Only levels within about 1e-16 of 1 get here, where the quantile underflows.
    throw new MetaError('invalid_value', `level is too close to 1 to compute a critical value (got ${level})`, {
      column: 'level',
    });
  }
  return { value, df };
}

/** Formats a confidence level for a description, e.g. 0.95 → "95%". */
export function formatLevel(level: number): string {
  return `${Number((level * 100).toFixed(6))}%`;
}
