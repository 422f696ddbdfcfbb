/**
 * The analyses of the protocol, computed in the page from the review model. Per analysis the reader may try another
 * measure, model, τ² estimator, test or crossover correlation (the protocol is unchanged until the owner saves them
 * as its settings); the report's forest plot, the funnel plot, heterogeneity, subgroups and the sensitivity analyses
 * are recomputed at once, as they are when a study's numbers are edited in the data table.
 */

import type { Review } from '@evidens/review';
import { useDeferredValue, useMemo, useState } from 'react';
import { computeAnalysis, runWithSettings } from '../analysis/compute';
import { correlationRows } from '../analysis/correlation';
import { type DataRow, DataTable } from '../analysis/DataTable';
import { FunnelPanel, SvgFigure } from '../analysis/Figures';
import { funnelView } from '../analysis/funnel';
import { leaveOneOutRows } from '../analysis/leave-one-out';
import { PooledPanel } from '../analysis/PooledPanel';
import { SensitivityTables } from '../analysis/SensitivityTables';
import { SettingsForm } from '../analysis/SettingsForm';
import { sensitivityRows } from '../analysis/sensitivity';
import { applySettings, sameSettings, settingsOf, settingsProblems, type ViewSettings } from '../analysis/settings';
import { localiseReview } from '../analysis/texts';
import { useDataSave } from '../analysis/use-data-save';
import { useProtocolSave } from '../analysis/use-protocol-save';
import { seg } from '../api/client';
import type { Item, ModelAnswer, ReviewDetail } from '../api/types';
import { useApi } from '../api/use-api';
import { ErrorBox, Load } from '../components/status';
import { useI18n } from '../i18n/context';
import '../styles/analysis.css';

export function AnalysisPage({ detail }: { detail: ReviewDetail }) {
  const base = `/api/reviews/${seg(detail.id)}`;
  const model = useApi<ModelAnswer>(`${base}/model`);
  const items = useApi<{ items: Item[] }>(`${base}/data`);
  return (
    <Load state={model}>
      {(m) => (
        <Load state={items}>
          {(it) => <Analyses base={base} detail={detail} initial={m.review} items={it.items} />}
        </Load>
      )}
    </Load>
  );
}

/** Runs `f`, or gives its error's message. */
function attempt<T>(f: () => T): { ok: T; failed?: undefined } | { ok?: undefined; failed: string } {
  try {
    return { ok: f() };
  } catch (e) {
    return { failed: e instanceof Error ? e.message : String(e) };
  }
}

function Analyses(props: { base: string; detail: ReviewDetail; initial: Review; items: Item[] }) {
  const { t, lang } = useI18n();
  const [review, setReview] = useState(props.initial);
  const [chosen, setChosen] = useState(props.initial.analyses[0]?.id ?? '');
  const [overrides, setOverrides] = useState<Record<string, ViewSettings>>({});
  const data = useDataSave(props.base, props.items, review, setReview);
  const protocol = useProtocolSave(props.base, props.detail);

  // The protocol's own texts in the page's language; edits and saves go to `review`, this follows.
  const shown = useMemo(() => localiseReview(review, protocol.protocol, lang), [review, protocol.protocol, lang]);
  const analysis = review.analyses.find((a) => a.id === chosen);
  const kind = review.outcomes.find((o) => o.id === analysis?.outcome)?.kind ?? 'continuous';
  const planned = useMemo(() => (analysis ? settingsOf(analysis) : undefined), [analysis]);
  const settings = overrides[chosen] ?? planned;
  const problems = settings ? settingsProblems(settings, kind) : [];
  const usable = problems.length === 0;

  const view = useMemo(
    () => (settings && usable ? attempt(() => computeAnalysis(shown, chosen, lang, { settings })) : undefined),
    [shown, chosen, lang, settings, usable],
  );
  const run = view?.ok?.run;
  // The figure first; the sensitivity analyses, leave-one-out, the correlation table and the funnel plot follow in a
  // deferred render, so that typing in the data table stays quick however many studies there are.
  const later = useDeferredValue(shown);
  const full = useMemo(
    () => (settings && usable ? attempt(() => runWithSettings(later, chosen, settings)).ok : undefined),
    [later, chosen, settings, usable],
  );
  const sensitivity = useMemo(() => (full ? sensitivityRows(full) : []), [full]);
  const loo = useMemo(() => (full ? (attempt(() => leaveOneOutRows(full)).ok ?? []) : []), [full]);
  const funnel = useMemo(() => (full?.fit ? funnelView(full, lang, t('analysis.funnel')) : undefined), [full, lang, t]);
  const correlation = useMemo(
    () => (settings && full?.fit ? attempt(() => correlationRows(later, chosen, settings)).ok : undefined),
    [later, chosen, settings, full],
  );

  if (review.analyses.length === 0 || !analysis || !settings || !planned) return <p>{t('analysis.none')}</p>;

  const rows: DataRow[] = run
    ? review.data
        .map((entry, index) => ({
          entry,
          index,
          label: review.studies.find((s) => s.id === entry.study)?.label ?? entry.study,
        }))
        .filter(
          (r) =>
            r.entry.outcome === run.outcome.id &&
            (r.entry.comparison === undefined || r.entry.comparison === run.analysis.comparison) &&
            (run.analysis.timepoint === undefined || r.entry.timepoint === run.analysis.timepoint),
        )
    : [];

  const change = (next: ViewSettings) => setOverrides((o) => ({ ...o, [chosen]: next }));
  const reset = () =>
    setOverrides((o) => {
      const { [chosen]: _, ...rest } = o;
      return rest;
    });
  const save = async () => {
    const id = chosen;
    const tried = settings;
    const { now } = await protocol.save(id, tried);
    // The model's analysis takes what the protocol now says, so "differs" compares with it.
    if (now) setReview((r) => ({ ...r, analyses: r.analyses.map((a) => (a.id === id ? applySettings(a, now) : a)) }));
  };

  return (
    <div className="analysis">
      <div className="toolbar">
        <label>
          <span className="label-text">{t('analysis.choose')}</span>
          <select value={chosen} onChange={(e) => setChosen(e.target.value)}>
            {shown.analyses.map((a) => (
              <option key={a.id} value={a.id}>
                {a.title ?? a.id}
              </option>
            ))}
          </select>
        </label>
        <p role="status" className="status-line">
          {data.status || protocol.message}
        </p>
      </div>
      {data.error && <ErrorBox message={data.error} />}
      <SettingsForm
        kind={kind}
        settings={settings}
        differs={!sameSettings(settings, planned)}
        canSave={props.detail.role === 'owner'}
        saving={protocol.saving}
        onChange={change}
        onReset={reset}
        onSave={() => void save()}
      />
      {protocol.error && <ErrorBox message={protocol.error} />}
      {problems.length > 0 && <ErrorBox message={problems.join('; ')} />}
      {view?.failed !== undefined && <ErrorBox message={t('analysis.noFit', { reason: view.failed })} />}
      {view?.ok && (
        <>
          <PooledPanel view={view.ok} />
          {view.ok.svg && <SvgFigure svg={view.ok.svg} caption={t('analysis.figure')} className="forest" />}
          {view.ok.warnings.length > 0 && (
            <ul className="warnings">
              {view.ok.warnings.map((w) => (
                <li key={w}>{w}</li>
              ))}
            </ul>
          )}
          {funnel && <FunnelPanel funnel={funnel} />}
          {view.ok.pooled && (
            <SensitivityTables
              pooled={view.ok.pooled}
              protocol={sensitivity}
              leaveOneOut={loo}
              correlation={correlation}
              currentR={settings.correlation}
            />
          )}
          <section className="card" aria-labelledby="data-h">
            <h2 id="data-h">{t('analysis.data')}</h2>
            <DataTable
              rows={rows}
              onEdit={data.edit}
              onCommit={(i) => void data.commit(i)}
              readOnly={props.detail.role === 'viewer'}
            />
          </section>
        </>
      )}
    </div>
  );
}
