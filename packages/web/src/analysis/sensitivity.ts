/**
 * The protocol's own sensitivity analyses of a run, as table rows: what each changes, the pooled result on the
 * readable scale, and which studies it leaves out beyond those the main analysis already lacks. Pure.
 */
import type { AnalysisRun, FittedSet } from '@evidens/review';
import { readable } from './compute';

/** A pooled result as a table row shows it; the numbers are undefined when the model could not be fitted. */
export interface EstimateRow {
  k: number;
  estimate: number | undefined;
  ciLb: number | undefined;
  ciUb: number | undefined;
  tau2: number | undefined;
  /** I² in percent. */
  i2: number | undefined;
}

export interface SensitivityRow extends EstimateRow {
  id: string;
  description: string;
  /** Studies (by label) this sensitivity analysis leaves out that the main analysis uses. */
  leftOut: string[];
  /** Why there is no fit, when there is none. */
  warnings: string[];
}

/** The pooled result of a fitted set on the readable scale. */
export function estimateRow(set: FittedSet, measure: string): EstimateRow {
  const fit = set.fit;
  return {
    k: set.effects.length,
    estimate: readable(measure, fit?.beta[0]),
    ciLb: readable(measure, fit?.ciLb[0]),
    ciUb: readable(measure, fit?.ciUb[0]),
    tau2: fit?.tau2,
    i2: fit?.I2,
  };
}

/**
 * One row per sensitivity analysis of the protocol, in the protocol's order.
 * @example
 * sensitivityRows(runAnalysis(review, 'cramps-md')).map((r) => [r.id, r.k]);
 * // → [['knha', 4], ['dl-z', 4], ['idiopathic', 3], …]
 */
export function sensitivityRows(run: AnalysisRun): SensitivityRow[] {
  const labels = new Map(run.effects.map((e) => [e.study, e.label]));
  return run.sensitivity.map((s) => {
    const kept = new Set(s.effects.map((e) => e.study));
    return {
      id: s.sensitivity.id,
      description: s.sensitivity.description,
      ...estimateRow(s, run.analysis.measure),
      leftOut: [...labels].filter(([study]) => !kept.has(study)).map(([, label]) => label),
      warnings: s.fit ? [] : s.warnings,
    };
  });
}
