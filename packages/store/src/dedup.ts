/**
 * Duplicate groups: records found (or said by a person) to be one publication. A run of deduplication replaces the
 * groups still 'proposed' and leaves the ones a person confirmed or rejected. Confirming a group writes, in the same
 * transaction, an identification-stage 'duplicate' decision by 'consensus' for every member but the kept one (reason:
 * the kept record's id), which is what PRISMA counts as duplicates removed; rejecting or un-confirming removes them.
 */
import type { Kysely, Transaction } from 'kysely';
import { audit } from './audit.js';
import { removeDecisions, writeDecisions } from './dedup-decisions.js';
import { groupOf, insertGroup, row, saveGroup } from './dedup-rows.js';
import { notFound, StoreError, versionConflict } from './errors.js';
import { newId, now } from './ids.js';
import type { Store } from './open-store.js';
import type { Database, DedupGroupsTable } from './schema.js';

export type DedupStatus = DedupGroupsTable['status'];
export const DEDUP_STATUSES: readonly DedupStatus[] = ['proposed', 'confirmed', 'rejected'];

export interface DedupGroup {
  id: string;
  kept: string;
  status: DedupStatus;
  version: number;
  evidence: unknown;
  /** Record ids, the kept one first. */
  members: string[];
  updatedAt: string;
}

/** A group a deduplication run proposes. */
export interface DedupProposal {
  kept: string;
  /** Every member, the kept one included. */
  ids: string[];
  evidence: unknown;
}

type Db = Kysely<Database>;

/**
 * Replaces the review's proposed groups with `proposals`, leaving out any that shares a record with a confirmed or
 * rejected group (a person has spoken about those records).
 *
 * @example
 * await replaceProposedGroups(store, reviewId, [{ kept: 'PM01', ids: ['PM01', 'RL01'], evidence }], 'local');
 * // { proposed: 1, skipped: 0, removed: 0 }
 */
export async function replaceProposedGroups(
  store: Store,
  reviewId: string,
  proposals: readonly DedupProposal[],
  actor: string,
): Promise<{ proposed: number; skipped: number; removed: number }> {
  return store.transaction(async (trx) => {
    const old = await trx
      .deleteFrom('dedup_groups')
      .where('review_id', '=', reviewId)
      .where('status', '=', 'proposed')
      .executeTakeFirst();
    const decided = new Set((await membersOf(trx, reviewId)).map((m) => m.record_id));
    const fresh = proposals.filter((p) => !p.ids.some((id) => decided.has(id)));
    const at = now();
    const groups = fresh.map((p) => ({ id: newId(), ...p }));
    for (let i = 0; i < groups.length; i += 500) {
      const chunk = groups.slice(i, i + 500);
      await trx
        .insertInto('dedup_groups')
        .values(chunk.map((g) => row(reviewId, g.id, g.kept, 'proposed', g.evidence, 1, at)))
        .execute();
      await trx
        .insertInto('dedup_members')
        .values(chunk.flatMap((g) => g.ids.map((record_id) => ({ group_id: g.id, review_id: reviewId, record_id }))))
        .execute();
    }
    const result = {
      proposed: groups.length,
      skipped: proposals.length - groups.length,
      removed: Number(old.numDeletedRows),
    };
    await audit(trx, {
      reviewId,
      actor,
      action: 'deduplicate',
      entity: 'dedup_groups',
      entityId: reviewId,
      after: result,
    });
    return result;
  });
}

/** The review's groups (of one status, if given), oldest first. */
export async function listDedupGroups(db: Db, reviewId: string, status?: DedupStatus): Promise<DedupGroup[]> {
  let query = db.selectFrom('dedup_groups').selectAll().where('review_id', '=', reviewId);
  if (status) query = query.where('status', '=', status);
  const rows = await query.orderBy('id').execute();
  const members = await membersOf(db, reviewId);
  const byGroup = new Map<string, string[]>();
  for (const m of members) byGroup.set(m.group_id, [...(byGroup.get(m.group_id) ?? []), m.record_id]);
  return rows.map((r) => groupOf(r, byGroup.get(r.id) ?? []));
}

/** One group, or undefined. */
export async function getDedupGroup(db: Db, reviewId: string, id: string): Promise<DedupGroup | undefined> {
  const r = await db
    .selectFrom('dedup_groups')
    .selectAll()
    .where('review_id', '=', reviewId)
    .where('id', '=', id)
    .executeTakeFirst();
  if (!r) return undefined;
  const members = await db.selectFrom('dedup_members').select('record_id').where('group_id', '=', id).execute();
  return groupOf(
    r,
    members.map((m) => m.record_id),
  );
}

/**
 * Confirms, rejects or re-proposes a group (and may change the record kept), at the version the caller read.
 *
 * @example
 * await decideDedupGroup(store, reviewId, groupId, { version: 1, status: 'confirmed' }, 'local'); // version 2
 */
export async function decideDedupGroup(
  store: Store,
  reviewId: string,
  groupId: string,
  change: { version: number; status: DedupStatus; kept?: string },
  actor: string,
): Promise<DedupGroup> {
  return store.transaction(async (trx) => {
    const before = await current(trx, reviewId, groupId, change.version);
    const kept = change.kept ?? before.kept;
    if (!before.members.includes(kept)) throw new StoreError('invalid', `kept: ${kept} is not a member of the group`);
    if (before.status === 'confirmed') await removeDecisions(trx, reviewId, before);
    const after: DedupGroup = { ...before, kept, status: change.status, version: before.version + 1, updatedAt: now() };
    if (after.status === 'confirmed') await writeDecisions(trx, reviewId, after);
    await saveGroup(trx, reviewId, after);
    await audit(trx, { reviewId, actor, action: 'update', entity: 'dedup_group', entityId: groupId, before, after });
    return after;
  });
}

/**
 * Takes records out of a group: two or more become a proposed group of their own, one becomes no group. A group
 * left with fewer than two records is removed.
 */
export async function splitDedupGroup(
  store: Store,
  reviewId: string,
  groupId: string,
  change: { version: number; recordIds: string[] },
  actor: string,
): Promise<{ group: DedupGroup | null; split: DedupGroup | null }> {
  return store.transaction(async (trx) => {
    const before = await current(trx, reviewId, groupId, change.version);
    const out = [...new Set(change.recordIds)];
    const strangers = out.filter((id) => !before.members.includes(id));
    if (out.length === 0 || strangers.length > 0)
      throw new StoreError(
        'invalid',
        `recordIds: give members of the group (not members: ${strangers.join(', ') || 'none given'})`,
      );
    if (out.length === before.members.length)
      throw new StoreError('invalid', 'recordIds: leave at least one record in the group');
    if (before.status === 'confirmed') await removeDecisions(trx, reviewId, before);
    const rest = before.members.filter((id) => !out.includes(id));
    const at = now();
    let group: DedupGroup | null = null;
    await trx.deleteFrom('dedup_members').where('group_id', '=', groupId).where('record_id', 'in', out).execute();
    if (rest.length < 2) await trx.deleteFrom('dedup_groups').where('id', '=', groupId).execute();
    else {
      const kept = rest.includes(before.kept) ? before.kept : rest[0];
      group = { ...before, kept, members: rest, version: before.version + 1, updatedAt: at };
      if (group.status === 'confirmed') await writeDecisions(trx, reviewId, group);
      await saveGroup(trx, reviewId, group);
    }
    const split =
      out.length >= 2 ? await insertGroup(trx, reviewId, out[0], out, 'proposed', { splitFrom: groupId }) : null;
    await audit(trx, {
      reviewId,
      actor,
      action: 'split',
      entity: 'dedup_group',
      entityId: groupId,
      before,
      after: { group, split },
    });
    return { group, split };
  });
}

/**
 * Makes a confirmed group of records a person says are one publication. The records leave any proposed group they
 * were in; a record in another confirmed group is refused.
 */
export async function mergeDuplicates(
  store: Store,
  reviewId: string,
  spec: { recordIds: string[]; kept: string },
  actor: string,
): Promise<DedupGroup> {
  return store.transaction(async (trx) => {
    const ids = [...new Set(spec.recordIds)];
    if (ids.length < 2) throw new StoreError('invalid', 'recordIds: give at least two records');
    if (!ids.includes(spec.kept)) throw new StoreError('invalid', `kept: ${spec.kept} is not among recordIds`);
    const found = await trx
      .selectFrom('records')
      .select('id')
      .where('review_id', '=', reviewId)
      .where('id', 'in', ids)
      .execute();
    const missing = ids.filter((id) => !found.some((r) => r.id === id));
    if (missing.length > 0) throw notFound(`record ${missing.join(', ')}`);
    const taken = (await membersOf(trx, reviewId)).filter((m) => ids.includes(m.record_id));
    const groups = await trx
      .selectFrom('dedup_groups')
      .select(['id', 'status'])
      .where('review_id', '=', reviewId)
      .execute();
    const statusOf = new Map(groups.map((g) => [g.id, g.status]));
    const confirmed = taken.filter((m) => statusOf.get(m.group_id) === 'confirmed');
    if (confirmed.length > 0)
      throw new StoreError(
        'exists',
        `record ${confirmed[0].record_id} is already in confirmed group ${confirmed[0].group_id}`,
      );
    const proposed = [...new Set(taken.filter((m) => statusOf.get(m.group_id) === 'proposed').map((m) => m.group_id))];
    for (const id of proposed) {
      await trx.deleteFrom('dedup_members').where('group_id', '=', id).where('record_id', 'in', ids).execute();
      const left = await trx.selectFrom('dedup_members').select('record_id').where('group_id', '=', id).execute();
      if (left.length < 2) await trx.deleteFrom('dedup_groups').where('id', '=', id).execute();
    }
    const group = await insertGroup(trx, reviewId, spec.kept, ids, 'confirmed', { manual: true });
    await writeDecisions(trx, reviewId, group);
    await audit(trx, { reviewId, actor, action: 'merge', entity: 'dedup_group', entityId: group.id, after: group });
    return group;
  });
}

async function current(trx: Transaction<Database>, reviewId: string, id: string, version: number): Promise<DedupGroup> {
  const group = await getDedupGroup(trx, reviewId, id);
  if (!group) throw notFound(`duplicate group ${id}`);
  if (group.version !== version) throw versionConflict(`duplicate group ${id}`, group);
  return group;
}

const membersOf = (db: Db, reviewId: string) =>
  db.selectFrom('dedup_members').select(['group_id', 'record_id']).where('review_id', '=', reviewId).execute();
