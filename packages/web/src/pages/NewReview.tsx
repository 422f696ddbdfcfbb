/** The new-review wizard: title and language, then the PICO, then eligibility; POST /api/reviews at the end. */
import { type FormEvent, useState } from 'react';
import { post } from '../api/client';
import { messageOf } from '../api/errors';
import { go } from '../app/use-route';
import { ErrorBox } from '../components/status';
import { useI18n } from '../i18n/context';
import { LANGUAGES, type Language, type MessageKey } from '../i18n/messages';
import { routeHref } from '../route';

interface Draft {
  title: string;
  language: Language;
  objective: string;
  population: string;
  intervention: string;
  comparator: string;
  designs: string;
  include: string;
  exclude: string;
}

type Field = keyof Draft;
const STEPS: { title: MessageKey; fields: Field[]; required: Field[] }[] = [
  { title: 'wizard.basics', fields: ['title', 'language', 'objective'], required: ['title'] },
  {
    title: 'wizard.question',
    fields: ['population', 'intervention', 'comparator'],
    required: ['population', 'intervention', 'comparator'],
  },
  { title: 'wizard.eligibility', fields: ['designs', 'include', 'exclude'], required: [] },
];
const LABELS: Record<Field, MessageKey> = {
  title: 'wizard.reviewTitle',
  language: 'wizard.reviewLanguage',
  objective: 'wizard.objective',
  population: 'wizard.population',
  intervention: 'wizard.intervention',
  comparator: 'wizard.comparator',
  designs: 'wizard.designs',
  include: 'wizard.include',
  exclude: 'wizard.exclude',
};
const MULTILINE: Field[] = ['objective', 'designs', 'include', 'exclude'];
const lines = (s: string) =>
  s
    .split('\n')
    .map((x) => x.trim())
    .filter((x) => x !== '');

export function NewReview() {
  const { t, lang } = useI18n();
  const [step, setStep] = useState(0);
  const [draft, setDraft] = useState<Draft>({
    title: '',
    language: lang,
    objective: '',
    population: '',
    intervention: '',
    comparator: '',
    designs: '',
    include: '',
    exclude: '',
  });
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const current = STEPS[step];
  const last = step === STEPS.length - 1;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const missing = current.required.find((f) => draft[f].trim() === '');
    if (missing) {
      setError(t('wizard.required', { field: t(LABELS[missing]) }));
      return;
    }
    setError(undefined);
    if (!last) {
      setStep(step + 1);
      return;
    }
    setBusy(true);
    try {
      const { review } = await post<{ review: { id: string } }>('/api/reviews', {
        title: draft.title.trim(),
        language: draft.language,
        question: {
          population: draft.population.trim(),
          intervention: draft.intervention.trim(),
          comparator: draft.comparator.trim(),
        },
        eligibility: { designs: lines(draft.designs), include: lines(draft.include), exclude: lines(draft.exclude) },
        objective: draft.objective.trim(),
      });
      go(routeHref({ page: 'review', id: review.id, section: 'overview' }));
    } catch (err) {
      setError(messageOf(err));
      setBusy(false);
    }
  };

  return (
    <form className="card wizard" onSubmit={submit} aria-labelledby="wizard-h">
      <h1 id="wizard-h">{t('wizard.title')}</h1>
      <p className="muted">{t('wizard.step', { n: step + 1, total: STEPS.length })}</p>
      <h2>{t(current.title)}</h2>
      {error && <ErrorBox message={error} />}
      {current.fields.map((f) => (
        <div className="field" key={f}>
          <label htmlFor={`wizard-${f}`}>
            {t(LABELS[f])}
            {current.required.includes(f) && <span aria-hidden="true"> *</span>}
          </label>
          {f === 'language' ? (
            <select
              id={`wizard-${f}`}
              value={draft.language}
              onChange={(e) => setDraft({ ...draft, language: e.target.value as Language })}
            >
              {LANGUAGES.map((l) => (
                <option key={l} value={l}>
                  {t(`lang.${l}`)}
                </option>
              ))}
            </select>
          ) : MULTILINE.includes(f) ? (
            <textarea
              id={`wizard-${f}`}
              rows={4}
              value={draft[f]}
              onChange={(e) => setDraft({ ...draft, [f]: e.target.value })}
            />
          ) : (
            <input
              id={`wizard-${f}`}
              required={current.required.includes(f)}
              value={draft[f]}
              onChange={(e) => setDraft({ ...draft, [f]: e.target.value })}
            />
          )}
        </div>
      ))}
      <div className="actions">
        <a className="button" href={routeHref({ page: 'reviews' })}>
          {t('wizard.cancel')}
        </a>
        {step > 0 && (
          <button type="button" onClick={() => setStep(step - 1)}>
            {t('wizard.previous')}
          </button>
        )}
        <button type="submit" className="primary" disabled={busy}>
          {last ? t('wizard.create') : t('wizard.next')}
        </button>
      </div>
    </form>
  );
}
