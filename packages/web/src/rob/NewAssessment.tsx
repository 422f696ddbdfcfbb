/**
 * Starting an assessment: a study and an outcome (one assessment per result, as rob.yaml keeps them), created empty
 * with POST and opened at once for the signalling questions. The variant follows from the study's design.
 */
import type { Review } from '@evidens/review';
import { useState } from 'react';
import { post } from '../api/client';
import { messageOf } from '../api/errors';
import { type RobItem, robPath } from '../api/rob';
import { useI18n } from '../i18n/context';

export function NewAssessment(props: { reviewId: string; review: Review; onCreated: (item: RobItem) => void }) {
  const { t } = useI18n();
  const { studies, outcomes } = props.review;
  const [study, setStudy] = useState(studies[0]?.id ?? '');
  const [outcome, setOutcome] = useState(outcomes[0]?.id ?? '');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  if (studies.length === 0 || outcomes.length === 0) return <p className="muted">{t('rob.newNeeds')}</p>;
  const create = async () => {
    setBusy(true);
    setError(undefined);
    try {
      const design = studies.find((s) => s.id === study)?.design;
      const doc = { study, outcome, ...(design === 'crossover' ? { variant: 'crossover' } : {}), answers: {} };
      props.onCreated(await post<RobItem>(robPath(props.reviewId), { doc }));
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form
      className="rob-new"
      aria-labelledby="rob-new-h"
      onSubmit={(e) => {
        e.preventDefault();
        void create();
      }}
    >
      <h4 id="rob-new-h">{t('rob.new')}</h4>
      <label>
        {t('rob.newStudy')}
        <select value={study} onChange={(e) => setStudy(e.target.value)}>
          {studies.map((s) => (
            <option key={s.id} value={s.id}>
              {s.label ?? s.id}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('rob.newOutcome')}
        <select value={outcome} onChange={(e) => setOutcome(e.target.value)}>
          {outcomes.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" disabled={busy}>
        {t('rob.newCreate')}
      </button>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
    </form>
  );
}
