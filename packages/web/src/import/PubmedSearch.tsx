/**
 * A PubMed query: "Count" asks how many records it finds (nothing fetched), "Fetch" runs it as a job that stores the
 * records under a new search. When PubMed cannot be reached the page says so, and that an export file can be uploaded.
 */
import { useState } from 'react';
import { ApiFailure, messageOf } from '../api/errors';
import { countPubmed, type Job, type PubmedCount, type PubmedSearchResult, startPubmed } from '../api/imports';
import { useI18n } from '../i18n/context';
import { formatCount } from '../i18n/messages';
import { JobProgress } from './JobProgress';
import { useJob } from './use-job';

type CountState =
  | { kind: 'none' }
  | { kind: 'counting' }
  | { kind: 'counted'; answer: PubmedCount; query: string }
  | { kind: 'unreachable'; detail: string }
  | { kind: 'failed'; message: string };

export function PubmedSearch({
  reviewId,
  canEdit,
  onStored,
}: {
  reviewId: string;
  canEdit: boolean;
  onStored: () => void;
}) {
  const { t, lang } = useI18n();
  const [query, setQuery] = useState('');
  const [count, setCount] = useState<CountState>({ kind: 'none' });
  const [started, setStarted] = useState<Job>();
  const [startError, setStartError] = useState<string>();
  const followed = useJob(started, (job) => {
    if (job.status === 'done') onStored();
  });
  const job = followed.job;
  const running = job !== undefined && (job.status === 'queued' || job.status === 'running');
  const empty = query.trim() === '';

  const onCount = async () => {
    if (empty) return;
    setCount({ kind: 'counting' });
    try {
      const answer = await countPubmed(reviewId, query.trim());
      setCount({ kind: 'counted', answer, query: query.trim() });
    } catch (e) {
      if (e instanceof ApiFailure && (e.status === 503 || e.status === 0))
        setCount({ kind: 'unreachable', detail: e.message });
      else setCount({ kind: 'failed', message: messageOf(e) });
    }
  };

  const onFetch = async () => {
    if (empty || running) return;
    setStartError(undefined);
    try {
      const answer = await startPubmed(reviewId, query.trim());
      setStarted(answer.job);
    } catch (e) {
      setStartError(messageOf(e));
    }
  };

  const result = job?.status === 'done' ? (job.result as PubmedSearchResult | null) : null;
  return (
    <section className="card" aria-labelledby="pubmed-h">
      <h3 id="pubmed-h">{t('import.pubmed.title')}</h3>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void onCount();
        }}
      >
        <label className="field">
          <span>{t('import.pubmed.query')}</span>
          <textarea
            rows={2}
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && !e.shiftKey) {
                e.preventDefault();
                void onCount();
              }
            }}
            placeholder="magnesium AND (cramp* OR spasm*)"
            aria-describedby="pubmed-hint"
          />
        </label>
        <p id="pubmed-hint" className="muted small">
          {t('import.pubmed.hint')}
        </p>
        <div className="actions">
          <button type="submit" disabled={empty || count.kind === 'counting'}>
            {t('import.pubmed.count')}
          </button>
          <button type="button" className="primary" disabled={empty || running || !canEdit} onClick={onFetch}>
            {t('import.pubmed.fetch')}
          </button>
        </div>
      </form>
      <div className="count-line" aria-live="polite">
        {count.kind === 'counting' && <p className="muted">{t('import.pubmed.counting')}</p>}
        {count.kind === 'counted' && (
          <>
            <p>
              <strong>{t('import.pubmed.hits', { n: formatCount(lang, count.answer.count) })}</strong>
            </p>
            {count.answer.translation && (
              <p className="small muted">
                {t('import.pubmed.translation')} <code>{count.answer.translation}</code>
              </p>
            )}
            {count.answer.warnings.length > 0 && (
              <ul className="warnings">
                {count.answer.warnings.map((w) => (
                  <li key={w}>{w}</li>
                ))}
              </ul>
            )}
          </>
        )}
      </div>
      {count.kind === 'unreachable' && <Unreachable detail={count.detail} />}
      {count.kind === 'failed' && (
        <div className="error" role="alert">
          <p>{count.message}</p>
        </div>
      )}
      {startError && (
        <div className="error" role="alert">
          <p>{startError}</p>
        </div>
      )}
      {job && <JobProgress job={job} label={t('import.pubmed.progress')} />}
      {followed.error && <p className="warnings">{followed.error}</p>}
      {job?.status === 'failed' && <p className="small">{t('import.pubmed.uploadInstead')}</p>}
      {result && (
        <p>
          {t('import.pubmed.stored', {
            fetched: formatCount(lang, result.fetched),
            count: formatCount(lang, result.count),
            added: formatCount(lang, result.added),
          })}
          {result.renamed > 0 && ` ${t('import.pubmed.renamed', { renamed: formatCount(lang, result.renamed) })}`}
        </p>
      )}
    </section>
  );
}

function Unreachable({ detail }: { detail: string }) {
  const { t } = useI18n();
  return (
    <div className="error" role="alert">
      <p>
        <strong>{t('import.pubmed.unreachable')}</strong>
      </p>
      <p>{t('import.pubmed.uploadInstead')}</p>
      <details>
        <summary>{t('import.pubmed.details')}</summary>
        <p className="small break">{detail}</p>
      </details>
    </div>
  );
}
