/**
 * The analysis re-run over assumed within-person correlations for crossover trials reported per treatment or per
 * sequence, as the Cochrane Handbook (v6 §23.2.7) advises whenever a correlation is imputed.
 */
import { CROSSOVER_DEFAULT_CORRELATIONS } from '@evidens/meta';
import type { Review } from '../model/review.js';
import { runAnalysis } from './run-analysis.js';

/** The pooled result under one assumed correlation. */
export interface CorrelationRow {
  r: number;
  k: number;
  estimate: number | undefined;
  ciLb: number | undefined;
  ciUb: number | undefined;
  tau2: number | undefined;
  I2: number | undefined;
}

/** The analysis over a grid of correlations. */
export interface CorrelationSensitivityResult {
  analysis: string;
  rows: CorrelationRow[];
  /** Studies whose effect depends on the correlation (crossovers with per-treatment or per-sequence data). */
  dependent: string[];
  warnings: string[];
}

/**
 * Re-runs analysis `analysisId` for each r (default 0, 0.1, …, 0.9). A data entry's own `correlation` is taken as
 * known for that trial and is not varied.
 *
 * @example
 * crossoverSensitivity(review, 'cramps-md').rows.map((row) => [row.r, row.estimate, row.ciLb, row.ciUb]);
 */
export function crossoverSensitivity(
  review: Review,
  analysisId: string,
  correlations: readonly number[] = CROSSOVER_DEFAULT_CORRELATIONS,
): CorrelationSensitivityResult {
  const warnings: string[] = [];
  const runs = correlations.map((r) => runAnalysis(review, analysisId, { crossoverCorrelation: r }));
  const dependent = runs[0]?.effects.filter((e) => e.correlationSource === 'analysis').map((e) => e.study) ?? [];
  if (dependent.length === 0) warnings.push('no study in the analysis depends on the assumed correlation');
  const rows = runs.map(
    (run, i): CorrelationRow => ({
      r: correlations[i],
      k: run.effects.length,
      estimate: run.fit?.beta[0],
      ciLb: run.fit?.ciLb[0],
      ciUb: run.fit?.ciUb[0],
      tau2: run.fit?.tau2,
      I2: run.fit?.I2,
    }),
  );
  return { analysis: analysisId, rows, dependent, warnings };
}
