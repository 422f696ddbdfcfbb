/**
 * Screening decisions in the store: one row per review, record, stage and reviewer, changed only by whoever holds its
 * current version, each change written together with its audit entry in one transaction. The caller (the server)
 * decides who may write which reviewer's row; the store checks the values.
 */
import { CONSENSUS_REVIEWER, SCREENING_STAGES, type ScreeningStage, STAGE_DECISIONS } from '@evidens/review';
import { type Kysely, sql } from 'kysely';
import { audit } from './audit.js';
import { notFound, StoreError, versionConflict } from './errors.js';
import { newId, now } from './ids.js';
import { toJson } from './json.js';
import type { Store } from './open-store.js';
import type { Database, ScreeningDecisionsTable } from './schema.js';

/** A decision as the API shows it. */
export interface StoredDecision {
  record: string;
  stage: ScreeningStage;
  /** The reviewer's handle, or 'consensus'. */
  reviewer: string;
  decision: string;
  reason: string | null;
  /** When it was last decided, ISO 8601. */
  time: string;
  /** Starts at 1, one up with every change; a change must name the version it replaces. */
  version: number;
}

export interface PutDecisionInput {
  reviewId: string;
  recordId: string;
  stage: ScreeningStage;
  reviewer: string;
  decision: string;
  reason?: string | null;
  /** The version being replaced; absent to create the decision. */
  version?: number;
  /** User id (or 'local') for the audit log. */
  actor: string;
}

const COLUMNS = ['record_id', 'stage', 'reviewer', 'decision', 'reason', 'time', 'version'] as const;
type Row = Pick<ScreeningDecisionsTable, (typeof COLUMNS)[number]>;

const shown = (row: Row): StoredDecision => ({
  record: row.record_id,
  stage: row.stage as ScreeningStage,
  reviewer: row.reviewer,
  decision: row.decision,
  reason: row.reason,
  time: row.time,
  version: Number(row.version),
});

const what = (i: { recordId: string; stage: string; reviewer: string }) =>
  `the decision of ${i.reviewer} on record ${i.recordId} at ${i.stage}`;

/**
 * Checks a decision against the stage's allowed values (STAGE_DECISIONS) and the rule that a full-text exclusion
 * gives its reason; throws StoreError 'invalid' (422) naming what is allowed.
 */
export function checkDecision(stage: string, decision: string, reason: string | null | undefined): void {
  if (!(SCREENING_STAGES as readonly string[]).includes(stage))
    throw new StoreError('invalid', `stage must be one of ${SCREENING_STAGES.join(', ')} (got ${stage})`);
  const allowed: readonly string[] = STAGE_DECISIONS[stage as ScreeningStage];
  if (!allowed.includes(decision))
    throw new StoreError('invalid', `decision at ${stage} must be one of ${allowed.join(', ')} (got ${decision})`);
  if (stage === 'full-text' && decision === 'exclude' && !reason?.trim())
    throw new StoreError('invalid', 'a full-text exclusion needs a reason');
}

/** The decisions of a review at a stage, in export order. */
export async function stageDecisions(
  db: Kysely<Database>,
  reviewId: string,
  stage: ScreeningStage,
): Promise<StoredDecision[]> {
  const rows = await db
    .selectFrom('screening_decisions')
    .select(COLUMNS)
    .where('review_id', '=', reviewId)
    .where('stage', '=', stage)
    .orderBy('position')
    .orderBy('id')
    .execute();
  return rows.map(shown);
}

/** Every decision on one record at a stage (reviewers and consensus), by reviewer. */
export async function recordDecisions(
  db: Kysely<Database>,
  reviewId: string,
  recordId: string,
  stage: ScreeningStage,
): Promise<StoredDecision[]> {
  const rows = await db
    .selectFrom('screening_decisions')
    .select(COLUMNS)
    .where('review_id', '=', reviewId)
    .where('record_id', '=', recordId)
    .where('stage', '=', stage)
    .orderBy('reviewer')
    .execute();
  return rows.map(shown);
}

async function current(db: Kysely<Database>, i: PutDecisionInput | DeleteDecisionInput) {
  const row = await db
    .selectFrom('screening_decisions')
    .select(COLUMNS)
    .where('review_id', '=', i.reviewId)
    .where('record_id', '=', i.recordId)
    .where('stage', '=', i.stage)
    .where('reviewer', '=', i.reviewer)
    .executeTakeFirst();
  return row && shown(row);
}

/**
 * Creates a reviewer's decision (no `version`) or changes it (`version` = the current one), with its audit entry, in
 * one transaction; resolves only after the commit. A new row goes to the end of the review's export order: position
 * max + 1, read in the insert itself. Two reviews' writers never wait for each other; two concurrent first decisions
 * in one review on PostgreSQL may share a position, and export breaks the tie by the time-ordered id.
 * Throws 'invalid' for a value the stage does not allow and 'version_conflict' (details.current) when the decision
 * exists but no version was given, or the version is not the current one.
 *
 * @example
 * await putDecision(store, { reviewId, recordId: 'PM01', stage: 'title-abstract', reviewer: 'SBL', decision: 'include', actor: userId });
 * // { record: 'PM01', stage: 'title-abstract', reviewer: 'SBL', decision: 'include', reason: null, time: '2026-…', version: 1 }
 */
export async function putDecision(store: Store, input: PutDecisionInput): Promise<StoredDecision> {
  checkDecision(input.stage, input.decision, input.reason);
  const reason = input.reason?.trim() || null;
  const at = now();
  if (input.version === undefined && store.kind === 'postgres') return insertAtOnce(store, input, reason, at);
  return store.transaction(async (trx) => {
    let row: Row | undefined;
    if (input.version === undefined) {
      row = await trx
        .insertInto('screening_decisions')
        .values({
          id: newId(),
          review_id: input.reviewId,
          record_id: input.recordId,
          stage: input.stage,
          reviewer: input.reviewer,
          decision: input.decision,
          reason,
          time: at,
          source: null,
          position: sql<number>`(select coalesce(max(position), -1) + 1 from screening_decisions where review_id = ${input.reviewId})`,
          version: 1,
          updated_at: at,
        })
        .onConflict((oc) => oc.columns(['review_id', 'record_id', 'stage', 'reviewer']).doNothing())
        .returning(COLUMNS)
        .executeTakeFirst();
      if (!row) throw exists(input, await current(trx, input));
    } else {
      const before = await current(trx, input);
      row = await trx
        .updateTable('screening_decisions')
        .set({ decision: input.decision, reason, time: at, version: input.version + 1, updated_at: at })
        .where('review_id', '=', input.reviewId)
        .where('record_id', '=', input.recordId)
        .where('stage', '=', input.stage)
        .where('reviewer', '=', input.reviewer)
        .where('version', '=', input.version)
        .returning(COLUMNS)
        .executeTakeFirst();
      if (!row) throw conflict(input, before);
      await audit(trx, auditOf(input, 'update', before, shown(row)));
      return shown(row);
    }
    const after = shown(row);
    await audit(trx, auditOf(input, input.reviewer === CONSENSUS_REVIEWER ? 'reconcile' : 'decide', undefined, after));
    return after;
  });
}

/**
 * A first decision and its audit entry on PostgreSQL in one statement (two inserts in data-modifying CTEs), which is
 * as atomic as a transaction and commits before it answers, in one round trip instead of four (begin, insert, insert,
 * commit): the decision route's hot path under load. When the decision exists already, neither insert writes.
 */
async function insertAtOnce(
  store: Store,
  input: PutDecisionInput,
  reason: string | null,
  at: string,
): Promise<StoredDecision> {
  const action = input.reviewer === CONSENSUS_REVIEWER ? 'reconcile' : 'decide';
  const after = shown({ ...input, record_id: input.recordId, reason, time: at, version: 1 });
  const entityId = `${input.recordId}/${input.stage}/${input.reviewer}`;
  const { rows } = await sql<Row>`
    with d as (
      insert into screening_decisions
        (id, review_id, record_id, stage, reviewer, decision, reason, time, source, position, version, updated_at)
      values (${newId()}, ${input.reviewId}, ${input.recordId}, ${input.stage}, ${input.reviewer}, ${input.decision},
        ${reason}, ${at}, null,
        (select coalesce(max(position), -1) + 1 from screening_decisions where review_id = ${input.reviewId}), 1, ${at})
      on conflict (review_id, record_id, stage, reviewer) do nothing
      returning record_id
    ), a as (
      insert into audit_log (id, review_id, actor, at, action, entity, entity_id, before, after)
      select ${newId()}, ${input.reviewId}, ${input.actor}, ${at}, ${action}, 'screening_decision', ${entityId}, null,
        ${toJson(after)}
      from d
    )
    select record_id from d`.execute(store.db);
  if (rows.length === 0) throw exists(input, await current(store.db, input));
  return after;
}

const exists = (input: PutDecisionInput, current: StoredDecision | undefined) =>
  new StoreError('version_conflict', `${what(input)} exists already; send its current version to change it`, {
    current,
  });

export interface DeleteDecisionInput {
  reviewId: string;
  recordId: string;
  stage: ScreeningStage;
  reviewer: string;
  version: number;
  actor: string;
}

/** Undoes a reviewer's decision at its current `version` (with an audit entry, one transaction). */
export async function deleteDecision(store: Store, input: DeleteDecisionInput): Promise<void> {
  await store.transaction(async (trx) => {
    const before = await current(trx, input);
    if (!before) throw notFound(`decision of ${input.reviewer} on record ${input.recordId} at ${input.stage}`);
    const result = await trx
      .deleteFrom('screening_decisions')
      .where('review_id', '=', input.reviewId)
      .where('record_id', '=', input.recordId)
      .where('stage', '=', input.stage)
      .where('reviewer', '=', input.reviewer)
      .where('version', '=', input.version)
      .executeTakeFirst();
    if (result.numDeletedRows === 0n) throw conflict(input, before);
    await audit(trx, auditOf(input, 'delete', before, undefined));
  });
}

function conflict(input: PutDecisionInput | DeleteDecisionInput, before: StoredDecision | undefined): StoreError {
  if (!before)
    return new StoreError('version_conflict', `${what(input)} was undone since you read it`, { current: null });
  return versionConflict(what(input), before);
}

function auditOf(
  input: PutDecisionInput | DeleteDecisionInput,
  action: string,
  before: StoredDecision | undefined,
  after: StoredDecision | undefined,
) {
  const entityId = `${input.recordId}/${input.stage}/${input.reviewer}`;
  return {
    reviewId: input.reviewId,
    actor: input.actor,
    action,
    entity: 'screening_decision',
    entityId,
    before,
    after,
  };
}
