/**
 * One planned analysis computed in the page: the engine's run (@evidens/review's runAnalysis over @evidens/meta),
 * the report's own forest plot of it, and the numbers shown beside it. Pure: a review model in, plain data out, so
 * the page recomputes it on every edit and the tests run it under Node.
 */
import { type AnalysisData, forestFigure, type Lang } from '@evidens/report/browser';
import { type AnalysisRun, type Review, robForResult, runAnalysis } from '@evidens/review';

const RATIO = new Set(['RR', 'OR']);

/** The pooled result on the scale people read (ratios exponentiated). */
export interface PooledSummary {
  measure: string;
  estimate: number;
  ciLb: number;
  ciUb: number;
  /** Confidence level in percent. */
  level: number;
  /** I² in percent. */
  i2: number;
  tau2: number;
  k: number;
  random: boolean;
}

export interface AnalysisView {
  run: AnalysisRun;
  /** The forest plot SVG, undefined when the model could not be fitted. */
  svg: string | undefined;
  pooled: PooledSummary | undefined;
  /** Why there is no fit, or why some data were left out. */
  warnings: string[];
}

/**
 * Runs analysis `id` of the review and draws its forest plot as the report does.
 * @example
 * const view = computeAnalysis(review, 'cramps-md', 'en');
 * view.pooled?.estimate; // → 0.029 (MD, magnesium example)
 */
export function computeAnalysis(review: Review, id: string, lang: Lang): AnalysisView {
  const run = runAnalysis(review, id);
  const warnings = [...run.warnings, ...run.excluded.map((e) => `${e.study}: ${e.reason}`)];
  if (!run.fit) return { run, svg: undefined, pooled: undefined, warnings };
  const data: AnalysisData = {
    run,
    rob: run.effects.map((e) => robForResult(review, e.study, run.outcome.id)),
    gradeNotes: [],
  };
  const caption = run.analysis.title ?? `${run.outcome.name} (${run.analysis.measure})`;
  let svg: string | undefined;
  try {
    svg = forestFigure(review, data, lang, caption)?.svg;
  } catch (e) {
    warnings.push(e instanceof Error ? e.message : String(e));
  }
  const fit = run.fit;
  const ratio = RATIO.has(run.analysis.measure);
  const scale = (x: number) => (ratio ? Math.exp(x) : x);
  const level = fit.level <= 1 ? fit.level * 100 : fit.level;
  return {
    run,
    svg,
    warnings,
    pooled: {
      measure: run.analysis.measure,
      estimate: scale(fit.beta[0]),
      ciLb: scale(fit.ciLb[0]),
      ciUb: scale(fit.ciUb[0]),
      level,
      i2: fit.I2,
      tau2: fit.tau2,
      k: fit.k,
      random: fit.method !== 'EE',
    },
  };
}
