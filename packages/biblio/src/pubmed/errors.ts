/**
 * One error type for the E-utilities client. Every failure the caller can act on has a code; the message says what
 * happened in words a user understands, and where a request is involved it names the URL with the API key removed.
 * Cancellation is not a PubmedError: it rejects with the platform's AbortError, as `fetch` does.
 */

export const PUBMED_ERROR_CODES = [
  'invalid_argument', // an option or query the client refuses before sending anything
  'pubmed_unreachable', // no answer at all (DNS, refused or reset connection, timeout), after the retries
  'http_error', // an HTTP error status: not retryable (4xx), or still failing after the retries (429, 5xx)
  'server_error', // a 200 answer that carries an error instead of data (ESearch ERROR, EFetch <ERROR>)
  'bad_response', // an answer that is not the documented format (not JSON, not PubMed XML)
] as const;
export type PubmedErrorCode = (typeof PUBMED_ERROR_CODES)[number];

export interface PubmedErrorDetails {
  /** HTTP status of the last answer, when there was one. */
  status?: number;
  /** The request URL without the API key (for POST, the endpoint; the parameters were in the body). */
  url?: string;
  /** Requests made, retries included. */
  attempts?: number;
}

export class PubmedError extends Error {
  readonly code: PubmedErrorCode;
  readonly status?: number;
  readonly url?: string;
  readonly attempts?: number;

  constructor(code: PubmedErrorCode, message: string, details: PubmedErrorDetails = {}, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'PubmedError';
    this.code = code;
    if (details.status !== undefined) this.status = details.status;
    if (details.url !== undefined) this.url = details.url;
    if (details.attempts !== undefined) this.attempts = details.attempts;
  }
}

/** The error a cancelled operation rejects with: the signal's reason when it is an AbortError, else a new one. */
export function abortError(signal?: AbortSignal): Error {
  const reason: unknown = signal?.reason;
  if (reason instanceof Error && reason.name === 'AbortError') return reason;
  return new DOMException('The PubMed request was cancelled.', 'AbortError');
}

/** Rejects with an AbortError when `signal` has aborted. */
export function throwIfAborted(signal?: AbortSignal): void {
  if (signal?.aborted) throw abortError(signal);
}

/** True for the error a cancelled operation rejects with. */
export function isAbortError(error: unknown): boolean {
  return error instanceof Error && error.name === 'AbortError';
}
