/** One assessment in the list: study, outcome, variant, each domain's and the overall judgement; opens the editor. */
import { assessRob2, type Design, ROB_DOMAINS } from '@evidens/review';
import { useMemo } from 'react';
import type { RobItem } from '../api/rob';
import { useI18n } from '../i18n/context';
import { toAssessment } from './doc';
import { JudgementBadge } from './JudgementBadge';
import { judgementKey, overrideKey } from './words';

export function ResultRow(props: {
  item: RobItem;
  studyLabel: string;
  outcomeName: string;
  design: Design | undefined;
  open: boolean;
  onToggle: () => void;
}) {
  const { t, lang } = useI18n();
  const r = useMemo(
    () => assessRob2(toAssessment(props.item.doc, lang), props.design),
    [props.item, lang, props.design],
  );
  const result = typeof props.item.doc.result === 'string' ? ` (${props.item.doc.result})` : '';
  return (
    <div className="rob-row-head">
      <button
        type="button"
        className="rob-toggle"
        aria-expanded={props.open}
        aria-controls={props.open ? `rob-${props.item.id}-body` : undefined}
        onClick={props.onToggle}
      >
        <span aria-hidden="true">{props.open ? '▾' : '▸'}</span>
        <span className="strong">{props.studyLabel}</span>
        <span>
          {props.outcomeName}
          {result}
        </span>
        <span className="muted small">{t(`rob.variant.${r.variant}`)}</span>
      </button>
      <ul className="rob-dots" aria-label={t('rob.col.overall')}>
        {ROB_DOMAINS.map((domain) => {
          const d = r.domains.find((x) => x.domain === domain);
          // A slot per domain keeps the columns in line; a parallel trial has no domain S.
          if (!d) return <li key={domain} className="rob-dot empty" aria-hidden="true" />;
          const words = `${t(overrideKey(domain))}: ${t(judgementKey(d.judgement))}`;
          return (
            <li key={domain} className={`rob-dot ${d.judgement ?? 'none'}`} title={words}>
              <span aria-hidden="true">{domain.slice(1)}</span>
              <span className="sr-only">{words}</span>
            </li>
          );
        })}
      </ul>
      <JudgementBadge judgement={r.overall.judgement} />
    </div>
  );
}
