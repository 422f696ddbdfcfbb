/**
 * The analyses of the protocol, computed in the page from the review model: the report's forest plot, the pooled
 * estimate with its interval, I² and τ², and the study data, whose edits recompute everything at once.
 */

import type { Review } from '@evidens/review';
import { useMemo, useState } from 'react';
import { type AnalysisView, computeAnalysis } from '../analysis/compute';
import { type DataRow, DataTable } from '../analysis/DataTable';
import { getAt, type Path, pairItems, setAt } from '../analysis/edit';
import { PooledPanel } from '../analysis/PooledPanel';
import { put, seg } from '../api/client';
import { ApiFailure, messageOf } from '../api/errors';
import type { Item, ModelAnswer, ReviewDetail } from '../api/types';
import { useApi } from '../api/use-api';
import { ErrorBox, Load } from '../components/status';
import { useI18n } from '../i18n/context';

type Computed = { ok: AnalysisView; failed?: undefined } | { ok?: undefined; failed: string };

export function AnalysisPage({ detail }: { detail: ReviewDetail }) {
  const base = `/api/reviews/${seg(detail.id)}`;
  const model = useApi<ModelAnswer>(`${base}/model`);
  const items = useApi<{ items: Item[] }>(`${base}/data`);
  return (
    <Load state={model}>
      {(m) => (
        <Load state={items}>
          {(it) => <Analyses base={base} initial={m.review} items={it.items} readOnly={detail.role === 'viewer'} />}
        </Load>
      )}
    </Load>
  );
}

function Analyses(props: { base: string; initial: Review; items: Item[]; readOnly: boolean }) {
  const { t, lang } = useI18n();
  const [review, setReview] = useState(props.initial);
  const [items, setItems] = useState(props.items);
  const [chosen, setChosen] = useState(props.initial.analyses[0]?.id);
  const [status, setStatus] = useState('');
  const [error, setError] = useState<string>();
  const pairs = useMemo(
    () =>
      pairItems(
        review.data,
        items.map((i) => i.doc),
      ),
    [review.data, items],
  );

  const view = useMemo((): Computed | undefined => {
    if (!chosen) return undefined;
    try {
      return { ok: computeAnalysis(review, chosen, lang) };
    } catch (e) {
      return { failed: e instanceof Error ? e.message : String(e) };
    }
  }, [review, chosen, lang]);

  if (review.analyses.length === 0) return <p>{t('analysis.none')}</p>;
  const run = view?.ok?.run;
  const labelOf = (study: string) => review.studies.find((s) => s.id === study)?.label ?? study;
  const rows: DataRow[] = run
    ? review.data
        .map((entry, index) => ({ entry, index, label: labelOf(entry.study) }))
        .filter(
          (r) =>
            r.entry.outcome === run.outcome.id &&
            (r.entry.comparison === undefined || r.entry.comparison === run.analysis.comparison) &&
            (run.analysis.timepoint === undefined || r.entry.timepoint === run.analysis.timepoint),
        )
    : [];

  const edit = (index: number, path: Path, value: number) => {
    setReview((r) => ({ ...r, data: r.data.map((d, i) => (i === index ? setAt(d, path, value) : d)) }));
  };

  const commit = async (index: number) => {
    const at = pairs[index];
    const entry = review.data[index];
    if (at === undefined) return;
    const item = items[at];
    // The stored document with the model entry's numbers written into it (only the numbers the table edits).
    let doc = item.doc;
    for (const part of ['arms', 'paired', 'effect'] as const) {
      if (entry[part] !== undefined) doc = setAt(doc, [part], { ...(doc[part] as object), ...entry[part] });
    }
    setStatus(t('analysis.saving'));
    try {
      const answer = await put<Item | { item: Item }>(`${props.base}/data/${seg(item.id)}`, {
        version: item.version,
        doc,
      });
      // The contract says {item}; the server answers with the item itself. Either is read.
      const saved = 'item' in answer ? answer.item : answer;
      setItems((list) => list.map((x, i) => (i === at ? saved : x)));
      setStatus(t('analysis.saved'));
      setError(undefined);
    } catch (e) {
      setStatus('');
      const label = labelOf(entry.study);
      if (e instanceof ApiFailure && e.code === 'version_conflict') {
        const current = (e.details as { current?: unknown } | undefined)?.current;
        if (current && typeof current === 'object' && 'doc' in current) {
          const stored = current as Item;
          setItems((list) => list.map((x, i) => (i === at ? stored : x)));
          setReview((r) => ({ ...r, data: r.data.map((d, i) => (i === index ? restore(d, stored.doc) : d)) }));
          setError(t('analysis.conflict', { study: label, value: describe(stored.doc, entry) }));
        } else {
          setError(t('analysis.conflict', { study: label, value: String(current ?? '?') }));
        }
      } else if (e instanceof ApiFailure && e.status === 422) {
        setError(t('analysis.invalid', { study: label, message: messageOf(e) }));
      } else setError(messageOf(e));
    }
  };

  return (
    <div className="analysis">
      <div className="toolbar">
        <label>
          <span className="label-text">{t('analysis.choose')}</span>
          <select value={chosen ?? ''} onChange={(e) => setChosen(e.target.value)}>
            {review.analyses.map((a) => (
              <option key={a.id} value={a.id}>
                {a.title ?? a.id}
              </option>
            ))}
          </select>
        </label>
        <p role="status" className="status-line">
          {status}
        </p>
      </div>
      {error && <ErrorBox message={error} />}
      {view?.failed !== undefined && <ErrorBox message={t('analysis.noFit', { reason: view.failed })} />}
      {view?.ok && (
        <>
          <PooledPanel view={view.ok} />
          {view.ok.svg && (
            <figure className="card forest">
              <figcaption className="sr-only">{t('analysis.figure')}</figcaption>
              {/* biome-ignore lint/security/noDangerouslySetInnerHtml: the report's own SVG, built from numbers with every text escaped by @evidens/report */}
              <div className="svg-box" dangerouslySetInnerHTML={{ __html: view.ok.svg }} />
            </figure>
          )}
          {view.ok.warnings.length > 0 && (
            <ul className="warnings">
              {view.ok.warnings.map((w) => (
                <li key={w}>{w}</li>
              ))}
            </ul>
          )}
          <section className="card" aria-labelledby="data-h">
            <h2 id="data-h">{t('analysis.data')}</h2>
            <DataTable rows={rows} onEdit={edit} onCommit={(i) => void commit(i)} readOnly={props.readOnly} />
          </section>
        </>
      )}
    </div>
  );
}

/** The model entry with the stored document's numbers (after a conflict). */
function restore<T extends object>(entry: T, doc: Record<string, unknown>): T {
  let out = entry;
  for (const part of ['arms', 'paired', 'effect']) {
    if (doc[part] !== undefined) out = setAt(out, [part], doc[part]);
  }
  return out;
}

/** The stored numbers that differ from what the user typed, as "arms.intervention.mean = 11.8". */
function describe(doc: Record<string, unknown>, mine: object): string {
  const diffs: string[] = [];
  const walk = (path: string[]) => {
    const a = getAt(doc, path);
    const b = getAt(mine, path);
    if (a && typeof a === 'object') {
      for (const k of Object.keys(a)) walk([...path, k]);
    } else if (typeof a === 'number' && a !== b) diffs.push(`${path.join('.')} = ${a}`);
  };
  for (const part of ['arms', 'paired', 'effect']) walk([part]);
  return diffs.join(', ') || '–';
}
