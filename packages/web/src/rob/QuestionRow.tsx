/** One signalling question: the answers as a radio group (arrow keys move between them), a clear button and the support text. */
import type { RobResponse, SignallingQuestion } from '@evidens/review';
import { useI18n } from '../i18n/context';
import type { MessageKey } from '../i18n/messages';
import { answerKey, conditionText } from './words';

export function QuestionRow(props: {
  question: SignallingQuestion;
  answer: RobResponse | undefined;
  support: string;
  readOnly: boolean;
  /** Asked by the algorithm on the way to the domain's judgement. */
  onPath: boolean;
  onAnswer: (answer: RobResponse | undefined) => void;
  onSupport: (text: string) => void;
  name: string;
}) {
  const { t, lang } = useI18n();
  const q = props.question;
  const legendId = `${props.name}-legend`;
  return (
    <fieldset
      className={`rob-q${props.onPath ? ' on-path' : ''}`}
      aria-describedby={q.askedIf ? `${props.name}-if` : undefined}
    >
      <legend id={legendId}>
        <span className="rob-qid">{q.id}</span> {t(`rob.q.${q.id}` as MessageKey)}
      </legend>
      {q.askedIf && (
        <p className="muted small rob-if" id={`${props.name}-if`}>
          {t('rob.askedIf', { condition: conditionText(q.askedIf, lang) })}
        </p>
      )}
      <div className="rob-answers">
        {q.responses.map((r) => (
          <label key={r} className="rob-answer" title={t(answerKey(r))}>
            <input
              type="radio"
              name={props.name}
              value={r}
              checked={props.answer === r}
              disabled={props.readOnly}
              onChange={() => props.onAnswer(r)}
            />
            <span aria-hidden="true">{r}</span>
            <span className="sr-only">{t(answerKey(r))}</span>
          </label>
        ))}
        {!props.readOnly && props.answer !== undefined && (
          <button
            type="button"
            className="link-button small"
            aria-label={t('rob.clearLabel', { id: q.id })}
            onClick={() => props.onAnswer(undefined)}
          >
            {t('rob.clear')}
          </button>
        )}
        {props.answer && <span className="muted small">{t(answerKey(props.answer))}</span>}
      </div>
      <label className="rob-support">
        <span className="sr-only">{t('rob.support', { id: q.id })}</span>
        <textarea
          rows={supportRows(props.support)}
          value={props.support}
          placeholder={t('rob.supportHint')}
          readOnly={props.readOnly}
          onChange={(e) => props.onSupport(e.target.value)}
        />
      </label>
    </fieldset>
  );
}

/** Rows enough for the support text at the column's width (about 60 characters a line), one to four. */
const supportRows = (text: string) => Math.max(1, Math.min(4, Math.ceil(text.length / 60)));
