/** GRADE for one analysis: the eight domains, the resulting certainty, and saving the decisions to grade.yaml. */
import { GRADE_LOWERING, GRADE_RAISING, type GradeDomain } from '@evidens/review';
import { useState } from 'react';
import { type GradeItem, saveGrade } from '../api/certainty';
import { useI18n } from '../i18n/context';
import type { MessageKey } from '../i18n/messages';
import type { GradedAnalysis } from './compute';
import { DomainRow } from './DomainRow';
import { decisionOf, type GradeDoc, setDecision } from './entry';
import { afterGradeFailure, beforeGradeSave, type GradeSaveState } from './save';
import { certaintyKey, certaintySymbols } from './symbols';

export function GradeCard(props: {
  reviewId: string;
  graded: GradedAnalysis;
  item: GradeItem | undefined;
  doc: GradeDoc;
  /** The doc as last saved (or the blank one of a new entry): "Undo" goes back to it. */
  base: GradeDoc;
  readOnly: boolean;
  onDoc: (doc: GradeDoc) => void;
  onSaved: (item: GradeItem) => void;
}) {
  const { t, lang } = useI18n();
  const [state, setState] = useState<GradeSaveState>({ kind: 'idle' });
  const g = props.graded;
  const prefix = `grade-${g.id}`;
  const dirty = props.doc !== props.base;
  const domainName = (d: GradeDomain) => t(`certainty.domain.${d}` as MessageKey);

  const change = (doc: GradeDoc) => {
    props.onDoc(doc);
    if (state.kind !== 'saving') setState({ kind: 'idle' });
  };
  const save = async () => {
    const stop = beforeGradeSave(props.doc);
    if (stop) return setState(stop);
    setState({ kind: 'saving' });
    try {
      const saved = await saveGrade(props.reviewId, props.item, props.doc);
      props.onSaved(saved);
      setState({ kind: 'saved', version: saved.version });
    } catch (error) {
      setState(afterGradeFailure(error));
    }
  };

  const rows = (domains: readonly GradeDomain[], heading: string) => (
    <tbody>
      <tr className="grade-group">
        <th colSpan={5} scope="rowgroup">
          {heading}
        </th>
      </tr>
      {domains.map((domain) => {
        const result = g.grade?.domains.find((d) => d.domain === domain);
        if (!result) return null;
        return (
          <DomainRow
            key={domain}
            prefix={prefix}
            result={result}
            decision={decisionOf(props.doc, domain, lang)}
            readOnly={props.readOnly}
            onChange={(v) => change(setDecision(props.doc, domain, v, lang))}
          />
        );
      })}
    </tbody>
  );

  return (
    <section className="card grade-card" aria-labelledby={`${prefix}-h`}>
      <h3 id={`${prefix}-h`}>{g.name}</h3>
      {g.failed !== undefined || !g.grade ? (
        <p className="muted">{t('certainty.noFit', { reason: g.failed ?? '' })}</p>
      ) : (
        <>
          <div className="grade-result" aria-live="polite">
            <span className="muted">{t('certainty.start', { level: t(`certainty.start.${g.grade.start}`) })}</span>
            <span>
              {t('certainty.result')}:{' '}
              <strong className={`grade-level ${g.grade.certainty}`}>
                <span aria-hidden="true">{certaintySymbols(g.grade.certainty)}</span>{' '}
                {t(certaintyKey(g.grade.certainty))}
              </strong>
            </span>
            {g.grade.pending.length > 0 && (
              <span className="muted small">
                {t('certainty.pending', { domains: g.grade.pending.map(domainName).join(', ') })}
              </span>
            )}
          </div>
          <table className="table grade-table">
            <caption className="sr-only">{g.name}</caption>
            <thead>
              <tr>
                <th scope="col">{t('certainty.col.domain')}</th>
                <th scope="col">{t('certainty.col.proposal')}</th>
                <th scope="col">{t('certainty.col.decision')}</th>
                <th scope="col">{t('certainty.col.reason')}</th>
                <th scope="col">{t('certainty.col.status')}</th>
              </tr>
            </thead>
            {rows(GRADE_LOWERING, t('certainty.lowering'))}
            {rows(GRADE_RAISING, t('certainty.raising'))}
          </table>
          {lang === 'da' && <p className="muted small">{t('certainty.engineLanguage')}</p>}
          {!props.readOnly && (
            <div className="grade-actions">
              <button
                type="button"
                className="primary"
                disabled={!dirty || state.kind === 'saving'}
                onClick={() => void save()}
              >
                {state.kind === 'saving'
                  ? t('certainty.saving')
                  : props.item
                    ? t('certainty.save')
                    : t('certainty.create')}
              </button>
              <button type="button" disabled={!dirty} onClick={() => change(props.base)}>
                {t('certainty.undo')}
              </button>
              <SaveMessage
                state={state}
                dirty={dirty}
                domainName={domainName}
                onLoad={(item) => {
                  props.onSaved(item);
                  setState({ kind: 'idle' });
                }}
              />
            </div>
          )}
        </>
      )}
    </section>
  );
}

function SaveMessage(props: {
  state: GradeSaveState;
  dirty: boolean;
  domainName: (d: GradeDomain) => string;
  onLoad: (item: GradeItem) => void;
}) {
  const { t } = useI18n();
  const s = props.state;
  if (s.kind === 'needs-reason')
    return (
      <p className="error-text" role="alert">
        {t('certainty.cannotSave', { domains: s.domains.map(props.domainName).join(', ') })}
      </p>
    );
  if (s.kind === 'conflict')
    return (
      <div className="error" role="alert">
        <p>{t('certainty.conflict', { message: s.message })}</p>
        {s.current && (
          <button type="button" onClick={() => s.current && props.onLoad(s.current)}>
            {t('certainty.loadCurrent', { version: s.current.version })}
          </button>
        )}
      </div>
    );
  if (s.kind === 'invalid' || s.kind === 'failed')
    return (
      <p className="error-text" role="alert">
        {s.kind === 'invalid' ? t('certainty.invalid', { message: s.message }) : s.message}
      </p>
    );
  return (
    <p className="status-line" role="status">
      {s.kind === 'saved' ? t('certainty.saved', { version: s.version }) : props.dirty ? t('certainty.unsaved') : ''}
    </p>
  );
}
