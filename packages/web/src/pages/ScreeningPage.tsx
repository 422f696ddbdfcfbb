/**
 * Screening one record at a time: the queue's next record with the question's words marked, the eligibility criteria
 * beside it, decisions by button or key (i, e, m, u, n/→), a reason for exclusion at full text, progress and κ with
 * the stopping aid, and for owners the conflicts between reviewers. The queue comes in the model's order (with its
 * confidence and the words that weigh most, marked in a second colour), at random, or in source order, as the
 * reviewer chooses; the choice is remembered per review.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { del, get, put, seg } from '../api/client';
import { messageOf } from '../api/errors';
import type { Decision, DecisionAnswer, ReviewDetail, Stage } from '../api/types';
import { useApi } from '../api/use-api';
import { ErrorBox, Load, Loading } from '../components/status';
import { questionStems } from '../highlight';
import { useI18n } from '../i18n/context';
import { localText } from '../i18n/local-text';
import { ConflictsView } from '../screening/ConflictsView';
import { keyAction } from '../screening/keys';
import { ModelPanel } from '../screening/ModelPanel';
import { whyForms } from '../screening/mark';
import { OrderSwitch } from '../screening/OrderSwitch';
import { readOrder, saveOrder } from '../screening/order';
import { ProgressPanel } from '../screening/ProgressPanel';
import { RecordCard } from '../screening/RecordCard';
import type { QueueOrder, RankedItem, RankedQueue, StageProgress } from '../screening/types';
import '../screening/screening.css';
import { CriteriaList } from './CriteriaList';

const STAGES: Stage[] = ['title-abstract', 'full-text'];

export function ScreeningPage({ detail }: { detail: ReviewDetail }) {
  const { t } = useI18n();
  const [stage, setStage] = useState<Stage>('title-abstract');
  const [showConflicts, setShowConflicts] = useState(false);
  const [order, setOrder] = useState<QueueOrder>(() => readOrder(globalThis.localStorage, detail.id));
  const choose = (next: QueueOrder) => {
    setOrder(next);
    saveOrder(globalThis.localStorage, detail.id, next);
  };
  const base = `/api/reviews/${seg(detail.id)}/screening/${stage}`;
  const progress = useApi<StageProgress>(`${base}/progress`);
  const q = detail.protocol.question;
  const stems = useMemo(
    () =>
      questionStems(
        [q?.population, q?.intervention, q?.comparator].flatMap((x) => [localText(x, 'da'), localText(x, 'en')]),
      ),
    [q],
  );
  return (
    <div className="screening">
      <div className="toolbar">
        <label>
          <span className="label-text">{t('screen.stage')}</span>
          <select value={stage} onChange={(e) => setStage(e.target.value as Stage)}>
            {STAGES.map((s) => (
              <option key={s} value={s}>
                {t(`screen.stage.${s}`)}
              </option>
            ))}
          </select>
        </label>
        <OrderSwitch order={order} onChange={choose} />
        {detail.role === 'owner' && (
          <button type="button" aria-pressed={showConflicts} onClick={() => setShowConflicts(!showConflicts)}>
            {t('screen.showConflicts')}
          </button>
        )}
        <p className="shortcuts" id="shortcuts">
          {t('screen.shortcuts')}
        </p>
      </div>
      <div className="screen-grid">
        <div className="stack">
          {showConflicts ? (
            <ConflictsView reviewId={detail.id} stage={stage} onChange={progress.reload} />
          ) : (
            <Screener
              key={`${stage}:${order}`}
              base={base}
              stage={stage}
              order={order}
              stems={stems}
              onDecided={progress.reload}
            />
          )}
          <Load state={progress}>{(p) => <ProgressPanel progress={p} />}</Load>
        </div>
        <aside className="stack" aria-label={t('screen.criteria')}>
          <section className="card criteria">
            <h2>{t('screen.criteria')}</h2>
            <CriteriaList eligibility={detail.protocol.eligibility} />
            {stems.length > 0 && (
              <>
                <h3>{t('screen.marked')}</h3>
                <p className="stems small">
                  {stems.map((s) => (
                    <mark key={s}>{s}…</mark>
                  ))}
                </p>
              </>
            )}
          </section>
        </aside>
      </div>
    </div>
  );
}

interface Done {
  item: RankedItem;
  version: number;
}

function Screener(props: { base: string; stage: Stage; order: QueueOrder; stems: string[]; onDecided: () => void }) {
  const { t } = useI18n();
  const { base, stage, order, onDecided } = props;
  const [queue, setQueue] = useState<RankedItem[]>();
  const [model, setModel] = useState<RankedQueue['model']>(null);
  const [remaining, setRemaining] = useState(0);
  const [done, setDone] = useState<Done[]>([]);
  const [reason, setReason] = useState('');
  const [status, setStatus] = useState('');
  const [error, setError] = useState<string>();
  const reasonRef = useRef<HTMLInputElement>(null);
  const busy = useRef(false);

  const load = useCallback(async () => {
    try {
      const answer = await get<RankedQueue>(`${base}/queue?limit=20&order=${order}`);
      setQueue(answer.items);
      setModel(answer.model);
      setRemaining(answer.remaining);
    } catch (e) {
      setError(messageOf(e));
    }
  }, [base, order]);
  useEffect(() => {
    void load();
  }, [load]);

  const current = queue?.[0];

  const decide = useCallback(
    async (decision: Decision) => {
      if (!current || busy.current) return;
      if (stage === 'full-text' && decision === 'exclude' && reason.trim() === '') {
        setError(t('screen.reasonNeeded'));
        reasonRef.current?.focus();
        return;
      }
      busy.current = true;
      try {
        const body =
          decision === 'exclude' && reason.trim() !== '' ? { decision, reason: reason.trim() } : { decision };
        const answer = await put<DecisionAnswer>(`${base}/records/${seg(current.record.id)}`, body);
        setDone((d) => [...d, { item: current, version: answer.decision.version }]);
        setStatus(t('screen.decided', { decision: t(`screen.${decision}`) }));
        setError(undefined);
        setReason('');
        const rest = (queue ?? []).slice(1);
        setQueue(rest);
        setRemaining((n) => Math.max(0, n - 1));
        // In AI order every decision retrains the model: fetch the new ranking (and confidences) at once.
        if (order === 'ai' || rest.length < 3) void load();
        onDecided();
      } catch (e) {
        setError(messageOf(e));
      } finally {
        busy.current = false;
      }
    },
    [current, stage, reason, base, queue, load, onDecided, t, order],
  );

  const undo = useCallback(async () => {
    const last = done[done.length - 1];
    if (!last || busy.current) return;
    busy.current = true;
    try {
      await del(`${base}/records/${seg(last.item.record.id)}?version=${last.version}`);
      setDone((d) => d.slice(0, -1));
      setQueue((q) => [last.item, ...(q ?? []).filter((x) => x.record.id !== last.item.record.id)]);
      setRemaining((n) => n + 1);
      setStatus(t('screen.undone'));
      setError(undefined);
      onDecided();
    } catch (e) {
      setError(messageOf(e));
    } finally {
      busy.current = false;
    }
  }, [done, base, onDecided, t]);

  const next = useCallback(() => {
    setQueue((q) => (q && q.length > 1 ? [...q.slice(1), q[0]] : q));
  }, []);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const el = e.target as HTMLElement | null;
      const tag = el?.isContentEditable ? 'editable' : el?.tagName.toLowerCase();
      const action = keyAction({ key: e.key, ctrl: e.ctrlKey, meta: e.metaKey, alt: e.altKey, target: tag });
      if (!action) return;
      e.preventDefault();
      if (action === 'undo') void undo();
      else if (action === 'next') next();
      else void decide(action);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [decide, undo, next]);

  const choices: Decision[] =
    stage === 'full-text' ? ['include', 'exclude', 'maybe', 'not-retrieved'] : ['include', 'exclude', 'maybe'];
  return (
    <section className="card" aria-label={t('screen.record')}>
      {error && <ErrorBox message={error} />}
      <p role="status" className="status-line">
        {status}
      </p>
      {queue === undefined && !error && <Loading />}
      {queue && !current && <p>{t('screen.done')}</p>}
      {current && order === 'ai' && <ModelPanel item={current} model={model} />}
      {current && (
        <RecordCard record={current.record} stems={props.stems} forms={order === 'ai' ? whyForms(current.why) : []} />
      )}
      {current && stage === 'full-text' && (
        <label className="field">
          <span>{t('screen.reason')}</span>
          <input ref={reasonRef} value={reason} onChange={(e) => setReason(e.target.value)} />
        </label>
      )}
      <div className="actions decisions" aria-describedby="shortcuts">
        {choices.map((d) => (
          <button
            type="button"
            key={d}
            className={`decision-${d}`}
            disabled={!current}
            onClick={() => void decide(d)}
            aria-keyshortcuts={d === 'include' ? 'i' : d === 'exclude' ? 'e' : d === 'maybe' ? 'm' : undefined}
          >
            {t(`screen.${d}`)}
            {d !== 'not-retrieved' && <kbd>{d[0]}</kbd>}
          </button>
        ))}
        <button type="button" disabled={done.length === 0} onClick={() => void undo()} aria-keyshortcuts="u">
          {t('screen.undo')} <kbd>u</kbd>
        </button>
        <button type="button" disabled={!queue || queue.length < 2} onClick={next} aria-keyshortcuts="n ArrowRight">
          {t('screen.next')} <kbd>n</kbd>
        </button>
      </div>
      <p className="muted small">{t('screen.remaining', { n: remaining })}</p>
    </section>
  );
}
