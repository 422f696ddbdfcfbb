/**
 * The sensitivity analyses of one analysis as a small table: the main result, the planned sensitivity analyses, the
 * analysis over assumed within-person correlations for crossover trials, and leaving one study out.
 */
import type { EffectMeasure } from '@evidens/review';
import { formatInterval, type Lang } from '../../format.js';
import { cell } from '../blocks.js';
import { analysisName, type SectionContext } from '../context.js';
import type { AnalysisData } from '../gather.js';
import { natural, percent, plain, whole } from '../numbers.js';
import type { Cell, Table } from '../types.js';

interface Numbers {
  k: number;
  estimate: number | null | undefined;
  lower: number | null | undefined;
  upper: number | null | undefined;
  i2: number | null | undefined;
}

function row(label: string, x: Numbers, measure: EffectMeasure, lang: Lang): Cell[] {
  const known = (v: number | null | undefined): v is number => typeof v === 'number' && Number.isFinite(v);
  const interval =
    known(x.estimate) && known(x.lower) && known(x.upper)
      ? formatInterval(natural(measure, x.estimate), natural(measure, x.lower), natural(measure, x.upper), 2, lang)
      : '—';
  return [
    cell(label),
    cell(whole(x.k, lang), true),
    cell(interval, true),
    cell(known(x.i2) ? percent(x.i2, lang) : '—', true),
  ];
}

/** The table, or undefined when there is nothing beside the main analysis. */
export function sensitivityTable(a: AnalysisData, ctx: SectionContext): Table | undefined {
  const { lang, l } = ctx;
  const r = l.results;
  const fit = a.run.fit;
  if (!fit) return undefined;
  const m = a.run.analysis.measure;
  const rows: Cell[][] = [
    row(
      r.mainAnalysis,
      { k: fit.k, estimate: fit.beta[0], lower: fit.ciLb[0], upper: fit.ciUb[0], i2: fit.I2 },
      m,
      lang,
    ),
  ];
  const groupRows: number[] = [];
  const group = (title: string, body: Cell[][]) => {
    if (body.length === 0) return;
    groupRows.push(rows.length);
    rows.push([cell(title)], ...body);
  };
  group(
    r.planned,
    a.run.sensitivity.map((s) =>
      row(
        s.sensitivity.description,
        { k: s.effects.length, estimate: s.fit?.beta[0], lower: s.fit?.ciLb[0], upper: s.fit?.ciUb[0], i2: s.fit?.I2 },
        m,
        lang,
      ),
    ),
  );
  if (a.correlation) {
    const names = a.run.effects.filter((e) => a.correlation?.dependent.includes(e.study)).map((e) => e.label);
    group(
      r.correlationGroup(l.and(names)),
      a.correlation.rows.map((c) =>
        row(
          r.correlationRow(plain(c.r, lang)),
          { k: c.k, estimate: c.estimate, lower: c.ciLb, upper: c.ciUb, i2: c.I2 },
          m,
          lang,
        ),
      ),
    );
  }
  const loo = a.leaveOneOut;
  if (loo) {
    group(
      r.leaveOneOutGroup,
      loo.slab.map((study, i) =>
        row(
          r.without(study),
          { k: fit.k - 1, estimate: loo.estimate[i], lower: loo.ciLb[i], upper: loo.ciUb[i], i2: loo.I2[i] },
          m,
          lang,
        ),
      ),
    );
  }
  if (groupRows.length === 0) return undefined;
  return {
    kind: 'table',
    name: `sensitivity-${a.run.analysis.id}`,
    caption: r.sensitivityCaption(analysisName(a)),
    header: [...r.sensitivityHeader],
    rows,
    groupRows,
    widths: [50, 12, 28, 10],
  };
}
