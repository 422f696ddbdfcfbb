/**
 * One error type for the whole engine. Every check made at an entry point throws a `MetaError` with a code from
 * {@link MetaErrorCode} and a message that names the argument, and where it applies the row (1-based, as the user
 * counts rows in a file) and the column.
 */
export type MetaErrorCode =
  | 'invalid_argument'
  | 'invalid_value'
  | 'missing_column'
  | 'too_few_studies'
  | 'non_convergence'
  | 'singular_design';

export class MetaError extends Error {
  readonly code: MetaErrorCode;
  /** 1-based row of the input the problem is in, when there is one. */
  readonly row?: number;
  /** Column (argument) name the problem is in, when there is one. */
  readonly column?: string;

  constructor(code: MetaErrorCode, message: string, where: { row?: number; column?: string } = {}) {
    super(message);
    this.name = 'MetaError';
    this.code = code;
    if (where.row !== undefined) this.row = where.row;
    if (where.column !== undefined) this.column = where.column;
  }
}

/** Throws unless `value` is one of `allowed`; the message lists the allowed values. */
export function oneOf<T extends string>(argument: string, value: string, allowed: readonly T[]): T {
  const hit = allowed.find((a) => a === value);
  if (hit === undefined) {
    throw new MetaError('invalid_argument', `${argument} must be one of ${allowed.join(', ')} (got ${value})`, {
      column: argument,
    });
  }
  return hit;
}

/** Throws unless `value` is a finite number in the open interval (lo, hi). */
export function inOpenInterval(argument: string, value: number, lo: number, hi: number): number {
  if (!Number.isFinite(value) || value <= lo || value >= hi) {
    throw new MetaError('invalid_argument', `${argument} must be between ${lo} and ${hi} (got ${value})`, {
      column: argument,
    });
  }
  return value;
}
