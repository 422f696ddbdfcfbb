/** One error type for the store: a code the server maps to an HTTP status, a message for people, and details. */

export const STORE_ERROR_CODES = ['not_found', 'version_conflict', 'invalid', 'exists', 'unavailable'] as const;
export type StoreErrorCode = (typeof STORE_ERROR_CODES)[number];

export class StoreError extends Error {
  override readonly name = 'StoreError';
  constructor(
    readonly code: StoreErrorCode,
    message: string,
    /** For a version conflict: the current state; for invalid input: the issues. */
    readonly details?: unknown,
  ) {
    super(message);
  }
}

export const isStoreError = (error: unknown): error is StoreError => error instanceof StoreError;

/**
 * The error for a write based on an old version: the object changed since the writer read it. `current` is the
 * object as it is now (the server answers 409 with it), or undefined when it was deleted.
 */
export function versionConflict(what: string, current: unknown): StoreError {
  return new StoreError(
    'version_conflict',
    current === undefined
      ? `${what} was deleted by someone else since you read it`
      : `${what} was changed by someone else since you read it; here is the current version`,
    { current },
  );
}

export const notFound = (what: string): StoreError => new StoreError('not_found', `there is no ${what}`);
