/**
 * Long work runs in the server's process as a job: the request gets the queued job at once (202), the work goes on
 * after the answer, and its progress lands in the jobs table, written at most a few times a second so that a loop
 * reporting every record does not turn into a write per record. A failure the user can act on (a file that does not
 * parse, PubMed unreachable) is kept as {code, message}; any other failure is logged here and kept as 'internal',
 * so that no stack or internal detail reaches a client.
 */
import { PubmedError } from '@evidens/biblio';
import { createJob, isStoreError, type Job, type JobFailure, updateJob } from '@evidens/store';
import type { Context } from 'hono';
import type { Env } from '../env.js';
import { ApiError } from '../errors.js';

export type JobOptions = Env['Variables']['options'];

/** Tells the job's progress (0 to 1) and what it is doing now. */
export type Report = (progress: number, message?: string) => void;

/** A failure of a job that is the user's to fix, with the code and message the job keeps. */
export class JobError extends Error {
  override readonly name = 'JobError';
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** Least time between two progress writes of one job. */
export const PROGRESS_INTERVAL_MS = 250;

const running = new Set<Promise<void>>();

/**
 * Adds a job and starts `work` on it without waiting; returns the queued job. The work's value becomes the job's
 * result.
 *
 * @example
 * const job = await runJob(options, { reviewId, kind: 'import', actor: 'local' }, async (report) => {
 *   report(0.5, 'half way');
 *   return { added: 3 };
 * });
 * job.status; // 'queued'; later GET /api/jobs/:id gives { status: 'done', progress: 1, result: { added: 3 }, … }
 */
export async function runJob<T>(
  options: JobOptions,
  spec: { reviewId: string | null; kind: string; actor: string },
  work: (report: Report) => Promise<T>,
): Promise<Job> {
  const { db } = options.store;
  const job = await createJob(db, { reviewId: spec.reviewId, kind: spec.kind, createdBy: spec.actor });
  const run = execute(options, job.id, work).finally(() => running.delete(run));
  running.add(run);
  return job;
}

/** Resolves when every job started in this process has ended (tests, and a server shutting down). */
export async function jobsSettled(): Promise<void> {
  while (running.size > 0) await Promise.allSettled([...running]);
}

async function execute<T>(options: JobOptions, id: string, work: (report: Report) => Promise<T>): Promise<void> {
  const { db } = options.store;
  // Writes go one after another, so that a late progress write cannot land after the final one.
  let writes: Promise<unknown> = Promise.resolve();
  const write = (update: Parameters<typeof updateJob>[2]) => {
    writes = writes.then(() => updateJob(db, id, update)).catch((error) => console.error(error));
    return writes;
  };
  let last = 0;
  let pending: { progress: number; message?: string } | undefined;
  let timer: NodeJS.Timeout | undefined;
  const flush = () => {
    timer = undefined;
    if (!pending) return;
    last = Date.now();
    const { progress, message } = pending;
    pending = undefined;
    void write(message === undefined ? { progress } : { progress, message });
  };
  const report: Report = (progress, message) => {
    pending = { progress, ...(message === undefined ? {} : { message }) };
    const wait = last + PROGRESS_INTERVAL_MS - Date.now();
    if (wait <= 0) flush();
    else timer ??= setTimeout(flush, wait);
  };
  await write({ status: 'running' });
  try {
    const result = await work(report);
    if (timer) clearTimeout(timer);
    pending = undefined;
    await write({ status: 'done', progress: 1, result: result ?? null });
  } catch (error) {
    if (timer) clearTimeout(timer);
    pending = undefined;
    const failure = failureOf(error);
    await write({ status: 'failed', error: failure, message: failure.message });
  }
}

/** The {code, message} a job keeps for a thrown value; internal faults are logged and not described. */
export function failureOf(error: unknown): JobFailure {
  if (error instanceof JobError) return { code: error.code, message: error.message };
  if (error instanceof ApiError && error.status < 500) return { code: error.code, message: error.message };
  if (error instanceof ApiError && error.code === 'unavailable') return { code: error.code, message: error.message };
  if (isStoreError(error) && error.code !== 'unavailable') return { code: error.code, message: error.message };
  if (error instanceof PubmedError) return pubmedFailure(error);
  console.error(error);
  return { code: 'internal', message: 'something went wrong on the server' };
}

/** PubMed's failures in the user's words: unreachable, refusing, or answering something else. */
export function pubmedFailure(error: PubmedError): JobFailure {
  if (error.code === 'pubmed_unreachable')
    return {
      code: 'unavailable',
      message: `PubMed cannot be reached: ${error.message.replace(/^PubMed could not be reached: /, '')}`,
    };
  if (error.code === 'invalid_argument' || error.code === 'server_error')
    return { code: 'invalid', message: error.message };
  return { code: 'unavailable', message: `PubMed did not answer as expected: ${error.message}` };
}

/** A path parameter; the route's path always has it, so a missing one is no such thing. */
export function param(c: Context<Env>, name: string): string {
  const value = c.req.param(name);
  if (!value) throw new ApiError(404, 'not_found', `there is no route ${c.req.method} ${c.req.path}`);
  return value;
}
