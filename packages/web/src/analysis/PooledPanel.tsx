/** The pooled estimate, its interval, I², τ² and k, in the page's language. */
import { useI18n } from '../i18n/context';
import type { AnalysisView } from './compute';

export function PooledPanel({ view }: { view: AnalysisView }) {
  const { t, num } = useI18n();
  const p = view.pooled;
  if (!p) return <p className="muted">{t('analysis.noFit', { reason: view.warnings.join('; ') || '–' })}</p>;
  return (
    <section className="card pooled" aria-label={t('analysis.pooled', { measure: p.measure })}>
      <dl className="stats">
        <div>
          <dt>{t('analysis.pooled', { measure: p.measure })}</dt>
          <dd className="big" data-testid="pooled-estimate">
            {num(p.estimate, 2)}
          </dd>
        </div>
        <div>
          <dt>{t('analysis.ci', { level: num(p.level, 0) })}</dt>
          <dd data-testid="pooled-ci">
            {num(p.ciLb, 2)} {t('analysis.to')} {num(p.ciUb, 2)}
          </dd>
        </div>
        <div>
          <dt>{t('analysis.i2')}</dt>
          <dd>{num(p.i2, 0)} %</dd>
        </div>
        {p.random && (
          <div>
            <dt>{t('analysis.tau2')}</dt>
            <dd>{num(p.tau2, 3)}</dd>
          </div>
        )}
        <div>
          <dt>{t('analysis.k')}</dt>
          <dd>{p.k}</dd>
        </div>
      </dl>
    </section>
  );
}
