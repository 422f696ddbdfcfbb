/**
 * When to try a request again and how long to wait first. Retried: no answer at all, 429 (too many requests) and
 * every 5xx, since all of these can pass; NCBI also sometimes reports a rate-limit refusal with status 200 and a
 * JSON body, which counts as a 429. Everything else (400, 404, 414, …) would fail the same way again.
 *
 * The wait doubles from `backoffMs` on each retry (1 s, 2 s, 4 s, … by default), capped at `maxDelayMs`; when the
 * server says how long to wait (Retry-After, in seconds or as an HTTP date) the client waits at least that long, and
 * gives up rather than wait longer than `maxDelayMs`.
 */

export interface RetryPolicy {
  /** Retries after the first attempt (so at most `retries + 1` requests). */
  retries: number;
  /** Wait before the first retry; doubled for each further one. */
  backoffMs: number;
  /** Longest wait the client accepts, from its own backoff or from Retry-After. */
  maxDelayMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { retries: 4, backoffMs: 1000, maxDelayMs: 60_000 };

/** True for statuses worth retrying: 429 and 5xx. */
export function isRetryableStatus(status: number): boolean {
  return status === 429 || (status >= 500 && status <= 599);
}

/** NCBI's in-band refusal: `{"error":"API rate limit exceeded",…}` in a 200 answer. */
export function isRateLimitBody(text: string): boolean {
  return /^\s*\{\s*"error"\s*:\s*"API rate limit exceeded"/i.test(text);
}

/**
 * The Retry-After header in milliseconds from `nowMs`, or undefined when absent or unreadable.
 * @example
 * retryAfterMs('3', 0); // → 3000
 * retryAfterMs('Sat, 01 Mar 2025 09:00:05 GMT', Date.parse('2025-03-01T09:00:00Z')); // → 5000
 */
export function retryAfterMs(header: string | undefined, nowMs: number): number | undefined {
  if (header === undefined) return undefined;
  const value = header.trim();
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  // An HTTP date names its day and month; anything else ("1.5", "soon") is unreadable, not a date to guess at.
  const at = /[a-z]/i.test(value) ? Date.parse(value) : Number.NaN;
  return Number.isNaN(at) ? undefined : Math.max(0, at - nowMs);
}

/**
 * The wait before retry number `retry` (1-based): the exponential backoff, or the server's Retry-After when longer.
 * @example
 * backoffDelay(DEFAULT_RETRY, 3);       // → 4000
 * backoffDelay(DEFAULT_RETRY, 1, 7000); // → 7000
 */
export function backoffDelay(policy: RetryPolicy, retry: number, serverMs?: number): number {
  const own = Math.min(policy.maxDelayMs, policy.backoffMs * 2 ** (retry - 1));
  return serverMs === undefined ? own : Math.max(own, serverMs);
}
