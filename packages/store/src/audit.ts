/** The append-only audit log: every change of a review's content says who made it, when, and what it was before. */
import type { Kysely } from 'kysely';
import { newId, now } from './ids.js';
import { toJson } from './json.js';
import type { Database } from './schema.js';

export interface AuditEntry {
  reviewId: string | null;
  /** User id, 'local' in single-user mode, or 'system'. */
  actor: string;
  action: 'create' | 'update' | 'delete' | 'import' | 'decide' | 'merge' | 'split' | 'reconcile' | string;
  entity: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
}

/** Writes one entry; call it inside the transaction that makes the change, so both land or neither does. */
export async function audit(db: Kysely<Database>, entry: AuditEntry): Promise<void> {
  await db
    .insertInto('audit_log')
    .values({
      id: newId(),
      review_id: entry.reviewId,
      actor: entry.actor,
      at: now(),
      action: entry.action,
      entity: entry.entity,
      entity_id: entry.entityId,
      before: entry.before === undefined ? null : toJson(entry.before),
      after: entry.after === undefined ? null : toJson(entry.after),
    })
    .execute();
}
