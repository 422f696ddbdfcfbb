/**
 * What the screening path asks on every decision, kept in memory for a few seconds: a member's role and handle in a
 * review, and that a record exists in it (records are never deleted one by one, so a record once seen stays). A
 * reviewer deciding a record a second then costs the database one statement, the decision itself. A change of role,
 * a removal or the deletion of the review forgets the review's entries at once in this process; another server
 * process sees such a change within {@link ACCESS_CACHE_MS}.
 */
import type { Store } from '@evidens/store';
import type { Role } from '../env.js';

export const ACCESS_CACHE_MS = 5000;
const MAX_ENTRIES = 100_000;

interface Member {
  role: Role;
  handle: string;
  until: number;
}

const members = new WeakMap<Store, Map<string, Member>>();
const records = new WeakMap<Store, Set<string>>();

const key = (reviewId: string, other: string) => `${reviewId}\u0000${other}`;

function mapOf<T>(cache: WeakMap<Store, T>, store: Store, make: () => T): T {
  let value = cache.get(store);
  if (!value) {
    value = make();
    cache.set(store, value);
  }
  return value;
}

export function cachedMember(store: Store, reviewId: string, userId: string, nowMs: number): Member | undefined {
  const map = mapOf(members, store, () => new Map<string, Member>());
  const entry = map.get(key(reviewId, userId));
  if (entry && entry.until > nowMs) return entry;
  if (entry) map.delete(key(reviewId, userId));
  return undefined;
}

export function rememberMember(
  store: Store,
  reviewId: string,
  userId: string,
  role: Role,
  handle: string,
  nowMs: number,
) {
  const map = mapOf(members, store, () => new Map<string, Member>());
  if (map.size >= MAX_ENTRIES) map.clear();
  map.set(key(reviewId, userId), { role, handle, until: nowMs + ACCESS_CACHE_MS });
}

export function knownRecord(store: Store, reviewId: string, recordId: string): boolean {
  return mapOf(records, store, () => new Set<string>()).has(key(reviewId, recordId));
}

export function rememberRecord(store: Store, reviewId: string, recordId: string): void {
  const set = mapOf(records, store, () => new Set<string>());
  if (set.size >= MAX_ENTRIES) set.clear();
  set.add(key(reviewId, recordId));
}

/** Forgets what is cached of a review: its members' roles and handles, and its records. */
export function forgetReviewAccess(store: Store, reviewId: string): void {
  const prefix = key(reviewId, '');
  const map = members.get(store);
  if (map) for (const k of [...map.keys()]) if (k.startsWith(prefix)) map.delete(k);
  const set = records.get(store);
  if (set) for (const k of [...set]) if (k.startsWith(prefix)) set.delete(k);
}
