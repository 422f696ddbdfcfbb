/**
 * The RoB 2 assessment of one result: every domain's signalling questions with the proposal recomputed by
 * assessRob2 as the answers change, the overall judgement, and saving with PUT {version, doc}.
 */
import { assessRob2, type Design, signallingQuestions } from '@evidens/review';
import { useMemo, useState } from 'react';
import { type RobItem, saveRob } from '../api/rob';
import { useI18n } from '../i18n/context';
import { DomainSection } from './DomainSection';
import { overrideOf, type RobDoc, setOverride, toAssessment, variantOf } from './doc';
import { JudgementBadge } from './JudgementBadge';
import { OverrideField } from './OverrideField';
import { afterFailure, beforeSave, type SaveState } from './save';
import { overrideKey } from './words';

export function ResultEditor(props: {
  reviewId: string;
  item: RobItem;
  design: Design | undefined;
  readOnly: boolean;
  onSaved: (item: RobItem) => void;
}) {
  const { t, lang } = useI18n();
  const [base, setBase] = useState(props.item);
  const [doc, setDoc] = useState<RobDoc>(props.item.doc);
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  const variant = variantOf(doc, props.design);
  const result = useMemo(() => assessRob2(toAssessment(doc, lang), props.design), [doc, lang, props.design]);
  const questions = useMemo(() => signallingQuestions(variant), [variant]);
  const dirty = doc !== base.doc;
  const prefix = `rob-${props.item.id}`;

  const change = (next: RobDoc) => {
    setDoc(next);
    if (state.kind !== 'saving') setState({ kind: 'idle' });
  };
  const save = async () => {
    const stop = beforeSave(doc);
    if (stop) return setState(stop);
    setState({ kind: 'saving' });
    try {
      const saved = await saveRob(props.reviewId, base, doc);
      setBase(saved);
      setDoc(saved.doc);
      setState({ kind: 'saved', version: saved.version });
      props.onSaved(saved);
    } catch (error) {
      setState(afterFailure(error));
    }
  };
  const loadCurrent = (current: RobItem) => {
    setBase(current);
    setDoc(current.doc);
    setState({ kind: 'idle' });
    props.onSaved(current);
  };

  return (
    <div className="rob-editor">
      {result.domains.map((d) => (
        <DomainSection
          key={d.domain}
          prefix={prefix}
          domain={d}
          questions={questions.filter((q) => q.domain === d.domain)}
          doc={doc}
          readOnly={props.readOnly}
          onChange={change}
        />
      ))}
      <section className="rob-domain rob-overall" aria-labelledby={`${prefix}-overall-h`}>
        <header className="rob-domain-head">
          <h4 id={`${prefix}-overall-h`}>{t('rob.overall')}</h4>
          <div className="rob-proposal" aria-live="polite">
            <span>
              {t('rob.proposed')} <JudgementBadge judgement={result.overall.proposed} />
            </span>
            {result.overall.override && (
              <span>
                {t('rob.stands')} <JudgementBadge judgement={result.overall.judgement} />{' '}
                <span className="muted small">({t('rob.overridden')})</span>
              </span>
            )}
          </div>
        </header>
        <p className="muted small">{t('rob.overallRule')}</p>
        <OverrideField
          name={`${prefix}-overall-o`}
          value={overrideOf(doc, 'overall', lang)}
          proposed={result.overall.proposed}
          readOnly={props.readOnly}
          onChange={(v) => change(setOverride(doc, 'overall', v, lang))}
        />
      </section>
      {!props.readOnly && (
        <div className="rob-actions">
          <button
            type="button"
            className="primary"
            disabled={!dirty || state.kind === 'saving'}
            onClick={() => void save()}
          >
            {state.kind === 'saving' ? t('rob.saving') : t('rob.save')}
          </button>
          <button type="button" disabled={!dirty} onClick={() => change(base.doc)}>
            {t('rob.undo')}
          </button>
          <SaveMessage state={state} dirty={dirty} onLoad={loadCurrent} />
        </div>
      )}
    </div>
  );
}

function SaveMessage(props: { state: SaveState; dirty: boolean; onLoad: (item: RobItem) => void }) {
  const { t } = useI18n();
  const s = props.state;
  if (s.kind === 'needs-reason')
    return (
      <p className="error-text" role="alert">
        {t('rob.cannotSave', { keys: s.keys.map((k) => t(overrideKey(k))).join(', ') })}
      </p>
    );
  if (s.kind === 'conflict')
    return (
      <div className="error" role="alert">
        <p>{t('rob.conflict', { message: s.message })}</p>
        {s.current && (
          <button type="button" onClick={() => s.current && props.onLoad(s.current)}>
            {t('rob.loadCurrent', { version: s.current.version })}
          </button>
        )}
      </div>
    );
  if (s.kind === 'invalid' || s.kind === 'failed')
    return (
      <p className="error-text" role="alert">
        {s.kind === 'invalid' ? t('rob.invalid', { message: s.message }) : s.message}
      </p>
    );
  return (
    <p className="status-line" role="status">
      {s.kind === 'saved' ? t('rob.saved', { version: s.version }) : props.dirty ? t('rob.unsaved') : ''}
    </p>
  );
}
