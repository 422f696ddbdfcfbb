/** The owner's view of disagreements between reviewers, each settled with a final decision. */
import { useState } from 'react';
import { post, seg } from '../api/client';
import { messageOf } from '../api/errors';
import type { Decision, Stage } from '../api/types';
import { useApi } from '../api/use-api';
import { ErrorBox, Load } from '../components/status';
import { useI18n } from '../i18n/context';
import { readConflicts } from './conflicts';

export function ConflictsView({ reviewId, stage, onChange }: { reviewId: string; stage: Stage; onChange: () => void }) {
  const { t } = useI18n();
  const base = `/api/reviews/${seg(reviewId)}/screening/${stage}`;
  const state = useApi<unknown>(`${base}/conflicts`);
  const [error, setError] = useState<string>();
  const [status, setStatus] = useState<string>();
  const decide = async (recordId: string, decision: Decision) => {
    try {
      await post(`${base}/records/${seg(recordId)}/reconcile`, { decision });
      setStatus(t('screen.reconciled'));
      setError(undefined);
      state.reload();
      onChange();
    } catch (e) {
      setError(messageOf(e));
    }
  };
  const choices: Decision[] = stage === 'full-text' ? ['include', 'exclude', 'not-retrieved'] : ['include', 'exclude'];
  return (
    <section className="card" aria-labelledby="conflicts-h">
      <h2 id="conflicts-h">{t('screen.showConflicts')}</h2>
      {error && <ErrorBox message={error} />}
      <p role="status" className="muted">
        {status}
      </p>
      <Load state={state}>
        {(answer) => {
          const conflicts = readConflicts(answer);
          if (conflicts.length === 0) return <p>{t('screen.noConflicts')}</p>;
          return (
            <ul className="conflicts">
              {conflicts.map((c) => (
                <li key={c.record.id}>
                  <p className="strong">{c.record.title}</p>
                  <ul>
                    {c.decisions.map((d) => (
                      <li key={d.reviewer}>
                        {t('screen.reviewer')} {d.reviewer}: {t(`screen.${d.decision}`)}
                        {d.reason ? ` (${d.reason})` : ''}
                      </li>
                    ))}
                  </ul>
                  <fieldset className="actions">
                    <legend>{t('screen.reconcile')}</legend>
                    {choices.map((d) => (
                      <button type="button" key={d} onClick={() => void decide(c.record.id, d)}>
                        {t(`screen.${d}`)}
                      </button>
                    ))}
                  </fieldset>
                </li>
              ))}
            </ul>
          );
        }}
      </Load>
    </section>
  );
}
