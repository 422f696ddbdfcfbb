/**
 * Uploading an export file: any file (the server recognises the format from the content), attached to a search of the
 * protocol or to a new one named after the file; the job's progress, then its report.
 */
import { useState } from 'react';
import { ApiFailure, messageOf } from '../api/errors';
import { type ImportResult, type Job, type SearchRow, uploadFile } from '../api/imports';
import { useI18n } from '../i18n/context';
import { localText } from '../i18n/local-text';
import { ImportReport } from './ImportReport';
import { JobProgress } from './JobProgress';
import { isImportResult } from './report-summary';
import { useJob } from './use-job';

export function FileUpload(props: {
  reviewId: string;
  searches: SearchRow[];
  canEdit: boolean;
  onImported: () => void;
}) {
  const { t, lang } = useI18n();
  const { reviewId, searches, onImported } = props;
  const [file, setFile] = useState<File>();
  const [searchId, setSearchId] = useState('');
  const [started, setStarted] = useState<Job>();
  const [error, setError] = useState<string>();
  /** Whether the server refused the file as one the review holds already (the message names the copy). */
  const [held, setHeld] = useState(false);
  const [sending, setSending] = useState(false);
  const followed = useJob(started, (job) => {
    if (job.status === 'done') onImported();
  });
  const job = followed.job;
  const running = sending || (job !== undefined && (job.status === 'queued' || job.status === 'running'));

  const onSubmit = async (again = false) => {
    if (!file || running) return;
    setError(undefined);
    setHeld(false);
    setSending(true);
    try {
      const answer = await uploadFile(reviewId, file, file.name, searchId || undefined, again);
      setStarted(answer.job);
    } catch (e) {
      setError(messageOf(e));
      setHeld(e instanceof ApiFailure && e.status === 409 && e.code === 'exists');
    } finally {
      setSending(false);
    }
  };

  const result: ImportResult | undefined =
    job?.status === 'done' && isImportResult(job.result) ? job.result : undefined;
  return (
    <section className="card" aria-labelledby="upload-h">
      <h3 id="upload-h">{t('import.upload.title')}</h3>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void onSubmit();
        }}
      >
        <label className="field">
          <span>{t('import.upload.file')}</span>
          <input
            type="file"
            onChange={(e) => {
              setFile(e.target.files?.[0]);
              setHeld(false);
              setError(undefined);
            }}
            aria-describedby="upload-formats"
            disabled={running}
          />
        </label>
        <p id="upload-formats" className="muted small">
          {t('import.upload.formats')}
        </p>
        <label className="field">
          <span>{t('import.upload.search')}</span>
          <select value={searchId} onChange={(e) => setSearchId(e.target.value)} disabled={running}>
            <option value="">{t('import.upload.newSearch')}</option>
            {searches.map((s) => (
              <option key={s.id} value={s.id}>
                {localText(s.source, lang) ?? s.id}
              </option>
            ))}
          </select>
        </label>
        <div className="actions">
          <button type="submit" className="primary" disabled={!file || running || !props.canEdit}>
            {sending ? t('import.upload.sending') : t('import.upload.start')}
          </button>
        </div>
      </form>
      {error && (
        <div className="error" role="alert">
          <p>{error}</p>
          {held && (
            <div className="actions">
              <button type="button" onClick={() => void onSubmit(true)} disabled={running || !props.canEdit}>
                {t('import.upload.again')}
              </button>
            </div>
          )}
        </div>
      )}
      {job && <JobProgress job={job} label={t('import.upload.progress')} />}
      {followed.error && <p className="warnings">{followed.error}</p>}
      {result && <ImportReport result={result} />}
    </section>
  );
}
