/** What every screening route needs first: the stage from the path, the record, the review's screening rule. */
import type { BibRecord } from '@evidens/biblio';
import { DEFAULT_SETTINGS, fromJson, type ReviewSettings, type Store } from '@evidens/store';
import type { Context } from 'hono';
import { requireUser } from '../access.js';
import { cachedMember, knownRecord, rememberMember, rememberRecord } from '../auth/access-cache.js';
import { type Env, type Mode, ROLES } from '../env.js';
import { ApiError } from '../errors.js';

/** The stages screened in the workbench (identification is decided by deduplication, not here). */
export const SCREENED_STAGES = ['title-abstract', 'full-text'] as const;
export type ScreenedStage = (typeof SCREENED_STAGES)[number];

/** A path parameter; the route's path always has it, so a missing one names nothing. */
export function param(c: Context<Env>, name: string): string {
  const value = c.req.param(name);
  if (value === undefined) throw new ApiError(404, 'not_found', `there is no route ${c.req.method} ${c.req.path}`);
  return value;
}

/** The stage in the path; an unknown one is a 404, like any path that names nothing. */
export function stageOf(c: Context<Env>): ScreenedStage {
  const stage = param(c, 'stage');
  if (!(SCREENED_STAGES as readonly string[]).includes(stage))
    throw new ApiError(
      404,
      'not_found',
      `there is no screening stage ${stage} (stages: ${SCREENED_STAGES.join(', ')})`,
    );
  return stage as ScreenedStage;
}

/** A record as the screening page shows it. */
export interface RecordSummary {
  id: string;
  title: string | null;
  abstract: string | null;
  year: number | null;
  authors: BibRecord['authors'];
  journal: string | null;
}

export function summaryOf(id: string, data: string): RecordSummary {
  const r = fromJson<BibRecord>(data, `record ${id}`);
  return {
    id,
    title: r.title ?? null,
    abstract: r.abstract ?? null,
    year: r.year ?? null,
    authors: r.authors ?? [],
    journal: r.journal ?? r.journalAbbrev ?? null,
  };
}

/** The record `recordId` of the review, or 404 (a record of another review is not found here either). */
export async function recordOf(store: Store, reviewId: string, recordId: string): Promise<RecordSummary> {
  const row = await store.db
    .selectFrom('records')
    .select(['id', 'data'])
    .where('review_id', '=', reviewId)
    .where('id', '=', recordId)
    .executeTakeFirst();
  if (!row) throw new ApiError(404, 'not_found', `there is no record ${recordId} in this review`);
  return summaryOf(row.id, row.data);
}

/** The review's settings with the defaults filled in, and the review's version. */
export async function settingsOf(
  db: Store['db'],
  reviewId: string,
): Promise<{ settings: ReviewSettings; version: number }> {
  const row = await db
    .selectFrom('reviews')
    .select(['settings', 'version'])
    .where('id', '=', reviewId)
    .executeTakeFirstOrThrow();
  const stored = fromJson<Partial<ReviewSettings>>(row.settings, `review ${reviewId} settings`);
  const settings = {
    ...stored,
    reviewersPerStage: { ...DEFAULT_SETTINGS.reviewersPerStage, ...stored.reviewersPerStage },
  };
  return { settings, version: Number(row.version) };
}

/**
 * Reviewers the stage needs. Single-user mode has one person, so one decision completes a record there whatever
 * the settings say (two reviewers' decisions imported from a folder can still be in conflict).
 */
export async function requiredAt(store: Store, mode: Mode, reviewId: string, stage: ScreenedStage): Promise<number> {
  if (mode === 'single') return 1;
  return (await settingsOf(store.db, reviewId)).settings.reviewersPerStage[stage];
}

/**
 * `access(c, reviewId, 'reviewer')` and `recordOf` in one query, with the same answers (401, 404 for the review, 403,
 * 404 for the record): deciding is the route reviewers call hundreds of times a minute, and a database round trip
 * saved there is worth the few lines that repeat access().
 */
export async function reviewerOnRecord(c: Context<Env>, reviewId: string, recordId: string) {
  const user = requireUser(c);
  const { store, mode, now } = c.get('options');
  const at = now().getTime();
  const cached = mode === 'team' ? cachedMember(store, reviewId, user.id, at) : undefined;
  if (cached && ROLES.indexOf(cached.role) >= ROLES.indexOf('reviewer') && knownRecord(store, reviewId, recordId))
    return { user, handle: cached.handle, recordId };
  const row = await store.db
    .selectFrom('reviews')
    .leftJoin('records', (join) => join.onRef('records.review_id', '=', 'reviews.id').on('records.id', '=', recordId))
    .leftJoin('memberships', (join) =>
      join.onRef('memberships.review_id', '=', 'reviews.id').on('memberships.user_id', '=', user.id),
    )
    .select(['records.id as record', 'memberships.role', 'memberships.handle'])
    .where('reviews.id', '=', reviewId)
    .executeTakeFirst();
  const member = mode === 'single' ? { role: 'owner' as const, handle: 'local' } : row?.role && row;
  if (!row || !member?.role || member.handle === null)
    throw new ApiError(404, 'not_found', `there is no review ${reviewId}`);
  if (ROLES.indexOf(member.role) < ROLES.indexOf('reviewer'))
    throw new ApiError(403, 'forbidden', `this needs the reviewer role in the review (you are ${member.role})`);
  if (!row.record) throw new ApiError(404, 'not_found', `there is no record ${recordId} in this review`);
  if (mode === 'team') rememberMember(store, reviewId, user.id, member.role, member.handle, at);
  rememberRecord(store, reviewId, row.record);
  return { user, handle: member.handle, recordId: row.record };
}
