/** A job's progress bar and line, announced politely to screen readers. */
import type { Job } from '../api/imports';
import { useI18n } from '../i18n/context';
import { jobProgressLine } from './job-progress';
import '../styles/import.css';

export function JobProgress({ job, label }: { job: Job; label: string }) {
  const { t, lang } = useI18n();
  const line = jobProgressLine(job, lang, {
    queued: t('import.job.queued'),
    done: t('import.job.done'),
    failed: t('import.job.failed'),
  });
  return (
    <div className={`job-progress${line.failed ? ' job-failed' : ''}`}>
      <progress max={100} value={line.percent} aria-label={label} />
      <p className="status-line" role="status" aria-live="polite">
        {line.text}
      </p>
    </div>
  );
}
