/**
 * The "Find duplicates" button: a run answers at once for a review of ordinary size and is a job above the server's
 * limit, followed to its end; either way the page is told to reload the groups and the run's counts are shown.
 */
import { useState } from 'react';
import { type DedupRun, runDedup } from '../api/dedup';
import { messageOf } from '../api/errors';
import type { Job } from '../api/imports';
import { ErrorBox } from '../components/status';
import { useI18n } from '../i18n/context';
import { serverText } from '../i18n/server-text';
import { JobProgress } from '../import/JobProgress';
import { useJob } from '../import/use-job';

const isRun = (x: unknown): x is DedupRun =>
  typeof x === 'object' && x !== null && typeof (x as DedupRun).proposed === 'number';

export function RunDedup({ reviewId, onDone }: { reviewId: string; onDone: () => void }) {
  const { t, lang } = useI18n();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const [result, setResult] = useState<DedupRun>();
  const [job, setJob] = useState<Job>();
  const followed = useJob(job, (ended) => {
    setBusy(false);
    setJob(undefined);
    if (ended.status === 'failed')
      setError(ended.error ? serverText(lang, ended.error.message) : t('duplicates.runFailed'));
    else if (isRun(ended.result)) setResult(ended.result);
    onDone();
  });
  const start = async () => {
    setBusy(true);
    setError(undefined);
    setResult(undefined);
    try {
      const answer = await runDedup(reviewId);
      if ('job' in answer) {
        setJob(answer.job);
        return;
      }
      setResult(answer);
      setBusy(false);
      onDone();
    } catch (e) {
      setError(messageOf(e));
      setBusy(false);
    }
  };
  return (
    <div className="dup-run">
      <button type="button" className="primary" disabled={busy} onClick={() => void start()}>
        {busy ? t('duplicates.running') : t('duplicates.run')}
      </button>
      {followed.job && job && <JobProgress job={followed.job} label={t('duplicates.run')} />}
      {error && <ErrorBox message={error} />}
      <p className="status-line" role="status">
        {result &&
          t('duplicates.ran', {
            records: result.records,
            proposed: result.proposed,
            uncertain: result.uncertain,
            skipped: result.skipped,
          })}
      </p>
    </div>
  );
}
