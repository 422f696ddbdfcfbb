/**
 * The analysis over assumed within-person correlations of crossover trials (r = 0, 0.1, …, 0.9; Cochrane Handbook v6
 * §23.2.7), under the page's settings, on the readable scale. Pure.
 */
import { crossoverSensitivity, type Review } from '@evidens/review';
import { readable } from './compute';
import type { EstimateRow } from './sensitivity';
import { reviewWith, type ViewSettings } from './settings';

export interface CorrelationRow extends EstimateRow {
  r: number;
}

export interface CorrelationView {
  rows: CorrelationRow[];
  /** Labels of the studies whose effect depends on the assumed correlation; none: the table would say nothing. */
  dependent: string[];
}

/**
 * The pooled result for each r, with the measure, model, estimator and test of `settings`.
 * @example
 * correlationRows(review, 'cramps-md', settings).rows.map((row) => [row.r, row.estimate]);
 * // → [[0, …], [0.1, …], …, [0.9, …]]
 */
export function correlationRows(review: Review, id: string, settings: ViewSettings): CorrelationView {
  const used = reviewWith(review, id, settings);
  const result = crossoverSensitivity(used, id);
  const labels = new Map(used.studies.map((s) => [s.id, s.label]));
  return {
    dependent: result.dependent.map((study) => labels.get(study) ?? study),
    rows: result.rows.map((row) => ({
      r: row.r,
      k: row.k,
      estimate: readable(settings.measure, row.estimate),
      ciLb: readable(settings.measure, row.ciLb),
      ciUb: readable(settings.measure, row.ciUb),
      tau2: row.tau2,
      i2: row.I2,
    })),
  };
}
