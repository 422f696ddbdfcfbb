import { criticalValue, formatLevel } from '../convert/critical-value.js';
import { MetaError } from '../errors.js';
import { crossoverFromArms } from './from-arms.js';
import type { CrossoverArms } from './types.js';

/** One row of a correlation sensitivity analysis. */
export interface CorrelationSensitivityRow {
  /** Assumed within-person correlation. */
  r: number;
  /** Paired mean difference (does not depend on r). */
  md: number;
  /** Standard error of the mean difference under this r. */
  se: number;
  /** SD of the within-person differences under this r. */
  sdDiff: number;
  /** Lower confidence limit, md − z·se. */
  lower: number;
  /** Upper confidence limit, md + z·se. */
  upper: number;
}

/** A sensitivity analysis of a crossover estimate over assumed correlations. */
export interface CorrelationSensitivity {
  /** One row per correlation, in the order given. */
  rows: CorrelationSensitivityRow[];
  /** Confidence level of the intervals. */
  level: number;
  /** Machine-readable name of the method used. */
  method: 'correlation-sensitivity';
  /** One sentence saying what was computed. */
  description: string;
}

/** 0, 0.1, …, 0.9: the default grid, built from integers so the values are exact decimals. */
export const CROSSOVER_DEFAULT_CORRELATIONS: readonly number[] = Array.from({ length: 10 }, (_, i) => i / 10);

/**
 * The paired MD, its SE and a normal-theory confidence interval for each assumed within-person correlation, as the
 * Handbook recommends whenever a correlation is imputed (Cochrane Handbook v6 §23.2.7; v5.1 §16.4.6.3–16.4.6.4).
 * Higher correlations give smaller SEs; the MD itself does not change.
 *
 * @example
 * ```ts
 * crossoverCorrelationSensitivity({ meanE: 7.0, sdE: 2.38, meanC: 6.5, sdC: 2.21, n: 10 }, { correlations: [0, 0.5] }).rows;
 * // [ { r: 0, md: 0.5, se: 1.0271..., sdDiff: 3.2479..., lower: -1.5131..., upper: 2.5131... },
 * //   { r: 0.5, md: 0.5, se: 0.7272..., sdDiff: 2.2997..., lower: -0.9253..., upper: 1.9253... } ]
 * ```
 */
export function crossoverCorrelationSensitivity(
  arms: CrossoverArms,
  options: { correlations?: readonly number[]; level?: number } = {},
): CorrelationSensitivity {
  const { correlations = CROSSOVER_DEFAULT_CORRELATIONS, level = 0.95 } = options;
  if (correlations.length === 0) {
    throw new MetaError('invalid_argument', 'correlations must list at least one value (got none)', {
      column: 'correlations',
    });
  }
  const z = criticalValue(level).value;
  const rows = correlations.map((r) => {
    const estimate = crossoverFromArms({ ...arms, r });
    const { md, se, sdDiff } = estimate;
    return { r, md, se, sdDiff, lower: md - z * se, upper: md + z * se };
  });
  return {
    rows,
    level,
    method: 'correlation-sensitivity',
    description:
      `Paired MD with SE and ${formatLevel(level)} normal CI for r = ${correlations.join(', ')} ` +
      '(Cochrane Handbook v6 §23.2.7)',
  };
}
