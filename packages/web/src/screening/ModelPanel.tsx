/**
 * What the model says about the record on screen (AI order): its confidence as a bar with the percentage in words,
 * and "why this record": the record's words that weigh most in the score, largest first. Without a model yet, why not.
 */
import { useI18n } from '../i18n/context';
import { confidenceWidth, formatPercent } from './confidence';
import type { RankedItem, RankedQueue } from './types';

export function ModelPanel({ item, model }: { item: RankedItem; model: RankedQueue['model'] }) {
  const { t, lang } = useI18n();
  if (!model || item.confidence === null)
    return (
      <p className="model-note" role="note">
        {t('screen.ai.noModel')}
      </p>
    );
  const percent = formatPercent(lang, item.confidence);
  return (
    <section className="model-panel" aria-label={t('screen.ai.heading')}>
      <div className="confidence">
        <span className="confidence-label">{t('screen.ai.confidence')}</span>
        {/* The bar is a picture of the percentage that the text beside it states. */}
        <div className="confidence-bar" aria-hidden="true">
          <span style={{ width: `${confidenceWidth(item.confidence)}%` }} />
        </div>
        <span className="confidence-text">{t('screen.ai.likely', { percent })}</span>
      </div>
      <div className="why">
        <span className="why-label">{t('screen.ai.why')}</span>
        {item.why.length === 0 ? (
          <span className="muted small">{t('screen.ai.whyNone')}</span>
        ) : (
          <ul className="why-words">
            {item.why.map((w) => (
              <li key={w.term} title={t('screen.ai.weight', { term: w.term, weight: w.weight.toFixed(3) })}>
                <mark className="mark-why">{w.word}</mark>
              </li>
            ))}
          </ul>
        )}
      </div>
      <p className="muted small model-basis">
        {t('screen.ai.basis', { relevant: model.relevant, irrelevant: model.irrelevant })}
      </p>
    </section>
  );
}
