/**
 * What each role may do on the duplicates page (packages/server/src/routes/dedup.ts): viewers look; reviewers and
 * owners run deduplication, decide groups, split them and merge records by hand. Pure.
 */
import type { DedupStatus } from '../api/dedup';
import type { Role } from '../api/types';

export interface DedupActions {
  run: boolean;
  decide: boolean;
  merge: boolean;
}

/**
 * @example
 * dedupActions('viewer'); // → { run: false, decide: false, merge: false }
 */
export function dedupActions(role: Role): DedupActions {
  const can = role === 'owner' || role === 'reviewer';
  return { run: can, decide: can, merge: can };
}

/**
 * The status buttons a group offers: a proposed group is confirmed or rejected; a decided one is taken back to
 * proposed (or turned over).
 * @example
 * statusChoices('confirmed'); // → ['proposed', 'rejected']
 */
export function statusChoices(status: DedupStatus): DedupStatus[] {
  if (status === 'proposed') return ['confirmed', 'rejected'];
  if (status === 'confirmed') return ['proposed', 'rejected'];
  return ['proposed', 'confirmed'];
}
