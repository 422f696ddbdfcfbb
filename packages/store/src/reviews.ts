/**
 * Reviews as rows: made with their protocol (review.yaml's raw map), listed for a user with their role and counts,
 * read, their protocol changed against the version the writer read, and deleted. Every write lands in one
 * transaction with its audit entry.
 */
import { type ItemIssue, LANGUAGES, type Language, localise, validateItem } from '@evidens/review';
import type { Kysely } from 'kysely';
import { audit } from './audit.js';
import { notFound, StoreError, versionConflict } from './errors.js';
import { newId, now } from './ids.js';
import { fromJson, toJson } from './json.js';
import { insertMember } from './memberships.js';
import type { Store } from './open-store.js';
import { type Database, DEFAULT_SETTINGS, type ReviewSettings } from './schema.js';

/** A review as the store holds it. */
export interface StoredReview {
  id: string;
  title: string;
  /** Guards the protocol: a write names the version it read. */
  version: number;
  /** The raw review.yaml map. */
  protocol: Record<string, unknown>;
  settings: ReviewSettings;
  createdAt: string;
  updatedAt: string;
}

/** A line of the review list. */
export interface ReviewSummary {
  id: string;
  title: string;
  language: string;
  role: 'owner' | 'reviewer' | 'viewer';
  version: number;
  updatedAt: string;
  counts: { records: number; studies: number };
}

/** Who writes: a user id, 'local' or 'system', for the audit log. */
export interface WriteOptions {
  actor: string;
}

/**
 * Checks a raw review.yaml map as the loader would on its own, plus that the question names only outcomes of the
 * protocol, so that what is stored exports as a valid review.yaml. Throws StoreError 'invalid' with the issues.
 */
export function checkProtocol(raw: unknown): void {
  const result = validateItem('protocol', raw);
  const issues = result.ok ? [] : [...result.issues];
  if (result.ok) {
    const ids = new Set(result.value.outcomes.map((o) => o.id));
    result.value.question?.outcomes.forEach((id, i) => {
      if (!ids.has(id)) {
        const path = `question.outcomes[${i}]`;
        issues.push({ code: 'unknown_reference', path, message: `${path} names no outcome of the review (got ${id})` });
      }
    });
  }
  if (issues.length > 0) throw invalid(issues);
}

/**
 * The title in the review's own language: review.yaml may write it once or as `{da, en}`.
 * @example
 * titleOf({ title: { da: 'Magnesium mod lægkramper', en: 'Magnesium for leg cramps' }, language: 'en' });
 * // 'Magnesium for leg cramps'
 */
export function titleOf(protocol: Record<string, unknown>): string {
  const lang = (LANGUAGES as readonly unknown[]).includes(protocol.language) ? (protocol.language as Language) : 'da';
  const title = localise(protocol.title, lang, 'review.yaml', []);
  return typeof title === 'string' ? title : '';
}

/** StoreError 'invalid' whose message is the first issue's (naming its field), with every issue as details. */
export function invalid(issues: readonly ItemIssue[]): StoreError {
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : '';
  return new StoreError('invalid', `${issues[0].message}${more}`, issues);
}

/**
 * Makes a review from its protocol; with an owner's user id (team mode) also their owner membership, with their
 * initials as handle.
 * @example
 * const review = await createReview(store, { title: 'Magnesium', language: 'en', outcomes: [] }, { actor: 'local' });
 * review.version; // 1
 */
export async function createReview(
  store: Store,
  protocol: Record<string, unknown>,
  options: WriteOptions & { owner?: string; settings?: ReviewSettings },
): Promise<StoredReview> {
  checkProtocol(protocol);
  const at = now();
  const review: StoredReview = {
    id: newId(),
    title: titleOf(protocol),
    version: 1,
    protocol,
    settings: options.settings ?? DEFAULT_SETTINGS,
    createdAt: at,
    updatedAt: at,
  };
  await store.transaction(async (trx) => {
    await trx
      .insertInto('reviews')
      .values({
        id: review.id,
        title: review.title,
        protocol: toJson(protocol),
        settings: toJson(review.settings),
        extras: '{}',
        version: 1,
        created_at: at,
        updated_at: at,
      })
      .execute();
    await audit(trx, {
      reviewId: review.id,
      actor: options.actor,
      action: 'create',
      entity: 'review',
      entityId: review.id,
      after: { title: review.title, protocol },
    });
    if (options.owner) {
      const owner = { reviewId: review.id, userId: options.owner, role: 'owner' as const };
      await insertMember(trx, owner, options.actor, new Date(at));
    }
  });
  return review;
}

/**
 * The reviews a user is a member of, with their role; `null` (single-user mode) lists every review as its owner.
 * Most recently changed first.
 */
export async function listReviews(store: Store, userId: string | null): Promise<ReviewSummary[]> {
  let query = store.db
    .selectFrom('reviews')
    .select((eb) => [
      'reviews.id',
      'reviews.title',
      'reviews.protocol',
      'reviews.version',
      'reviews.updated_at',
      eb
        .selectFrom('records')
        .select(eb.fn.countAll().as('n'))
        .whereRef('records.review_id', '=', 'reviews.id')
        .as('records'),
      eb
        .selectFrom('studies')
        .select(eb.fn.countAll().as('n'))
        .whereRef('studies.review_id', '=', 'reviews.id')
        .as('studies'),
    ]);
  if (userId !== null)
    query = query
      .innerJoin('memberships', 'memberships.review_id', 'reviews.id')
      .where('memberships.user_id', '=', userId);
  const rows = await query.orderBy('reviews.updated_at', 'desc').orderBy('reviews.id').execute();
  const roles =
    userId === null
      ? new Map<string, ReviewSummary['role']>()
      : new Map(
          (
            await store.db
              .selectFrom('memberships')
              .select(['review_id', 'role'])
              .where('user_id', '=', userId)
              .execute()
          ).map((m) => [m.review_id, m.role]),
        );
  return rows.map((row) => {
    const protocol = fromJson<Record<string, unknown>>(row.protocol, `review ${row.id}`);
    return {
      id: row.id,
      // From the protocol, not the title column, so that a title written in two languages shows in the review's own.
      title: titleOf(protocol),
      language: String(protocol.language ?? 'da'),
      role: roles.get(row.id) ?? 'owner',
      version: row.version,
      updatedAt: row.updated_at,
      counts: { records: Number(row.records ?? 0), studies: Number(row.studies ?? 0) },
    };
  });
}

/** The review with id `reviewId`; StoreError 'not_found' when there is none. */
export async function getReview(db: Kysely<Database>, reviewId: string): Promise<StoredReview> {
  const row = await db.selectFrom('reviews').selectAll().where('id', '=', reviewId).executeTakeFirst();
  if (!row) throw notFound(`review ${reviewId}`);
  const protocol = fromJson<Record<string, unknown>>(row.protocol, `review ${row.id}`);
  return {
    id: row.id,
    title: titleOf(protocol),
    version: row.version,
    protocol,
    settings: fromJson(row.settings, `review ${row.id}`),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/**
 * Replaces the protocol, if it is still at `expectedVersion`: else a version conflict carrying the current
 * `{version, protocol}`. The title follows the protocol's.
 */
export async function updateProtocol(
  store: Store,
  reviewId: string,
  expectedVersion: number,
  protocol: Record<string, unknown>,
  options: WriteOptions,
): Promise<StoredReview> {
  checkProtocol(protocol);
  return store.transaction(async (trx) => {
    const current = await getReview(trx, reviewId);
    const conflict = () => versionConflict('the protocol', { version: current.version, protocol: current.protocol });
    if (current.version !== expectedVersion) throw conflict();
    const at = now();
    const result = await trx
      .updateTable('reviews')
      .set({ protocol: toJson(protocol), title: titleOf(protocol), version: current.version + 1, updated_at: at })
      .where('id', '=', reviewId)
      .where('version', '=', expectedVersion)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) !== 1) throw conflict();
    await audit(trx, {
      reviewId,
      actor: options.actor,
      action: 'update',
      entity: 'protocol',
      entityId: reviewId,
      before: current.protocol,
      after: protocol,
    });
    return { ...current, protocol, title: titleOf(protocol), version: current.version + 1, updatedAt: at };
  });
}

/** Deletes a review and everything in it; the audit log keeps the entry that says so, with the protocol it had. */
export async function deleteReview(store: Store, reviewId: string, options: WriteOptions): Promise<void> {
  await store.transaction(async (trx) => {
    const current = await getReview(trx, reviewId);
    await trx.deleteFrom('reviews').where('id', '=', reviewId).execute();
    await audit(trx, {
      reviewId,
      actor: options.actor,
      action: 'delete',
      entity: 'review',
      entityId: reviewId,
      before: { title: current.title, protocol: current.protocol },
    });
  });
}

/** Marks the review as changed now (a change to its content, not its protocol: the version stays). */
export async function touchReview(db: Kysely<Database>, reviewId: string): Promise<void> {
  await db.updateTable('reviews').set({ updated_at: now() }).where('id', '=', reviewId).execute();
}
