/**
 * Merging records by hand: search the review's records, pick two or more, choose the one to keep, and make them a
 * confirmed group.
 */
import { type FormEvent, useState } from 'react';
import { mergeRecords } from '../api/dedup';
import { messageOf } from '../api/errors';
import { listRecords, type RecordSummary } from '../api/records';
import { ErrorBox } from '../components/status';
import { useI18n } from '../i18n/context';

const RESULTS = 10;

export function MergePanel({ reviewId, onMerged }: { reviewId: string; onMerged: () => void }) {
  const { t } = useI18n();
  const [q, setQ] = useState('');
  const [found, setFound] = useState<RecordSummary[]>();
  const [picked, setPicked] = useState<RecordSummary[]>([]);
  const [kept, setKept] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const [done, setDone] = useState<string>();

  const search = async (e: FormEvent) => {
    e.preventDefault();
    setError(undefined);
    try {
      setFound((await listRecords(reviewId, { q, searchId: '' }, 0, RESULTS)).items);
    } catch (err) {
      setError(messageOf(err));
    }
  };
  const toggle = (r: RecordSummary, on: boolean) => {
    const next = on ? [...picked, r] : picked.filter((p) => p.id !== r.id);
    setPicked(next);
    if (!next.some((p) => p.id === kept)) setKept(next[0]?.id);
  };
  const merge = async () => {
    if (!kept || picked.length < 2) return;
    setBusy(true);
    setError(undefined);
    try {
      await mergeRecords(
        reviewId,
        picked.map((p) => p.id),
        kept,
      );
      setDone(t('duplicates.merged', { n: picked.length }));
      setPicked([]);
      setKept(undefined);
      onMerged();
    } catch (err) {
      setError(messageOf(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card dup-merge" aria-labelledby="dup-merge-h">
      <h2 id="dup-merge-h">{t('duplicates.mergeTitle')}</h2>
      <p className="small muted">{t('duplicates.mergeIntro')}</p>
      <search>
        <form className="dup-search" onSubmit={search}>
          <label htmlFor="dup-q" className="sr-only">
            {t('duplicates.searchLabel')}
          </label>
          <input id="dup-q" type="search" value={q} onChange={(e) => setQ(e.target.value)} />
          <button type="submit">{t('duplicates.search')}</button>
        </form>
      </search>
      {error && <ErrorBox message={error} />}
      {found && (
        <ul className="dup-found" aria-label={t('duplicates.found')}>
          {found.length === 0 && <li className="muted">{t('duplicates.noneFound')}</li>}
          {found.map((r) => (
            <li key={r.id}>
              <label className="dup-check">
                <input
                  type="checkbox"
                  checked={picked.some((p) => p.id === r.id)}
                  onChange={(e) => toggle(r, e.target.checked)}
                />
                <span>
                  <span className="dup-id">{r.id}</span> {r.title ?? '–'}{' '}
                  <span className="muted small">
                    {[r.authors[0], r.year, r.journal].filter((x) => x !== undefined && x !== null).join(' · ')}
                  </span>
                </span>
              </label>
            </li>
          ))}
        </ul>
      )}
      {picked.length > 0 && (
        <fieldset className="dup-picked">
          <legend>{t('duplicates.keepWhich')}</legend>
          {picked.map((r) => (
            <label key={r.id} className="dup-check">
              <input type="radio" name="merge-kept" checked={kept === r.id} onChange={() => setKept(r.id)} />
              <span>
                <span className="dup-id">{r.id}</span> {r.title ?? '–'}
              </span>
            </label>
          ))}
        </fieldset>
      )}
      <div className="actions">
        <button type="button" className="primary" disabled={busy || picked.length < 2} onClick={() => void merge()}>
          {t('duplicates.merge', { n: picked.length })}
        </button>
      </div>
      <p className="status-line" role="status">
        {done}
      </p>
    </section>
  );
}
