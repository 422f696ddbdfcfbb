/**
 * The Cochrane-style forest plot of an analysis: the engine's fit (or its subgroup analysis), the studies' arm data
 * where every study has them, RoB 2 columns, "Favours" labels from the comparison and the outcome's direction.
 */
import type { AnalysisRun, Review } from '@evidens/review';
import { forestPlot } from '../../forest/forest-plot.js';
import { type ForestFromRmaOptions, forestFromRma, forestFromSubgroups } from '../../forest/from-rma.js';
import type { Lang } from '../../format.js';
import { labels } from '../../labels.js';
import { figure } from '../blocks.js';
import type { AnalysisData } from '../gather.js';
import type { Figure } from '../types.js';
import { forestArms } from './forest-arms.js';
import { robAssessment } from './rob.js';

const capitalise = (s: string) => `${s.charAt(0).toUpperCase()}${s.slice(1)}`;

/** The comparison's two names, "Magnesium" and "Placebo" (the figures' own words if the comparison has none). */
export function armNames(review: Review, run: AnalysisRun, lang: Lang): { experimental: string; control: string } {
  const c = review.comparisons.find((x) => x.id === run.analysis.comparison);
  const l = labels(lang);
  return { experimental: c?.intervention ?? l.experimental, control: c?.comparator ?? l.control };
}

/** The forest plot of one analysis, or undefined when the model could not be fitted. */
export function forestFigure(review: Review, data: AnalysisData, lang: Lang, caption: string): Figure | undefined {
  const { run } = data;
  if (!run.fit) return undefined;
  const names = armNames(review, run, lang);
  const l = labels(lang);
  const good = run.outcome.direction === 'lower-is-better' ? 'left' : 'right';
  const favours =
    good === 'left'
      ? { left: l.favours(names.experimental), right: l.favours(names.control) }
      : { left: l.favours(names.control), right: l.favours(names.experimental) };
  const arms = forestArms(review, run);
  const options: ForestFromRmaOptions = {
    measure: run.analysis.measure,
    lang,
    labels: run.effects.map((e) => e.label),
    rob: data.rob.map((r) => (r ? robAssessment(r) : undefined)),
    armLabels: names,
    favours,
    title: caption,
    ...(arms ? { arms } : {}),
  };
  const input = run.subgroups
    ? forestFromSubgroups(run.subgroups, {
        ...options,
        groupLabels: Object.fromEntries(run.subgroups.subgroups.map((g) => [g.name, capitalise(g.name)])),
      })
    : forestFromRma(run.fit, options);
  return figure(`forest-${run.analysis.id}`, caption, forestPlot(input));
}
