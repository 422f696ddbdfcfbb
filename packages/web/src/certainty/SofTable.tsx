/** The summary-of-findings table as the report has it, in the page's language, from the page's GRADE. */
import type { GradeDomain } from '@evidens/review';
import { useMemo } from 'react';
import { useI18n } from '../i18n/context';
import { localText } from '../i18n/local-text';
import type { MessageKey } from '../i18n/messages';
import type { GradedAnalysis } from './compute';
import { decisionOf, footnotesOf, type GradeDoc } from './entry';
import { footnoteMark, type SofWords, sofCells, sofFootnotes } from './sof';
import { certaintyKey, certaintySymbols } from './symbols';

export function SofTable(props: { graded: GradedAnalysis[]; docs: Record<string, GradeDoc> }) {
  const { t, lang } = useI18n();
  const words = useMemo<SofWords>(
    () => ({
      perThousand: (n) => t('certainty.perThousand', { n }),
      range: (from, to) => t('certainty.range', { from, to }),
      higher: (x) => t('certainty.higher', { x }),
      lower: (x) => t('certainty.lower', { x }),
      more: (x) => t('certainty.more', { x }),
      fewer: (x) => t('certainty.fewer', { x }),
      domain: (d) => t(`certainty.domain.${d}` as MessageKey),
      moved: (levels) => t(`certainty.${levels < 0 ? 'down' : 'up'}${Math.min(2, Math.abs(levels))}` as MessageKey),
    }),
    [t],
  );
  const notes: string[] = [];
  const sources: string[] = [];
  const rows = props.graded.flatMap((g) => {
    if (!g.sof || !g.grade || !g.run) return [];
    const doc = props.docs[g.id] ?? {};
    const reasonOf = (d: GradeDomain) =>
      decisionOf(doc, d, lang)?.reason ?? g.grade?.domains.find((x) => x.domain === d)?.reason ?? '';
    const marks = sofFootnotes(g.grade, reasonOf, footnotesOf(doc, lang), words).map((text) => {
      const mark = footnoteMark(notes.length);
      notes.push(text);
      return mark;
    });
    const { name, unit, timepoint } = g.run.outcome;
    const showUnit = unit && g.sof.measure === 'MD' && !name.toLowerCase().includes(unit.toLowerCase());
    if (g.sof.assumed) {
      const source =
        localText(doc.assumedControlSource, lang) ??
        (typeof doc.assumedControl === 'number'
          ? 'grade.yaml'
          : t(g.sof.absolute?.unit === 'per 1000' ? 'certainty.sof.comparatorRisk' : 'certainty.sof.comparatorMean'));
      sources.push(t('certainty.sof.assumedSource', { outcome: name, source }));
    }
    return [
      {
        id: g.id,
        outcome: [name, timepoint, showUnit ? unit : undefined].filter(Boolean).join(', '),
        cells: sofCells(g.sof, lang, words),
        certainty: g.sof.certainty,
        marks,
      },
    ];
  });
  if (rows.length === 0) return null;
  return (
    <section className="card sof" aria-labelledby="sof-h">
      <h3 id="sof-h">{t('certainty.sof')}</h3>
      <div className="sof-scroll">
        <table className="table sof-table" aria-describedby="sof-notes">
          <thead>
            <tr>
              <th scope="col">{t('certainty.sof.outcome')}</th>
              <th scope="col">{t('certainty.sof.participants')}</th>
              <th scope="col">{t('certainty.sof.assumed')}</th>
              <th scope="col">{t('certainty.sof.corresponding')}</th>
              <th scope="col">{t('certainty.sof.relative')}</th>
              <th scope="col">{t('certainty.sof.absolute')}</th>
              <th scope="col">{t('certainty.sof.certainty')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id}>
                <th scope="row">{r.outcome}</th>
                <td className="num">{r.cells.participants}</td>
                <td>{r.cells.assumed}</td>
                <td>{r.cells.corresponding}</td>
                <td>{r.cells.relative}</td>
                <td>{r.cells.absolute}</td>
                <td className="sof-certainty">
                  <span aria-hidden="true">{certaintySymbols(r.certainty)}</span> {t(certaintyKey(r.certainty))}
                  {r.marks.length > 0 && <sup>{r.marks.join(',')}</sup>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div id="sof-notes" className="sof-notes small">
        <h4>{t('certainty.sof.notes')}</h4>
        <ol>
          {notes.map((n, i) => (
            <li key={footnoteMark(i)}>
              <sup>{footnoteMark(i)}</sup> {n}
            </li>
          ))}
        </ol>
        {sources.map((s) => (
          <p key={s}>{s}</p>
        ))}
        <p>{t('certainty.sof.abbreviations')}</p>
      </div>
    </section>
  );
}
