/** The contour-enhanced funnel plot of an analysis with at least ten studies (Cochrane Handbook v6 §13.3.5.4). */

import type { Lang } from '../../format.js';
import { funnelFromRma } from '../../funnel/from-rma.js';
import { funnelPlot } from '../../funnel/funnel-plot.js';
import { figure } from '../blocks.js';
import type { AnalysisData } from '../gather.js';
import type { Figure } from '../types.js';

/** Fewer studies than this give a funnel plot too sparse to read. */
export const FUNNEL_MIN_STUDIES = 10;

export function funnelFigure(data: AnalysisData, lang: Lang, caption: string): Figure | undefined {
  const fit = data.run.fit;
  if (!fit || fit.k < FUNNEL_MIN_STUDIES) return undefined;
  const svg = funnelPlot(funnelFromRma(fit, { measure: data.run.analysis.measure, lang, title: caption }));
  return figure(`funnel-${data.run.analysis.id}`, caption, svg);
}
