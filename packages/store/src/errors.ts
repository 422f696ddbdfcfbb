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
