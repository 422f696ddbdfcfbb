/** The report's traffic-light and summary plots of every analysis, above the assessments. */
import type { Review } from '@evidens/review';
import { useMemo, useState } from 'react';
import { SvgFigure } from '../analysis/Figures';
import { useI18n } from '../i18n/context';
import { robFigureSets } from './figures';

export function RobFigures(props: { review: Review; docs: unknown[] }) {
  const { t, lang } = useI18n();
  const sets = useMemo(() => {
    try {
      return {
        ok: robFigureSets(props.review, props.docs, lang, { traffic: t('rob.traffic'), summary: t('rob.summary') }),
      };
    } catch (e) {
      return { failed: e instanceof Error ? e.message : String(e) };
    }
  }, [props.review, props.docs, lang, t]);
  const [chosen, setChosen] = useState(props.review.analyses[0]?.id ?? '');
  const shown = sets.ok?.filter((s) => s.analysis === chosen || sets.ok?.length === 1);
  return (
    <section className="card rob-figures" aria-labelledby="rob-fig-h">
      <div className="rob-fig-head">
        <h3 id="rob-fig-h">{t('rob.figures')}</h3>
        {(sets.ok?.length ?? 0) > 1 && (
          <label>
            <span className="label-text">{t('rob.figuresChoose')}</span>{' '}
            <select value={chosen} onChange={(e) => setChosen(e.target.value)}>
              {sets.ok?.map((s) => (
                <option key={s.analysis} value={s.analysis}>
                  {s.name}
                </option>
              ))}
            </select>
          </label>
        )}
      </div>
      {sets.failed !== undefined && <p className="error-text">{t('rob.figuresFailed', { reason: sets.failed })}</p>}
      {shown?.map((s) => (
        <div key={s.analysis} className="rob-figure-set">
          <h4 className="sr-only">{t('rob.figuresFor', { name: s.name })}</h4>
          {s.svgs.length === 0 ? (
            <p className="muted">{t('rob.noFigures')}</p>
          ) : (
            <div className="rob-figure-row">
              {s.svgs.map((f) => (
                <SvgFigure key={f.name} svg={f.svg} caption={f.caption} className="rob-figure" />
              ))}
            </div>
          )}
        </div>
      ))}
    </section>
  );
}
