/**
 * The identification-stage decisions a confirmed duplicate group stands for: a 'duplicate' decision by 'consensus' for
 * every member but the kept one, with the kept record's id as the reason (what PRISMA counts as duplicates removed).
 * Written when a group is confirmed, removed when it is rejected, split or un-confirmed.
 */
import type { Kysely, Transaction } from 'kysely';
import type { DedupGroup } from './dedup.js';
import { StoreError } from './errors.js';
import { newId, now } from './ids.js';
import type { Database } from './schema.js';

const identification = (db: Kysely<Database>, reviewId: string) =>
  db
    .selectFrom('screening_decisions')
    .where('review_id', '=', reviewId)
    .where('stage', '=', 'identification')
    .where('reviewer', '=', 'consensus');

/** The identification decisions of a confirmed group; refused when a member was already removed another way. */
export async function writeDecisions(trx: Transaction<Database>, reviewId: string, g: DedupGroup): Promise<void> {
  const others = g.members.filter((id) => id !== g.kept);
  const existing = await identification(trx, reviewId)
    .where('record_id', 'in', others)
    .select(['record_id', 'decision', 'reason'])
    .executeTakeFirst();
  if (existing)
    throw new StoreError(
      'exists',
      `record ${existing.record_id} is already removed before screening (${existing.decision}${existing.reason ? ` of ${existing.reason}` : ''})`,
    );
  const records = await trx
    .selectFrom('records')
    .select(['id', 'search_id'])
    .where('review_id', '=', reviewId)
    .where('id', 'in', others)
    .execute();
  const source = new Map(records.map((r) => [r.id, r.search_id]));
  const { max } = await trx
    .selectFrom('screening_decisions')
    .select((eb) => eb.fn.max('position').as('max'))
    .where('review_id', '=', reviewId)
    .executeTakeFirstOrThrow();
  const start = Number(max ?? 0) + 1;
  const at = now();
  await trx
    .insertInto('screening_decisions')
    .values(
      others.map((record_id, i) => ({
        id: newId(),
        review_id: reviewId,
        record_id,
        stage: 'identification',
        reviewer: 'consensus',
        decision: 'duplicate',
        reason: g.kept,
        time: at,
        source: source.get(record_id) ?? null,
        position: start + i,
        version: 1,
        updated_at: at,
      })),
    )
    .execute();
}

export async function removeDecisions(trx: Transaction<Database>, reviewId: string, g: DedupGroup): Promise<void> {
  await trx
    .deleteFrom('screening_decisions')
    .where('review_id', '=', reviewId)
    .where('stage', '=', 'identification')
    .where('reviewer', '=', 'consensus')
    .where('decision', '=', 'duplicate')
    .where('reason', '=', g.kept)
    .where(
      'record_id',
      'in',
      g.members.filter((id) => id !== g.kept),
    )
    .execute();
}
