/** The report's contour-enhanced funnel plot of a run, or why there is none (fewer than ten studies). Pure. */
import { FUNNEL_MIN_STUDIES, funnelFigure, type Lang } from '@evidens/report/browser';
import type { AnalysisRun } from '@evidens/review';

export type FunnelView = { svg: string; k: number } | { svg: undefined; k: number; min: number };

/**
 * @example
 * funnelView(runAnalysis(review, 'cramps-md'), 'en', 'Cramps'); // → { svg: undefined, k: 4, min: 10 }
 */
export function funnelView(run: AnalysisRun, lang: Lang, caption: string): FunnelView {
  const k = run.fit?.k ?? 0;
  if (k < FUNNEL_MIN_STUDIES) return { svg: undefined, k, min: FUNNEL_MIN_STUDIES };
  const figure = funnelFigure({ run, rob: [], gradeNotes: [] }, lang, caption);
  return figure ? { svg: figure.svg, k } : { svg: undefined, k, min: FUNNEL_MIN_STUDIES };
}
