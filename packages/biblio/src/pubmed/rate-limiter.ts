/**
 * NCBI's request-rate policy, enforced before every request: at most 3 requests per second without an API key and
 * 10 with one ("Up to 3 rps: this is the default limit. 3 to 10 rps: permitted with an API key. Exceeding 10 rps
 * will result in throttling of requests with a corresponding 429 error code", NLM support article KA-05510).
 *
 * The limiter keeps a minimum spacing of ⌈1000 / rate⌉ ms between the starts of consecutive requests, which puts at
 * most `rate` starts in any one-second window. Slots are handed out in call order, so concurrent callers queue
 * rather than burst; retries take a slot like any other request.
 */
import type { Clock } from './clock.js';

/** Requests per second NCBI allows without and with an API key. */
export const NCBI_RATE = { withoutKey: 3, withKey: 10 } as const;

export class RateLimiter {
  readonly spacingMs: number;
  #next = Number.NEGATIVE_INFINITY;

  /**
   * @example
   * const limiter = new RateLimiter(virtualClock(), 3);
   * limiter.spacingMs; // → 334
   */
  constructor(
    private readonly clock: Clock,
    requestsPerSecond: number,
  ) {
    this.spacingMs = Math.ceil(1000 / requestsPerSecond);
  }

  /** Waits for the next free slot; rejects with an AbortError if `signal` aborts while waiting. */
  async acquire(signal?: AbortSignal): Promise<void> {
    const now = this.clock.now();
    const slot = Math.max(now, this.#next);
    this.#next = slot + this.spacingMs;
    if (slot > now) await this.clock.sleep(slot - now, signal);
  }
}
