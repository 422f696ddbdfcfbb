/**
 * The records section of a review: every record in a windowed list (fast at tens of thousands), a text search and a
 * filter by search, and the chosen record whole in a side panel with citation searching.
 */
import { useCallback, useEffect, useState } from 'react';
import { type SearchRow, searchesPath } from '../api/imports';
import type { RecordSummary } from '../api/records';
import type { ReviewDetail } from '../api/types';
import { useApi } from '../api/use-api';
import { ErrorBox } from '../components/status';
import { useI18n } from '../i18n/context';
import { localText } from '../i18n/local-text';
import { formatCount } from '../i18n/messages';
import { RecordDetail } from '../records/RecordDetail';
import { useRecordPages } from '../records/use-record-pages';
import { VirtualList } from '../records/VirtualList';
import '../styles/records.css';

/** Milliseconds the search box waits after the last key before asking. */
const TYPING_PAUSE_MS = 300;

export function RecordsPage({ detail }: { detail: ReviewDetail }) {
  const { t, lang } = useI18n();
  const [typed, setTyped] = useState('');
  const [q, setQ] = useState('');
  const [searchId, setSearchId] = useState('');
  const [openId, setOpenId] = useState<string>();
  const searches = useApi<{ searches: SearchRow[] }>(searchesPath(detail.id));
  useEffect(() => {
    const timer = setTimeout(() => setQ(typed), TYPING_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [typed]);
  const pages = useRecordPages(detail.id, { q, searchId });
  const onOpen = useCallback((r: RecordSummary) => setOpenId(r.id), []);
  const onAdded = () => {
    pages.reload();
    searches.reload();
  };
  return (
    <section aria-labelledby="records-h" data-review={detail.id} className="records-page">
      <h2 id="records-h">{t('nav.records')}</h2>
      <div className="toolbar">
        <label>
          <span className="label-text">{t('records.search')}</span>
          <input
            type="search"
            value={typed}
            onChange={(e) => setTyped(e.target.value)}
            placeholder={t('records.searchPlaceholder')}
          />
        </label>
        <label>
          <span className="label-text">{t('records.filter')}</span>
          <select value={searchId} onChange={(e) => setSearchId(e.target.value)}>
            <option value="">{t('records.allSearches')}</option>
            {(searches.data?.searches ?? []).map((s) => (
              <option key={s.id} value={s.id}>
                {localText(s.source, lang) ?? s.id}
              </option>
            ))}
          </select>
        </label>
        <p className="muted records-count" role="status">
          {pages.total === undefined ? t('app.loading') : t('records.count', { n: formatCount(lang, pages.total) })}
        </p>
      </div>
      {pages.error && <ErrorBox message={pages.error} onRetry={pages.reload} />}
      <div className={`records-grid${openId ? ' with-detail' : ''}`}>
        <div className="card records-list-card">
          {pages.total === 0 ? (
            <p className="muted">{q || searchId ? t('records.noneMatch') : t('records.none')}</p>
          ) : (
            <VirtualList
              count={pages.total ?? 0}
              row={pages.row}
              want={pages.want}
              selectedId={openId}
              onOpen={onOpen}
              label={t('records.list')}
              resetKey={`${q}\u0000${searchId}`}
            />
          )}
        </div>
        {openId && (
          <RecordDetail
            key={openId}
            reviewId={detail.id}
            recordId={openId}
            canEdit={detail.role !== 'viewer'}
            onClose={() => setOpenId(undefined)}
            onAdded={onAdded}
          />
        )}
      </div>
    </section>
  );
}
