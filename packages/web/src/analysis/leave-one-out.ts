/**
 * Leave-one-out rows of a run (metafor's leave1out, through @evidens/meta's leaveOneOut): the model refitted without
 * each study in turn, with the same estimator and test, on the readable scale. Pure.
 */
import { leaveOneOut } from '@evidens/meta';
import type { AnalysisRun } from '@evidens/review';
import { readable } from './compute';
import type { EstimateRow } from './sensitivity';

export interface LeaveOneOutRow extends EstimateRow {
  /** The study left out: its id and label. */
  study: string;
  label: string;
}

/**
 * One row per study of the fit (in its order); empty when there is no fit or fewer than two studies. A refit the
 * engine could not make has undefined numbers.
 * @example
 * leaveOneOutRows(runAnalysis(review, 'cramps-md')).map((r) => [r.label, r.estimate]);
 */
export function leaveOneOutRows(run: AnalysisRun): LeaveOneOutRow[] {
  const fit = run.fit;
  if (!fit || fit.k < 2) return [];
  const table = leaveOneOut(fit);
  const m = run.analysis.measure;
  return table.estimate.map((estimate, i) => ({
    study: run.effects[i].study,
    label: run.effects[i].label,
    k: fit.k - 1,
    estimate: readable(m, estimate),
    ciLb: readable(m, table.ciLb[i]),
    ciUb: readable(m, table.ciUb[i]),
    tau2: table.tau2[i] ?? undefined,
    i2: table.I2[i] ?? undefined,
  }));
}
