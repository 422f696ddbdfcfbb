/**
 * Live sessions kept in memory for a few seconds, so that a reviewer deciding a record every second costs one
 * session lookup in the database every few seconds rather than one per request. Only live sessions are kept; expiry
 * is checked against the clock on every request, and signing out forgets the session at once. A second server
 * process may honour a session for at most {@link SESSION_CACHE_MS} after it was signed out elsewhere.
 */
import type { Store } from '@evidens/store';
import type { Session, User } from '../env.js';

export const SESSION_CACHE_MS = 5000;
const MAX_ENTRIES = 10_000;

interface Entry {
  user: User;
  session: Session;
  until: number;
}

const caches = new WeakMap<Store, Map<string, Entry>>();

function cacheOf(store: Store): Map<string, Entry> {
  let cache = caches.get(store);
  if (!cache) {
    cache = new Map();
    caches.set(store, cache);
  }
  return cache;
}

/** The cached session with this id (the token's hash), if it was looked up less than a few seconds ago. */
export function cachedSession(store: Store, id: string, nowMs: number): Entry | undefined {
  const cache = cacheOf(store);
  const entry = cache.get(id);
  if (!entry) return undefined;
  if (entry.until > nowMs) return entry;
  cache.delete(id);
  return undefined;
}

export function rememberSession(store: Store, user: User, session: Session, nowMs: number): void {
  const cache = cacheOf(store);
  // Oldest first out: a Map keeps insertion order.
  if (cache.size >= MAX_ENTRIES) cache.delete(cache.keys().next().value as string);
  cache.set(session.id, { user, session, until: nowMs + SESSION_CACHE_MS });
}

/** Forgets a session (sign-out). */
export function forgetSession(store: Store, id: string): void {
  cacheOf(store).delete(id);
}
