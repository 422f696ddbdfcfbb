import { requireCount, requireFinite, requireNonZero, requireNotAbove, requirePositive } from '../convert/guards.js';
import { seFromCi } from '../convert/se-from-ci.js';
import { seFromP } from '../convert/se-from-p.js';
import { oneOf } from '../errors.js';
import type { CrossoverEstimate } from './types.js';

/** The SD of the within-person differences was reported. */
export interface PairedFromSd {
  /** Tag selecting this kind of report. */
  from: 'sd';
  /** Standard deviation of the within-person differences. */
  sd: number;
  /** Number of participants, at least 2. */
  n: number;
}

/** The standard error of the mean difference was reported. */
export interface PairedFromSe {
  /** Tag selecting this kind of report. */
  from: 'se';
  /** Standard error of the mean within-person difference. */
  se: number;
  /** Number of participants, if known (gives SD_diff too). */
  n?: number;
}

/** A confidence interval for the mean difference was reported. */
export interface PairedFromCi {
  /** Tag selecting this kind of report. */
  from: 'ci';
  /** Lower confidence limit of the mean difference. */
  lower: number;
  /** Upper confidence limit of the mean difference. */
  upper: number;
  /** Confidence level, in (0, 1); 0.95 when omitted. */
  level?: number;
  /** Number of participants; when given, the t quantile with n − 1 df is used, as for a paired t interval. */
  n?: number;
}

/** The paired t statistic was reported. */
export interface PairedFromT {
  /** Tag selecting this kind of report. */
  from: 't';
  /** Paired t statistic, mean difference over its SE. */
  t: number;
  /** Number of participants, at least 2. */
  n: number;
}

/** The two-sided P value of the paired t test was reported. */
export interface PairedFromP {
  /** Tag selecting this kind of report. */
  from: 'p';
  /** Exact two-sided P value, in (0, 1). */
  p: number;
  /** Number of participants, at least 2; the t distribution has n − 1 df. */
  n: number;
}

/** What was reported alongside a mean within-person difference, tagged by `from`. */
export type PairedDifferenceSource = PairedFromSd | PairedFromSe | PairedFromCi | PairedFromT | PairedFromP;

/**
 * Paired mean difference and its SE from what a crossover report gives for the within-person difference
 * (Cochrane Handbook v6 §23.2.7; v5.1 §16.4.6.1; Elbourne et al. 2002, Int J Epidemiol 31:140):
 * SE = SD_diff/√n; SE from a CI or P value as in Handbook §6.3 with n − 1 df; SE = |MD/t| from a paired t statistic.
 *
 * @example
 * ```ts
 * crossoverFromDifference(0.5, { from: 'sd', sd: 2, n: 10 });
 * // { md: 0.5, se: 0.6324..., sdDiff: 2, n: 10, method: 'paired-sd', ... }
 * crossoverFromDifference(1.2, { from: 'p', p: 0.04, n: 20 }).se; // 0.5442... (t = 2.205, 19 df)
 * ```
 */
export function crossoverFromDifference(md: number, source: PairedDifferenceSource): CrossoverEstimate {
  requireFinite('md', md);
  oneOf('from', source.from, ['sd', 'se', 'ci', 't', 'p']);
  const cite = '(Cochrane Handbook v6 §23.2.7)';
  const withN = (se: number, n: number | undefined) => ({
    md,
    se,
    n,
    sdDiff: n === undefined ? undefined : se * Math.sqrt(n),
  });
  switch (source.from) {
    case 'sd': {
      requirePositive('sd', source.sd);
      requireCount('n', source.n, 2);
      const se = source.sd / Math.sqrt(source.n);
      return {
        ...withN(se, source.n),
        method: 'paired-sd',
        description: `SE = SD_diff/√n = ${source.sd}/√${source.n} ${cite}`,
      };
    }
    case 'se': {
      requirePositive('se', source.se);
      if (source.n !== undefined) requireCount('n', source.n, 2);
      return {
        ...withN(source.se, source.n),
        method: 'paired-se',
        description: `SE of the paired difference as reported ${cite}`,
      };
    }
    case 'ci': {
      if (source.n !== undefined) requireCount('n', source.n, 2);
      const ci = seFromCi({
        lower: source.lower,
        upper: source.upper,
        level: source.level,
        df: source.n === undefined ? undefined : source.n - 1,
      });
      // A CI that excludes its own estimate signals a transcription error or a CI on another scale.
      requireNotAbove('lower', source.lower, 'md', md);
      requireNotAbove('md', md, 'upper', source.upper);
      const method = ci.df === undefined ? 'paired-ci-normal' : 'paired-ci-t';
      const quantile = ci.df === undefined ? 'normal quantile' : `t quantile with ${ci.df} df`;
      const description = `SE = (upper − lower)/(2 × ${ci.critical.toFixed(3)}), ${quantile} ${cite}`;
      return { ...withN(ci.se, source.n), method, description };
    }
    case 't': {
      requireNonZero('md', md);
      requireNonZero('t', source.t);
      requireCount('n', source.n, 2);
      const se = Math.abs(md / source.t);
      return { ...withN(se, source.n), method: 'paired-t', description: `SE = |MD/t| = |${md}/${source.t}| ${cite}` };
    }
    case 'p': {
      requireCount('n', source.n, 2);
      const fromP = seFromP({ estimate: requireNonZero('md', md), p: source.p, df: source.n - 1 });
      const description = `SE = |MD|/${fromP.statistic.toFixed(3)}, the paired t (${source.n - 1} df) with P = ${source.p} ${cite}`;
      return { ...withN(fromP.se, source.n), method: 'paired-p', description };
    }
  }
}
