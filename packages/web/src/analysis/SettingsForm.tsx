/**
 * The view's model settings: measure (those the outcome kind allows), model, τ² estimator, test and the crossover
 * correlation; with "back to the protocol's settings" and, for the owner, "save as the protocol's settings".
 */
import type { OutcomeKind } from '@evidens/review';
import { useState } from 'react';
import { useI18n } from '../i18n/context';
import type { MessageKey } from '../i18n/messages';
import { parseNumber } from '../i18n/messages';
import { METHOD_CHOICES, MODEL_CHOICES, measuresFor, TEST_CHOICES, type ViewSettings } from './settings';

export function SettingsForm(props: {
  kind: OutcomeKind;
  settings: ViewSettings;
  differs: boolean;
  canSave: boolean;
  saving: boolean;
  onChange: (next: ViewSettings) => void;
  onReset: () => void;
  onSave: () => void;
}) {
  const { t } = useI18n();
  const s = props.settings;
  const set = (part: Partial<ViewSettings>) => props.onChange({ ...s, ...part });
  return (
    <section className="card analysis-settings" aria-labelledby="settings-h">
      <h2 id="settings-h">{t('analysis.settings')}</h2>
      <p className="muted small">{t('analysis.settingsHint')}</p>
      <div className="settings-grid">
        <label className="field">
          <span>{t('analysis.measure')}</span>
          <select value={s.measure} onChange={(e) => set({ measure: e.target.value as ViewSettings['measure'] })}>
            {measuresFor(props.kind).map((m) => (
              <option key={m} value={m}>
                {t(`analysis.measure.${m}` as MessageKey)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t('analysis.model')}</span>
          <select value={s.model} onChange={(e) => set({ model: e.target.value as ViewSettings['model'] })}>
            {MODEL_CHOICES.map((m) => (
              <option key={m} value={m}>
                {t(`analysis.model.${m}` as MessageKey)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t('analysis.method')}</span>
          <select
            value={s.method}
            disabled={s.model === 'common'}
            aria-describedby={s.model === 'common' ? 'method-note' : undefined}
            onChange={(e) => set({ method: e.target.value as ViewSettings['method'] })}
          >
            {METHOD_CHOICES.map((m) => (
              <option key={m} value={m}>
                {t(`analysis.method.${m}` as MessageKey)}
              </option>
            ))}
          </select>
          {s.model === 'common' && (
            <small id="method-note" className="muted">
              {t('analysis.methodCommon')}
            </small>
          )}
        </label>
        <label className="field">
          <span>{t('analysis.test')}</span>
          <select value={s.test} onChange={(e) => set({ test: e.target.value as ViewSettings['test'] })}>
            {TEST_CHOICES.map((m) => (
              <option key={m} value={m}>
                {t(`analysis.test.${m}` as MessageKey)}
              </option>
            ))}
          </select>
        </label>
        <CorrelationInput value={s.correlation} onValue={(correlation) => set({ correlation })} />
      </div>
      <div className="settings-actions">
        <p className="muted small" aria-live="polite">
          {props.differs ? t('analysis.differs') : t('analysis.same')}
        </p>
        <button type="button" onClick={props.onReset} disabled={!props.differs}>
          {t('analysis.reset')}
        </button>
        {props.canSave ? (
          <button type="button" className="primary" onClick={props.onSave} disabled={!props.differs || props.saving}>
            {t('analysis.save')}
          </button>
        ) : (
          <p className="muted small">{t('analysis.ownerOnly')}</p>
        )}
      </div>
    </section>
  );
}

/** The correlation typed in either notation; empty means none assumed. A value outside [0, 1) is not applied. */
function CorrelationInput(props: { value: number | undefined; onValue: (v: number | undefined) => void }) {
  const { t, lang, num } = useI18n();
  const shown = (v: number | undefined) =>
    v === undefined ? '' : lang === 'da' ? String(v).replace('.', ',') : String(v);
  const [draft, setDraft] = useState<string>();
  const text = draft ?? shown(props.value);
  const parsed = text.trim() === '' ? undefined : parseNumber(text);
  const bad = text.trim() !== '' && (parsed === undefined || parsed < 0 || parsed >= 1);
  return (
    <label className="field">
      <span>{t('analysis.correlation')}</span>
      <input
        inputMode="decimal"
        className="correlation-input"
        value={text}
        placeholder={t('analysis.correlationNone')}
        aria-invalid={bad}
        aria-describedby="correlation-hint"
        onChange={(e) => {
          const next = e.target.value;
          setDraft(next);
          if (next.trim() === '') props.onValue(undefined);
          else {
            const v = parseNumber(next);
            if (v !== undefined && v >= 0 && v < 1) props.onValue(v);
          }
        }}
        onBlur={() => setDraft(undefined)}
      />
      <small id="correlation-hint" className={bad ? 'error-text' : 'muted'}>
        {bad
          ? t('analysis.correlationBad', {
              value: props.value === undefined ? t('analysis.correlationNone') : num(props.value, 2),
            })
          : t('analysis.correlationHint')}
      </small>
    </label>
  );
}
