/** One GRADE domain of an analysis: what Evidens proposes and why, the reviewer's decision and reason, the status. */
import type { GradeDecision, GradeDomainResult } from '@evidens/review';
import { useI18n } from '../i18n/context';
import type { MessageKey } from '../i18n/messages';
import { serverText } from '../i18n/server-text';
import { judgementsOf } from './entry';

export function DomainRow(props: {
  prefix: string;
  result: GradeDomainResult;
  decision: GradeDecision | undefined;
  readOnly: boolean;
  onChange: (decision: GradeDecision | undefined) => void;
}) {
  const { t, lang } = useI18n();
  const r = props.result;
  const p = r.proposal;
  const name = t(`certainty.domain.${r.domain}` as MessageKey);
  const d = props.decision;
  const missing = d !== undefined && d.reason.trim() === '';
  const id = `${props.prefix}-${r.domain}`;
  const judgement = (j: string) => t(`certainty.judgement.${j}` as MessageKey);
  return (
    <tr>
      <th scope="row">{name}</th>
      <td>
        <span className={`grade-j ${p.judgement}`}>{judgement(p.judgement)}</span>
        {p.basis !== 'data' && <span className="muted small"> · {t(`certainty.basis.${p.basis}` as MessageKey)}</span>}
        <p className="small grade-reason" lang={serverText(lang, p.reason) === p.reason ? 'en' : lang}>
          {serverText(lang, p.reason)}
        </p>
      </td>
      <td>
        <div className="grade-decision">
          <select
            id={`${id}-j`}
            aria-label={t('certainty.decisionFor', { domain: name })}
            value={d?.judgement ?? ''}
            disabled={props.readOnly}
            onChange={(e) =>
              props.onChange(
                e.target.value === ''
                  ? undefined
                  : { judgement: e.target.value as GradeDecision['judgement'], reason: d?.reason ?? '' },
              )
            }
          >
            <option value="">{t('certainty.noDecision')}</option>
            {judgementsOf(r.domain).map((j) => (
              <option key={j} value={j}>
                {judgement(j)}
              </option>
            ))}
          </select>
          {!props.readOnly && d === undefined && (
            <button
              type="button"
              className="small"
              aria-label={t('certainty.confirmLabel', { domain: name })}
              onClick={() => props.onChange({ judgement: p.judgement, reason: '' })}
            >
              {t('certainty.confirm')}
            </button>
          )}
        </div>
      </td>
      <td>
        {d && (
          <>
            <textarea
              rows={Math.max(2, Math.min(6, Math.ceil(d.reason.length / 45)))}
              aria-label={t('certainty.reasonFor', { domain: name })}
              value={d.reason}
              required
              readOnly={props.readOnly}
              aria-invalid={missing}
              aria-describedby={missing ? `${id}-need` : undefined}
              onChange={(e) => props.onChange({ ...d, reason: e.target.value })}
            />
            {missing && (
              <p id={`${id}-need`} className="error-text small">
                {t('certainty.reasonRequired')}
              </p>
            )}
          </>
        )}
      </td>
      <td>
        <span className={`grade-status ${r.status}`}>{t(`certainty.status.${r.status}`)}</span>
        {r.levels !== 0 && <span className="muted small"> ({r.levels > 0 ? `+${r.levels}` : r.levels})</span>}
      </td>
    </tr>
  );
}
