/** Duplicate groups as rows of dedup_groups and dedup_members, and back. */
import type { Transaction } from 'kysely';
import type { DedupGroup, DedupStatus } from './dedup.js';
import { newId, now } from './ids.js';
import { fromJson, toJson } from './json.js';
import type { Database, DedupGroupsTable } from './schema.js';

export async function insertGroup(
  trx: Transaction<Database>,
  reviewId: string,
  kept: string,
  ids: string[],
  status: DedupStatus,
  evidence: unknown,
): Promise<DedupGroup> {
  const group: DedupGroup = {
    id: newId(),
    kept,
    status,
    version: 1,
    evidence,
    members: [kept, ...ids.filter((i) => i !== kept)],
    updatedAt: now(),
  };
  await trx
    .insertInto('dedup_groups')
    .values(row(reviewId, group.id, kept, status, evidence, 1, group.updatedAt))
    .execute();
  await trx
    .insertInto('dedup_members')
    .values(group.members.map((record_id) => ({ group_id: group.id, review_id: reviewId, record_id })))
    .execute();
  return group;
}

export async function saveGroup(trx: Transaction<Database>, reviewId: string, g: DedupGroup): Promise<void> {
  await trx
    .updateTable('dedup_groups')
    .set({ kept: g.kept, status: g.status, version: g.version, updated_at: g.updatedAt })
    .where('review_id', '=', reviewId)
    .where('id', '=', g.id)
    .execute();
}

export function row(
  reviewId: string,
  id: string,
  kept: string,
  status: DedupStatus,
  evidence: unknown,
  version: number,
  at: string,
): DedupGroupsTable {
  return { id, review_id: reviewId, kept, status, evidence: toJson(evidence), version, updated_at: at };
}

export function groupOf(r: DedupGroupsTable, members: string[]): DedupGroup {
  return {
    id: r.id,
    kept: r.kept,
    status: r.status,
    version: Number(r.version),
    evidence: fromJson(r.evidence, `duplicate group ${r.id}`),
    members: [r.kept, ...members.filter((m) => m !== r.kept).sort()],
    updatedAt: r.updated_at,
  };
}
