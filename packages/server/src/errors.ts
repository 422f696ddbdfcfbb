/**
 * One HTTP error type and one envelope, `{error: {code, message, details?}}`. The central handler turns an ApiError
 * or a store error into that envelope; anything else is an internal fault, logged on the server and answered with a
 * plain 500 that tells the client nothing of the internals.
 */
import { isStoreError, type StoreErrorCode } from '@evidens/store';
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

export type ErrorCode =
  | 'bad_request'
  | 'invalid'
  | 'unauthenticated'
  | 'forbidden'
  | 'csrf'
  | 'not_found'
  | 'version_conflict'
  | 'exists'
  | 'in_use'
  | 'too_many_requests'
  | 'payload_too_large'
  | 'unavailable'
  | 'internal';

export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

export interface ErrorBody {
  error: { code: ErrorCode; message: string; details?: unknown };
}

const STORE_STATUS: Record<StoreErrorCode, [ContentfulStatusCode, ErrorCode]> = {
  not_found: [404, 'not_found'],
  version_conflict: [409, 'version_conflict'],
  invalid: [422, 'invalid'],
  exists: [409, 'exists'],
  unavailable: [503, 'unavailable'],
};

/** The body and status for any thrown value. */
export function errorResponse(error: unknown): { status: ContentfulStatusCode; body: ErrorBody } {
  if (error instanceof ApiError) {
    const body: ErrorBody = { error: { code: error.code, message: error.message } };
    if (error.details !== undefined) body.error.details = error.details;
    return { status: error.status, body };
  }
  if (isStoreError(error)) {
    const [status, code] = STORE_STATUS[error.code];
    const body: ErrorBody = { error: { code, message: error.message } };
    if (error.details !== undefined) body.error.details = error.details;
    return { status, body };
  }
  return { status: 500, body: { error: { code: 'internal', message: 'something went wrong on the server' } } };
}

/** The app's onError handler. */
export function handleError(error: unknown, c: Context): Response {
  const { status, body } = errorResponse(error);
  if (status === 500) console.error(error);
  return c.json(body, status);
}
