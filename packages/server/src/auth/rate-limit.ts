/**
 * Failed sign-ins, counted per key (an email, a client address) over a sliding window: after `max` failures in
 * `windowMs` the key must wait until the oldest of them leaves the window. Kept in memory: one server process holds
 * the counts and forgets them when it restarts, which is enough to make guessing passwords slow on a team server
 * that runs as one process; several processes behind a balancer would need the counts in the database.
 */
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';

/** Beyond this many keys, keys without a recent failure are swept out, so that the map cannot grow without end. */
const SWEEP_AT = 10_000;

export class FailureLimiter {
  private readonly failures = new Map<string, number[]>();

  constructor(
    readonly max = 5,
    readonly windowMs = 15 * 60_000,
  ) {}

  /** Seconds until `key` may try again; 0 when it may now. */
  retryAfter(key: string, at: number): number {
    const times = this.recent(key, at);
    if (times.length < this.max) return 0;
    return Math.max(1, Math.ceil((times[times.length - this.max] + this.windowMs - at) / 1000));
  }

  /** Counts a failure of `key`. */
  fail(key: string, at: number): void {
    if (this.failures.size >= SWEEP_AT) this.sweep(at);
    this.failures.set(key, [...this.recent(key, at), at]);
  }

  /** Forgets the failures of `key` (after a successful sign-in). */
  clear(key: string): void {
    this.failures.delete(key);
  }

  private recent(key: string, at: number): number[] {
    return (this.failures.get(key) ?? []).filter((t) => t > at - this.windowMs);
  }

  private sweep(at: number): void {
    for (const key of [...this.failures.keys()]) if (this.recent(key, at).length === 0) this.failures.delete(key);
  }
}

/**
 * The client's address as the socket sees it. Forwarded headers are not trusted (anyone can send them); behind a
 * proxy every client shares the proxy's address. In-process requests (tests) have no socket: 'unknown'.
 */
export function clientAddress(c: Context): string {
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'unknown';
  }
}
