/**
 * Input checks shared by the conversion, crossover and information-size helpers. Each throws a {@link MetaError}
 * whose message names the argument and shows the offending value, so a report can point at the cell that is wrong.
 */
import { MetaError } from '../errors.js';

function fail(argument: string, message: string): never {
  throw new MetaError('invalid_argument', `${argument} ${message}`, { column: argument });
}

/** Throws unless `value` is a finite number (not NaN, not ±Infinity). */
export function requireFinite(argument: string, value: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) fail(argument, `must be a finite number (got ${value})`);
  return value;
}

/** Throws unless `value` is finite and strictly greater than zero. */
export function requirePositive(argument: string, value: number): number {
  requireFinite(argument, value);
  if (value <= 0) fail(argument, `must be positive (got ${value})`);
  return value;
}

/** Throws unless `value` is finite and zero or more. */
export function requireNonNegative(argument: string, value: number): number {
  requireFinite(argument, value);
  if (value < 0) fail(argument, `must not be negative (got ${value})`);
  return value;
}

/** Throws unless `value` is finite and not zero. */
export function requireNonZero(argument: string, value: number): number {
  requireFinite(argument, value);
  if (value === 0) fail(argument, 'must not be zero (got 0)');
  return value;
}

/** Throws unless `value` is a whole number of participants, at least `min`. */
export function requireCount(argument: string, value: number, min: number): number {
  requireFinite(argument, value);
  if (!Number.isInteger(value) || value < min)
    fail(argument, `must be a whole number of at least ${min} (got ${value})`);
  return value;
}

/** Throws unless `value` is finite and within the closed interval [lo, hi]. */
export function requireInClosed(argument: string, value: number, lo: number, hi: number): number {
  requireFinite(argument, value);
  if (value < lo || value > hi) fail(argument, `must be between ${lo} and ${hi} inclusive (got ${value})`);
  return value;
}

/** Throws unless `lo ≤ value < hi`: a half-open interval, used for proportions that may be 0 but not 1. */
export function requireInHalfOpen(argument: string, value: number, lo: number, hi: number): number {
  requireFinite(argument, value);
  if (value < lo || value >= hi) fail(argument, `must be at least ${lo} and below ${hi} (got ${value})`);
  return value;
}

/** Throws unless both bounds are finite and `lower < upper`; an interval of zero width carries no SE. */
export function requireOrdered(lowerName: string, lower: number, upperName: string, upper: number): void {
  requireFinite(lowerName, lower);
  requireFinite(upperName, upper);
  if (!(lower < upper)) {
    fail(upperName, `must be greater than ${lowerName} (got ${lowerName} ${lower}, ${upperName} ${upper})`);
  }
}

/** Throws unless `a ≤ b`, naming both values. */
export function requireNotAbove(aName: string, a: number, bName: string, b: number): void {
  if (a > b) fail(aName, `must not exceed ${bName} (got ${aName} ${a}, ${bName} ${b})`);
}
