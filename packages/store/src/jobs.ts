/**
 * Long work (imports, searches, deduplication) as rows a client can poll: queued → running → done or failed, with a
 * progress from 0 to 1, a message for people, the result as JSON, and an error {code, message} when it failed.
 */
import type { Kysely } from 'kysely';
import { newId, now } from './ids.js';
import { fromJson, toJson } from './json.js';
import type { Store } from './open-store.js';
import type { Database, JobsTable } from './schema.js';

export type JobStatus = JobsTable['status'];

/** What went wrong, in words for the user: never a stack. */
export interface JobFailure {
  code: string;
  message: string;
}

/** A job as the API shows it. */
export interface Job {
  id: string;
  reviewId: string | null;
  kind: string;
  status: JobStatus;
  /** 0 to 1. */
  progress: number;
  message: string | null;
  result: unknown;
  error: JobFailure | null;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
}

/** What a running job may change. */
export interface JobUpdate {
  status?: JobStatus;
  progress?: number;
  message?: string | null;
  result?: unknown;
  error?: JobFailure | null;
}

/** The error a job left running by a stopped server gets. */
export const INTERRUPTED: JobFailure = {
  code: 'interrupted',
  message: 'the server stopped while this job was running; start it again',
};

/**
 * Adds a queued job.
 *
 * @example
 * const job = await createJob(store.db, { reviewId, kind: 'import', createdBy: 'local' });
 * job.status; // 'queued'
 */
export async function createJob(
  db: Kysely<Database>,
  spec: { reviewId: string | null; kind: string; createdBy: string },
): Promise<Job> {
  const at = now();
  const row: JobsTable = {
    id: newId(),
    review_id: spec.reviewId,
    kind: spec.kind,
    status: 'queued',
    progress: 0,
    message: null,
    result: null,
    error: null,
    created_by: spec.createdBy,
    created_at: at,
    updated_at: at,
  };
  await db.insertInto('jobs').values(row).execute();
  return jobOf(row);
}

/** A job by its id, or undefined. */
export async function getJob(db: Kysely<Database>, id: string): Promise<Job | undefined> {
  const row = await db.selectFrom('jobs').selectAll().where('id', '=', id).executeTakeFirst();
  return row && jobOf(row);
}

/** Changes a job's status, progress, message, result or error; progress is kept within 0 to 1. */
export async function updateJob(db: Kysely<Database>, id: string, update: JobUpdate): Promise<void> {
  const set: Partial<JobsTable> = { updated_at: now() };
  if (update.status !== undefined) set.status = update.status;
  if (update.progress !== undefined) set.progress = Math.min(1, Math.max(0, update.progress));
  if (update.message !== undefined) set.message = update.message;
  if (update.result !== undefined) set.result = toJson(update.result);
  if (update.error !== undefined) set.error = update.error === null ? null : toJson(update.error);
  await db.updateTable('jobs').set(set).where('id', '=', id).execute();
}

/**
 * Marks the jobs a stopped server left queued or running as failed: their work died with the process. The serve
 * command calls this before it listens. Returns how many it marked.
 *
 * @example
 * await failInterruptedJobs(store); // 1, and that job now reads { status: 'failed', error: { code: 'interrupted', … } }
 */
export async function failInterruptedJobs(store: Store): Promise<number> {
  const result = await store.db
    .updateTable('jobs')
    .set({ status: 'failed', error: toJson(INTERRUPTED), message: INTERRUPTED.message, updated_at: now() })
    .where('status', 'in', ['queued', 'running'])
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

function jobOf(row: JobsTable): Job {
  return {
    id: row.id,
    reviewId: row.review_id,
    kind: row.kind,
    status: row.status,
    progress: Number(row.progress),
    message: row.message,
    result: row.result === null ? null : fromJson(row.result, `job ${row.id} result`),
    error: row.error === null ? null : fromJson<JobFailure>(row.error, `job ${row.id} error`),
    createdBy: row.created_by,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
