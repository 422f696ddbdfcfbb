/**
 * One planned analysis computed in the page: the engine's run (@evidens/review's runAnalysis over @evidens/meta),
 * the report's own forest plot of it, and the numbers shown beside it. Pure: a review model in, plain data out, so
 * the page recomputes it on every edit and the tests run it under Node.
 */
import { type AnalysisData, forestFigure, type Lang } from '@evidens/report/browser';
import { type AnalysisRun, type Review, runAnalysis } from '@evidens/review';
import { robFor } from './rob-memo';
import { reviewWith, type ViewSettings } from './settings';

const RATIO = new Set(['RR', 'OR']);

/** Whether results of this measure are read as ratios (the engine works on their logarithms). */
export function isRatio(measure: string): boolean {
  return RATIO.has(measure);
}

/** A number of the engine's scale on the scale people read (ratios exponentiated); null stays null. */
export function readable(measure: string, x: number): number;
export function readable(measure: string, x: number | null | undefined): number | undefined;
export function readable(measure: string, x: number | null | undefined): number | undefined {
  if (x === null || x === undefined) return undefined;
  return isRatio(measure) ? Math.exp(x) : x;
}

/** The pooled result on the scale people read, with the heterogeneity statistics. */
export interface PooledSummary {
  measure: string;
  estimate: number;
  ciLb: number;
  ciUb: number;
  /** Two-sided p-value of the pooled estimate (z, or t under Knapp–Hartung). */
  pval: number;
  /** Confidence level in percent. */
  level: number;
  /** I² in percent. */
  i2: number;
  tau2: number;
  /** Cochran's Q, its degrees of freedom and p-value. */
  q: number;
  df: number;
  qp: number;
  /** Prediction interval for a new study (random effects), undefined for a common effect. */
  piLb: number | undefined;
  piUb: number | undefined;
  k: number;
  random: boolean;
  /** The estimator used: "EE" for a common effect, else the τ² estimator. */
  method: string;
  test: 'z' | 'knha';
}

/** The test for subgroup differences (Cochrane Handbook 10.11.3) and each subgroup's pooled result. */
export interface SubgroupSummary {
  qb: number;
  df: number;
  p: number;
  /** I² of the test for subgroup differences, percent. */
  i2: number;
  groups: { name: string; k: number; estimate: number; ciLb: number; ciUb: number; i2: number }[];
}

export interface AnalysisView {
  run: AnalysisRun;
  /** The forest plot SVG, undefined when the model could not be fitted. */
  svg: string | undefined;
  pooled: PooledSummary | undefined;
  subgroups: SubgroupSummary | undefined;
  /** Why there is no fit, or why some data were left out. */
  warnings: string[];
}

export interface ComputeOptions {
  /** Settings tried in the page instead of the protocol's (see settings.ts). */
  settings?: ViewSettings;
  /** The figure's title; the analysis title (or outcome and measure) when not given. */
  caption?: string;
}

/**
 * The run of analysis `id` with the page's settings (when given), including the protocol's sensitivity analyses.
 * @example
 * runWithSettings(review, 'cramps-md', { ...settingsOf(analysis), method: 'DL' }).fit?.method; // → 'DL'
 */
export function runWithSettings(review: Review, id: string, settings?: ViewSettings): AnalysisRun {
  return runAnalysis(settings ? reviewWith(review, id, settings) : review, id);
}

/**
 * Runs analysis `id` of the review, with the page's settings when given, and draws its forest plot as the report does.
 * The protocol's sensitivity analyses are left out of this run (`run.sensitivity` is empty): the figure does not need
 * them and they would cost most of its time; {@link runWithSettings} runs them.
 * @example
 * const view = computeAnalysis(review, 'cramps-md', 'en');
 * view.pooled?.estimate; // → 0.029 (MD, magnesium example)
 */
export function computeAnalysis(review: Review, id: string, lang: Lang, options: ComputeOptions = {}): AnalysisView {
  const withSettings = options.settings ? reviewWith(review, id, options.settings) : review;
  const used: Review = {
    ...withSettings,
    analyses: withSettings.analyses.map((a) => (a.id === id ? { ...a, sensitivity: [] } : a)),
  };
  const run = runAnalysis(used, id);
  const warnings = [...run.warnings, ...run.excluded.map((e) => `${e.study}: ${e.reason}`)];
  if (!run.fit) return { run, svg: undefined, pooled: undefined, subgroups: undefined, warnings };
  const data: AnalysisData = {
    run,
    rob: run.effects.map((e) => robFor(used, e.study, run.outcome.id)),
    gradeNotes: [],
  };
  const caption = options.caption ?? run.analysis.title ?? `${run.outcome.name} (${run.analysis.measure})`;
  let svg: string | undefined;
  try {
    svg = forestFigure(used, data, lang, caption)?.svg;
  } catch (e) {
    warnings.push(e instanceof Error ? e.message : String(e));
  }
  return { run, svg, warnings, pooled: pooledOf(run), subgroups: subgroupsOf(run) };
}

function pooledOf(run: AnalysisRun): PooledSummary | undefined {
  const fit = run.fit;
  if (!fit) return undefined;
  const m = run.analysis.measure;
  const random = fit.method !== 'EE';
  return {
    measure: m,
    estimate: readable(m, fit.beta[0]),
    ciLb: readable(m, fit.ciLb[0]),
    ciUb: readable(m, fit.ciUb[0]),
    pval: fit.pval[0],
    level: fit.level <= 1 ? fit.level * 100 : fit.level,
    i2: fit.I2,
    tau2: fit.tau2,
    q: fit.QE,
    df: fit.QEdf,
    qp: fit.QEp,
    piLb: random ? readable(m, fit.piLb) : undefined,
    piUb: random ? readable(m, fit.piUb) : undefined,
    k: fit.k,
    random,
    method: fit.method,
    test: fit.test,
  };
}

function subgroupsOf(run: AnalysisRun): SubgroupSummary | undefined {
  const s = run.subgroups;
  if (!s) return undefined;
  const m = run.analysis.measure;
  return {
    qb: s.Qb,
    df: s.QbDf,
    p: s.QbP,
    i2: s.I2b,
    groups: s.subgroups.map((g) => ({
      name: g.name,
      k: g.fit.k,
      estimate: readable(m, g.fit.beta[0]),
      ciLb: readable(m, g.fit.ciLb[0]),
      ciUb: readable(m, g.fit.ciUb[0]),
      i2: g.fit.I2,
    })),
  };
}
