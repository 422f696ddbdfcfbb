/** Long work as jobs: the runner, and the routes that show a job and stream its progress. */
export { failInterruptedJobs } from '@evidens/store';
export { DEDUP_SYNC_LIMIT } from './dedup.js';
export { EVENT_POLL_MS, jobRoutes } from './routes.js';
export {
  failureOf,
  JobError,
  type JobOptions,
  jobsSettled,
  PROGRESS_INTERVAL_MS,
  type Report,
  runJob,
} from './run-job.js';
