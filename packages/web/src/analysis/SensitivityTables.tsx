/**
 * The sensitivity analyses under the page's settings: the protocol's own (leave-out by study, design or RoB, another
 * estimator or test, another correlation), leave-one-out, and the crossover correlation from 0 to 0.9.
 */
import type { ReactNode } from 'react';
import { useI18n } from '../i18n/context';
import type { PooledSummary } from './compute';
import type { CorrelationView } from './correlation';
import type { LeaveOneOutRow } from './leave-one-out';
import { i2Text, intervalText, tau2Text } from './numbers';
import type { EstimateRow, SensitivityRow } from './sensitivity';

export function SensitivityTables(props: {
  pooled: PooledSummary;
  protocol: SensitivityRow[];
  leaveOneOut: LeaveOneOutRow[];
  correlation: CorrelationView | undefined;
  currentR: number | undefined;
}) {
  const { t, lang } = useI18n();
  const main: EstimateRow = props.pooled;
  const estimateHead = t('analysis.col.estimate', { measure: props.pooled.measure, level: props.pooled.level });
  return (
    <section className="card sensitivity" aria-labelledby="sens-h">
      <h2 id="sens-h">{t('analysis.sensitivity')}</h2>

      <h3 id="sens-protocol-h">{t('analysis.sensProtocol')}</h3>
      {props.protocol.length === 0 ? (
        <p className="muted">{t('analysis.sensNone')}</p>
      ) : (
        <EstimateTable
          estimateHead={estimateHead}
          labelledBy="sens-protocol-h"
          first={t('analysis.col.analysis')}
          extra={t('analysis.sensLeftOut')}
        >
          <Row head={t('analysis.sensMain')} row={main} className="main-row" extra="" />
          {props.protocol.map((r) => (
            <Row
              key={r.id}
              head={r.description}
              row={r}
              extra={r.leftOut.join(', ') || '–'}
              note={r.estimate === undefined ? `${t('analysis.notFitted')}: ${r.warnings.join('; ')}` : undefined}
            />
          ))}
        </EstimateTable>
      )}

      <h3 id="loo-h">{t('analysis.loo')}</h3>
      {props.leaveOneOut.length === 0 ? (
        <p className="muted">{t('analysis.looFew')}</p>
      ) : (
        <>
          <p className="muted small">{t('analysis.looCaption')}</p>
          <EstimateTable estimateHead={estimateHead} labelledBy="loo-h" first={t('analysis.without')}>
            <Row head={t('analysis.sensMain')} row={main} className="main-row" />
            {props.leaveOneOut.map((r) => (
              <Row key={r.study} head={r.label} row={r} />
            ))}
          </EstimateTable>
        </>
      )}

      <h3 id="corr-h">{t('analysis.corr')}</h3>
      {!props.correlation || props.correlation.dependent.length === 0 ? (
        <p className="muted">{t('analysis.corrNone')}</p>
      ) : (
        <>
          <p className="muted small">
            {t('analysis.corrCaption', { studies: props.correlation.dependent.join(', ') })}
          </p>
          <EstimateTable estimateHead={estimateHead} labelledBy="corr-h" first={t('analysis.col.r')}>
            {props.correlation.rows.map((r) => {
              const current = props.currentR !== undefined && Math.abs(r.r - props.currentR) < 1e-9;
              const head = current ? `${fmtR(r.r, lang)} (${t('analysis.corrThis')})` : fmtR(r.r, lang);
              return <Row key={r.r} head={head} row={r} className={current ? 'main-row' : undefined} />;
            })}
          </EstimateTable>
        </>
      )}
    </section>
  );
}

function EstimateTable(p: {
  labelledBy: string;
  first: string;
  estimateHead: string;
  extra?: string;
  children: ReactNode;
}) {
  const { t } = useI18n();
  return (
    <div className="scroll-x">
      <table className="table compact estimate-table" aria-labelledby={p.labelledBy}>
        <thead>
          <tr>
            <th scope="col">{p.first}</th>
            <th scope="col" className="num">
              {t('analysis.col.k')}
            </th>
            <th scope="col" className="num">
              {p.estimateHead}
            </th>
            <th scope="col" className="num">
              {t('analysis.tau2')}
            </th>
            <th scope="col" className="num">
              {t('analysis.i2')}
            </th>
            {p.extra !== undefined && <th scope="col">{p.extra}</th>}
          </tr>
        </thead>
        <tbody>{p.children}</tbody>
      </table>
    </div>
  );
}

function Row(p: { head: string; row: EstimateRow; extra?: string; note?: string; className?: string }) {
  const { lang } = useI18n();
  return (
    <tr className={p.className}>
      <th scope="row">
        {p.head}
        {p.note && <div className="muted small">{p.note}</div>}
      </th>
      <td className="num">{p.row.k}</td>
      <td className="num nowrap">{intervalText(p.row, lang)}</td>
      <td className="num">{tau2Text(p.row.tau2, lang)}</td>
      <td className="num">{i2Text(p.row.i2, lang)}</td>
      {p.extra !== undefined && <td>{p.extra}</td>}
    </tr>
  );
}

function fmtR(r: number, lang: string): string {
  const s = r.toFixed(1);
  return lang === 'da' ? s.replace('.', ',') : s;
}
