/**
 * GET /api/jobs/:jobId and its progress as Server-Sent Events. A job is visible to the members of its review (a job
 * of no review, to the user who started it); to anyone else it does not exist.
 */
import { getJob, type Job } from '@evidens/store';
import type { Context, Hono } from 'hono';
import { streamSSE } from 'hono/streaming';
import { access, requireUser } from '../access.js';
import type { Env } from '../env.js';
import { ApiError } from '../errors.js';
import { api } from '../openapi.js';
import { param } from './run-job.js';

/** How often the event stream looks at the job: the job may run in another process, so it reads the table. */
export const EVENT_POLL_MS = 200;

const ENDED = new Set(['done', 'failed']);

async function visibleJob(c: Context<Env>, jobId: string): Promise<Job> {
  const user = requireUser(c);
  const job = await getJob(c.get('options').store.db, jobId);
  const missing = new ApiError(404, 'not_found', `there is no job ${jobId}`);
  if (!job) throw missing;
  if (job.reviewId === null) {
    if (job.createdBy !== user.id) throw missing;
    return job;
  }
  try {
    await access(c, job.reviewId, 'viewer');
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) throw missing;
    throw error;
  }
  return job;
}

/** The routes of jobs. */
export function jobRoutes(app: Hono<Env>): void {
  api(
    app,
    {
      method: 'get',
      path: '/api/jobs/:jobId',
      summary: 'A job: status, progress, message, result or error',
      tag: 'jobs',
      responses: { 200: 'The job' },
    },
    async (c) => c.json({ job: await visibleJob(c, param(c, 'jobId')) }),
  );

  api(
    app,
    {
      method: 'get',
      path: '/api/jobs/:jobId/events',
      summary: "A job's progress as Server-Sent Events: 'progress' events, then one 'end' event with the final job",
      tag: 'jobs',
      responses: { 200: 'text/event-stream' },
      produces: 'text/event-stream',
    },
    async (c) => {
      const first = await visibleJob(c, param(c, 'jobId'));
      const { db } = c.get('options').store;
      return streamSSE(c, async (stream) => {
        let aborted = false;
        stream.onAbort(() => {
          aborted = true;
        });
        let job: Job | undefined = first;
        let seen = '';
        let n = 0;
        while (job && !aborted) {
          if (ENDED.has(job.status)) {
            await stream.writeSSE({ event: 'end', data: JSON.stringify(job), id: String(n++) });
            return;
          }
          const state = `${job.status} ${job.progress} ${job.message}`;
          if (state !== seen) {
            seen = state;
            await stream.writeSSE({ event: 'progress', data: JSON.stringify(job), id: String(n++) });
          }
          await stream.sleep(EVENT_POLL_MS);
          job = await getJob(db, job.id);
        }
      });
    },
  );
}
