/** The calculator beside the data form: each conversion with its formula and numbers, and the study's effect. */
import { useI18n } from '../i18n/context';
import { effectText, partText, stepText } from './calc-text';
import type { Calc } from './calculator';
import type { AnalysisInfo } from './protocol-info';

export function CalculatorPanel({ calc, analysis }: { calc: Calc; analysis: AnalysisInfo }) {
  const { t, lang, num } = useI18n();
  const e = calc.effect;
  return (
    <aside className="card calculator" aria-labelledby="calc-h">
      <h3 id="calc-h">{t('data.calc')}</h3>
      <p className="muted small">{t('data.calcHint')}</p>
      <p className="small">{t('data.analysisUsed', { measure: analysis.measure, analysis: analysis.id ?? '–' })}</p>
      <div className="result" aria-live="polite">
        <h4>{t('data.result')}</h4>
        {e ? (
          <>
            <p className="big">{effectText(e, lang)}</p>
            {e.correlation !== undefined && (
              <p className="small">
                {t('data.rUsed', {
                  r: num(e.correlation, 2),
                  source: t(calc.usedEntryCorrelation ? 'data.rSource.entry' : 'data.rSource.analysis'),
                })}
              </p>
            )}
            {e.n !== undefined && <p className="small">{t('data.participants', { n: e.n })}</p>}
            {e.warnings.length > 0 && (
              <ul className="warnings">
                {e.warnings.map((w) => (
                  <li key={w}>{w}</li>
                ))}
              </ul>
            )}
          </>
        ) : (
          <div className="problems">
            <p>{t('data.cannot')}</p>
            <ul>
              {calc.problems.map((p) => (
                <li key={`${p.path}:${p.message}`}>{p.message}</li>
              ))}
            </ul>
          </div>
        )}
      </div>
      {calc.steps.length > 0 && (
        <ol className="steps">
          {calc.steps.map((s, i) => (
            <li key={`${s.part}-${i.toString()}`}>
              <span className="part">{partText(s.part, lang)}</span>
              <span className="formula">{stepText(s, lang)}</span>
            </li>
          ))}
        </ol>
      )}
    </aside>
  );
}
