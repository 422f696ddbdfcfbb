/**
 * Time as the client sees it: the current instant (for the search date and the rate limiter) and a cancellable
 * wait (for request spacing and retry backoff). Injectable so that tests of rate limits and backoff run instantly
 * on a virtual clock and measure time exactly.
 */
import { abortError } from './errors.js';

export interface Clock {
  /** Milliseconds since the Unix epoch. */
  now(): number;
  /** Resolves after `ms` milliseconds; rejects with an AbortError as soon as `signal` aborts. */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

/** Real time: `Date.now` and `setTimeout`. */
export const systemClock: Clock = {
  now: () => Date.now(),
  sleep(ms, signal) {
    return new Promise<void>((resolve, reject) => {
      if (signal?.aborted) {
        reject(abortError(signal));
        return;
      }
      const onAbort = () => {
        clearTimeout(timer);
        reject(abortError(signal));
      };
      const timer = setTimeout(() => {
        signal?.removeEventListener('abort', onAbort);
        resolve();
      }, ms);
      signal?.addEventListener('abort', onAbort, { once: true });
    });
  },
};

/** A clock whose time moves only when someone sleeps or calls `advance`. */
export interface VirtualClock extends Clock {
  advance(ms: number): void;
}

/**
 * A clock for tests and replays: `sleep(ms)` moves time forward by `ms` at once and resolves on the next microtask,
 * so a run that would wait minutes finishes instantly while every timestamp stays exact. Meant for one sequence of
 * calls at a time (concurrent sleepers would add up their waits).
 * @example
 * const clock = virtualClock(Date.parse('2025-03-01T09:00:00Z'));
 * await clock.sleep(1500);
 * new Date(clock.now()).toISOString(); // → '2025-03-01T09:00:01.500Z'
 */
export function virtualClock(startMs = 0): VirtualClock {
  let time = startMs;
  return {
    now: () => time,
    advance(ms) {
      time += ms;
    },
    async sleep(ms, signal) {
      if (signal?.aborted) throw abortError(signal);
      time += Math.max(0, ms);
    },
  };
}
