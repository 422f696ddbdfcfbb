/**
 * One record whole, in the side panel: title, authors, journal, year, DOI and PubMed links, abstract; for a record with
 * a PMID, citation searching (its references, the papers citing it) as a job followed to its end.
 */
import { useState } from 'react';
import { seg } from '../api/client';
import { messageOf } from '../api/errors';
import type { Job } from '../api/imports';
import {
  type Author,
  recordPath,
  type SnowballDirection,
  type SnowballResult,
  type StoredRecord,
  startSnowball,
} from '../api/records';
import { useApi } from '../api/use-api';
import { Load } from '../components/status';
import { useI18n } from '../i18n/context';
import { formatCount } from '../i18n/messages';
import { JobProgress } from '../import/JobProgress';
import { useJob } from '../import/use-job';

const nameOf = (a: Author) => a.literal ?? [a.family, a.given].filter(Boolean).join(' ');

export function RecordDetail(props: {
  reviewId: string;
  recordId: string;
  canEdit: boolean;
  onClose: () => void;
  onAdded: () => void;
}) {
  const { t } = useI18n();
  const state = useApi<StoredRecord>(recordPath(props.reviewId, props.recordId));
  return (
    <aside className="card record-detail" aria-labelledby="record-detail-h">
      <div className="title-row">
        <h3 id="record-detail-h">{t('records.detail')}</h3>
        <button type="button" onClick={props.onClose} aria-label={t('records.close')}>
          ×
        </button>
      </div>
      <Load state={state}>{(stored) => <RecordBody key={stored.id} {...props} stored={stored} />}</Load>
    </aside>
  );
}

function RecordBody(props: { reviewId: string; stored: StoredRecord; canEdit: boolean; onAdded: () => void }) {
  const { t, lang } = useI18n();
  const r = props.stored.record;
  const [started, setStarted] = useState<Job>();
  const [error, setError] = useState<string>();
  const followed = useJob(started, (job) => {
    if (job.status === 'done') props.onAdded();
  });
  const job = followed.job;
  const running = job !== undefined && (job.status === 'queued' || job.status === 'running');
  const start = async (direction: SnowballDirection) => {
    setError(undefined);
    try {
      setStarted((await startSnowball(props.reviewId, props.stored.id, direction)).job);
    } catch (e) {
      setError(messageOf(e));
    }
  };
  const where = [
    r.journal ?? r.journalAbbrev,
    r.year,
    r.volume && `${r.volume}${r.issue ? `(${r.issue})` : ''}`,
    r.pages,
  ].filter(Boolean);
  const result = job?.status === 'done' ? (job.result as SnowballResult | null) : null;
  return (
    <div className="record-body">
      <h4 className="record-full-title">{r.title ?? `${t('records.untitled')} (${r.id})`}</h4>
      {r.authors.length > 0 && <p className="record-authors">{r.authors.map(nameOf).join(', ')}</p>}
      {where.length > 0 && <p className="muted">{where.join(' · ')}</p>}
      <ul className="links small">
        {r.doi && (
          <li>
            DOI:{' '}
            <a href={`https://doi.org/${r.doi}`} target="_blank" rel="noreferrer">
              {r.doi}
            </a>
          </li>
        )}
        {r.pmid && (
          <li>
            PMID:{' '}
            <a href={`https://pubmed.ncbi.nlm.nih.gov/${seg(r.pmid)}/`} target="_blank" rel="noreferrer">
              {r.pmid}
            </a>
          </li>
        )}
        {r.pmcid && (
          <li>
            PMCID:{' '}
            <a href={`https://www.ncbi.nlm.nih.gov/pmc/articles/${seg(r.pmcid)}/`} target="_blank" rel="noreferrer">
              {r.pmcid}
            </a>
          </li>
        )}
        <li className="muted">
          {t('records.id')}: {r.id}
        </li>
      </ul>
      {r.abstract ? (
        <div className="record-abstract">
          <h5>{t('records.abstract')}</h5>
          <p>{r.abstract}</p>
        </div>
      ) : (
        <p className="muted small">{t('records.noAbstract')}</p>
      )}
      {r.keywords && r.keywords.length > 0 && (
        <p className="small">
          <strong>{t('records.keywords')}:</strong> {r.keywords.join('; ')}
        </p>
      )}
      {props.stored.file && (
        <p className="small muted">
          {t('records.from', { file: props.stored.file, position: formatCount(lang, props.stored.position + 1) })}
        </p>
      )}
      <section className="snowball" aria-labelledby="snowball-h">
        <h5 id="snowball-h">{t('records.snowball')}</h5>
        {r.pmid ? (
          <div className="actions">
            <button type="button" disabled={running || !props.canEdit} onClick={() => start('references')}>
              {t('records.references')}
            </button>
            <button type="button" disabled={running || !props.canEdit} onClick={() => start('cited-by')}>
              {t('records.citedBy')}
            </button>
          </div>
        ) : (
          <p className="muted small">{t('records.noPmid')}</p>
        )}
        {error && (
          <div className="error" role="alert">
            <p>{error}</p>
          </div>
        )}
        {job && <JobProgress job={job} label={t('records.snowballProgress')} />}
        {followed.error && <p className="warnings">{followed.error}</p>}
        {result && (
          <p>
            {t('records.snowballDone', {
              linked: formatCount(lang, result.linked),
              fetched: formatCount(lang, result.fetched),
              added: formatCount(lang, result.added),
            })}
          </p>
        )}
      </section>
    </div>
  );
}
