/** The reviewer's judgement in place of the algorithm's, for a domain or overall: a checkbox, the judgement and the required reason. */
import { ROB_JUDGEMENTS, type RobJudgement } from '@evidens/review';
import { useI18n } from '../i18n/context';
import { judgementKey } from './words';

export function OverrideField(props: {
  name: string;
  value: { judgement: RobJudgement; reason: string } | undefined;
  proposed: RobJudgement | undefined;
  readOnly: boolean;
  onChange: (value: { judgement: RobJudgement; reason: string } | undefined) => void;
}) {
  const { t } = useI18n();
  const v = props.value;
  const missing = v !== undefined && v.reason.trim() === '';
  return (
    <div className="rob-override">
      <label className="check">
        <input
          type="checkbox"
          checked={v !== undefined}
          disabled={props.readOnly}
          onChange={(e) =>
            props.onChange(
              e.target.checked
                ? { judgement: props.proposed === 'high' ? 'some-concerns' : 'high', reason: '' }
                : undefined,
            )
          }
        />
        {t('rob.override')}
      </label>
      {v && (
        <div className="rob-override-fields">
          <label>
            <span className="label-text">{t('rob.overrideJudgement')}</span>
            <select
              value={v.judgement}
              disabled={props.readOnly}
              onChange={(e) => props.onChange({ ...v, judgement: e.target.value as RobJudgement })}
            >
              {ROB_JUDGEMENTS.map((j) => (
                <option key={j} value={j}>
                  {t(judgementKey(j))}
                </option>
              ))}
            </select>
          </label>
          <label className="grow">
            <span className="label-text">{t('rob.overrideReason')}</span>
            <textarea
              rows={2}
              required
              value={v.reason}
              readOnly={props.readOnly}
              aria-invalid={missing}
              aria-describedby={missing ? `${props.name}-need` : undefined}
              onChange={(e) => props.onChange({ ...v, reason: e.target.value })}
            />
          </label>
          {missing && (
            <p id={`${props.name}-need`} className="error-text small">
              {t('rob.reasonRequired')}
            </p>
          )}
        </div>
      )}
    </div>
  );
}
