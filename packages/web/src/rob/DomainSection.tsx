/** One RoB 2 domain: its signalling questions, the algorithm's proposal with the path it took, and the override. */
import type { DomainAssessment, SignallingQuestion } from '@evidens/review';
import { useI18n } from '../i18n/context';
import type { MessageKey } from '../i18n/messages';
import { serverText } from '../i18n/server-text';
import { answerOf, clearAnswer, overrideOf, type RobDoc, setAnswer, setOverride, setSupport } from './doc';
import { JudgementBadge } from './JudgementBadge';
import { OverrideField } from './OverrideField';
import { QuestionRow } from './QuestionRow';
import { overrideKey } from './words';

export function DomainSection(props: {
  prefix: string;
  domain: DomainAssessment;
  questions: SignallingQuestion[];
  doc: RobDoc;
  readOnly: boolean;
  onChange: (doc: RobDoc) => void;
}) {
  const { t, lang } = useI18n();
  const d = props.domain;
  const doc = props.doc;
  const asked = new Set(d.path.map((step) => step.split(' ')[0]));
  const headId = `${props.prefix}-${d.domain}-h`;
  return (
    <section className="rob-domain" aria-labelledby={headId}>
      <header className="rob-domain-head">
        <h4 id={headId}>
          {t(overrideKey(d.domain))}: {t(`rob.domain.${d.domain}` as MessageKey)}
        </h4>
        <div className="rob-proposal" aria-live="polite">
          <span>
            {t('rob.proposed')}
            <JudgementBadge judgement={d.proposed} />
          </span>
          {d.override && (
            <span>
              {t('rob.stands')}
              <JudgementBadge judgement={d.judgement} /> <span className="muted small">({t('rob.overridden')})</span>
            </span>
          )}
        </div>
      </header>
      <p className="muted small rob-path">
        {d.path.length > 0 && t('rob.path', { path: d.path.join(' → ') })}
        {d.missing.length > 0 && <> · {t('rob.missing', { ids: d.missing.join(', ') })}</>}
        {d.unused.length > 0 && <> · {t('rob.unused', { ids: d.unused.join(', ') })}</>}
        {d.rule && <> · {serverText(lang, d.rule)}</>}
      </p>
      {props.questions.map((q) => {
        const a = answerOf(doc, q.id, lang);
        return (
          <QuestionRow
            key={q.id}
            name={`${props.prefix}-q-${q.id}`}
            question={q}
            answer={a.answer}
            support={a.support}
            readOnly={props.readOnly}
            onPath={asked.has(q.id)}
            onAnswer={(answer) => props.onChange(answer ? setAnswer(doc, q.id, answer) : clearAnswer(doc, q.id))}
            onSupport={(text) => props.onChange(setSupport(doc, q.id, text, lang))}
          />
        );
      })}
      <OverrideField
        name={`${props.prefix}-${d.domain}-o`}
        value={overrideOf(doc, d.domain, lang)}
        proposed={d.proposed}
        readOnly={props.readOnly}
        onChange={(v) => props.onChange(setOverride(doc, d.domain, v, lang))}
      />
    </section>
  );
}
