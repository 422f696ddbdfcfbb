/**
 * One error type for the figures. A figure checks its input where it is given and throws a `ReportError` whose message
 * names the field and, where there is one, the row (1-based) — `rows[3].weight must be a finite number (got NaN)`.
 */
export type ReportErrorCode = 'invalid_argument' | 'invalid_value' | 'renderer_unavailable' | 'font_not_found';

export class ReportError extends Error {
  readonly code: ReportErrorCode;
  /** The input field the problem is in, as a path ("rows[3].weight"). */
  readonly field?: string;

  constructor(code: ReportErrorCode, message: string, field?: string) {
    super(message);
    this.name = 'ReportError';
    this.code = code;
    if (field !== undefined) this.field = field;
  }
}

/** Throws unless `x` is a finite number; returns it. */
export function finite(field: string, x: number): number {
  if (typeof x !== 'number' || !Number.isFinite(x)) {
    throw new ReportError('invalid_value', `${field} must be a finite number (got ${String(x)})`, field);
  }
  return x;
}

/** Throws unless `value` is one of `allowed`; the message lists them. */
export function oneOf<T extends string>(field: string, value: string, allowed: readonly T[]): T {
  const hit = allowed.find((a) => a === value);
  if (hit === undefined) {
    throw new ReportError('invalid_argument', `${field} must be one of ${allowed.join(', ')} (got ${value})`, field);
  }
  return hit;
}
