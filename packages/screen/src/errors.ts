/**
 * One error type for the screening package. Every check made at an entry point throws a `ScreenError` with a code from
 * {@link ScreenErrorCode} and a message that names the argument (and, for data, the row and column).
 */
export type ScreenErrorCode =
  | 'invalid_argument'
  | 'missing_column'
  | 'invalid_value'
  | 'prior_knowledge'
  | 'unknown_record'
  | 'empty_dataset';

export class ScreenError extends Error {
  readonly code: ScreenErrorCode;

  constructor(code: ScreenErrorCode, message: string) {
    super(message);
    this.name = 'ScreenError';
    this.code = code;
  }
}

/** Throws unless `value` is one of `allowed`; the message lists the allowed values. */
export function oneOf<T extends string>(argument: string, value: string, allowed: readonly T[]): T {
  const hit = allowed.find((a) => a === value);
  if (hit === undefined) {
    throw new ScreenError('invalid_argument', `${argument} must be one of ${allowed.join(', ')} (got ${value})`);
  }
  return hit;
}

/** Throws unless `value` is a finite number in [lo, hi]. */
export function inRange(argument: string, value: number, lo: number, hi: number): number {
  if (!(Number.isFinite(value) && value >= lo && value <= hi)) {
    throw new ScreenError('invalid_argument', `${argument} must be a number from ${lo} to ${hi} (got ${value})`);
  }
  return value;
}
