/** The pooled estimate with its interval and p-value, the heterogeneity and the test for subgroup differences. */

import { useI18n } from '../i18n/context';
import type { MessageKey } from '../i18n/messages';
import type { AnalysisView } from './compute';
import { i2Text, intervalText, pRelation, pText, tau2Text } from './numbers';

export function PooledPanel({ view }: { view: AnalysisView }) {
  const { t, num, lang } = useI18n();
  const p = view.pooled;
  if (!p) return <p className="muted">{t('analysis.noFit', { reason: view.warnings.join('; ') || '–' })}</p>;
  const used = t('analysis.usedModel', {
    model: t(`analysis.model.${p.random ? 'random' : 'common'}` as MessageKey),
    method: p.random ? p.method : 'IV',
    test: t(`analysis.test.${p.test}` as MessageKey),
  });
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
          <dt>{t('analysis.pEffect')}</dt>
          <dd>{pText(p.pval, lang)}</dd>
        </div>
        <div>
          <dt>{t('analysis.k')}</dt>
          <dd>{p.k}</dd>
        </div>
      </dl>
      <p className="muted small used-model">{used}</p>
      <h3 className="het-h">{t('analysis.heterogeneity')}</h3>
      <dl className="stats stats-small" data-testid="heterogeneity">
        <div>
          <dt>{t('analysis.q')}</dt>
          <dd>
            {num(p.q, 2)} ({p.df})
          </dd>
        </div>
        <div>
          <dt>{t('analysis.qp')}</dt>
          <dd>{pText(p.qp, lang)}</dd>
        </div>
        <div>
          <dt>{t('analysis.i2')}</dt>
          <dd>{i2Text(p.i2, lang)}</dd>
        </div>
        <div>
          <dt>{t('analysis.tau2')}</dt>
          <dd>{tau2Text(p.tau2, lang)}</dd>
        </div>
        <div>
          <dt>{t('analysis.pi')}</dt>
          <dd data-testid="prediction-interval">
            {p.piLb !== undefined && p.piUb !== undefined
              ? `${num(p.piLb, 2)} ${t('analysis.to')} ${num(p.piUb, 2)}`
              : t('analysis.piNone')}
          </dd>
        </div>
      </dl>
      {view.subgroups && (
        <div className="subgroup-test">
          <h3 className="het-h">{t('analysis.subgroupTest')}</h3>
          <p data-testid="subgroup-test">
            {t('analysis.subgroupText', {
              q: num(view.subgroups.qb, 2),
              df: view.subgroups.df,
              p: pRelation(view.subgroups.p, lang),
              i2: i2Text(view.subgroups.i2, lang),
            })}
          </p>
          <table className="table compact subgroup-table">
            <thead>
              <tr>
                <th scope="col">{t('analysis.subgroup')}</th>
                <th scope="col" className="num">
                  {t('analysis.col.k')}
                </th>
                <th scope="col" className="num">
                  {t('analysis.col.estimate', { measure: p.measure, level: num(p.level, 0) })}
                </th>
                <th scope="col" className="num">
                  {t('analysis.i2')}
                </th>
              </tr>
            </thead>
            <tbody>
              {view.subgroups.groups.map((g) => (
                <tr key={g.name}>
                  <th scope="row">{g.name.charAt(0).toUpperCase() + g.name.slice(1)}</th>
                  <td className="num">{g.k}</td>
                  <td className="num">{intervalText(g, lang)}</td>
                  <td className="num">{i2Text(g.i2, lang)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
