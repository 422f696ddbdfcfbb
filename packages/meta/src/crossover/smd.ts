import { requireCount, requireFinite, requireInHalfOpen, requirePositive } from '../convert/guards.js';
import { checkArms } from './from-arms.js';
import type { CrossoverArms, CrossoverMethod } from './types.js';

/** A standardized mean difference for a crossover trial, on the scale of a parallel-group SMD. */
export interface CrossoverSmd {
  /** Standardized mean difference (not small-sample corrected). */
  smd: number;
  /** Standard error of the SMD, allowing for the within-person correlation. */
  se: number;
  /** Within-person correlation that was assumed. */
  r: number;
  /** Standard deviation the mean difference was divided by. */
  sdStandardizer: number;
  /** Number of participants. */
  n: number;
  /** Machine-readable name of the method used. */
  method: Extract<CrossoverMethod, 'paired-smd-arms' | 'paired-smd-difference'>;
  /** One sentence saying what was computed and where the formula comes from. */
  description: string;
}

/** SE(SMD) = √(1/n + SMD²/(2n)) · √(2(1 − r)) (Cochrane Handbook v6 §23.2.7; v5.1 §16.4.6.2). */
function smdSe(smd: number, n: number, r: number): number {
  return Math.sqrt(1 / n + (smd * smd) / (2 * n)) * Math.sqrt(2 * (1 - r));
}

const CITE = '(Cochrane Handbook v6 §23.2.7, v5.1 §16.4.6.2; Elbourne et al. 2002)';

/**
 * Crossover SMD from per-treatment means and SDs: SMD = (mean_E − mean_C)/√((sd_E² + sd_C²)/2), with
 * SE = √(1/n + SMD²/(2n))·√(2(1 − r)) for an assumed within-person correlation r in [−1, 1)
 * (Cochrane Handbook v6 §23.2.7; v5.1 §16.4.6.2, worked example §16.4.6.4). Note Kitchenham & Madeyski
 * (Stat Med 2020;39:4101) argue this SE is too small when the correlation or the SMD is large.
 *
 * @example
 * ```ts
 * crossoverSmdFromArms({ meanE: 7.0, sdE: 2.38, meanC: 6.5, sdC: 2.21, n: 10, r: 0.68 });
 * // { smd: 0.2177..., se: 0.2559..., r: 0.68, sdStandardizer: 2.2965..., n: 10, method: 'paired-smd-arms', ... }
 * ```
 */
export function crossoverSmdFromArms(input: CrossoverArms & { r: number }): CrossoverSmd {
  const { meanE, sdE, meanC, sdC, n } = checkArms(input);
  const r = requireInHalfOpen('r', input.r, -1, 1);
  const sdStandardizer = Math.sqrt((sdE * sdE + sdC * sdC) / 2);
  const smd = (meanE - meanC) / sdStandardizer;
  return {
    smd,
    se: smdSe(smd, n, r),
    r,
    sdStandardizer,
    n,
    method: 'paired-smd-arms',
    description: `SMD = MD/√((sdE² + sdC²)/2), SE = √(1/n + SMD²/2n)·√(2(1 − r)) with r = ${r} ${CITE}`,
  };
}

/**
 * Crossover SMD from a paired mean difference and the SD of the differences: the within-person SD is converted back
 * to the parallel-group scale, SD = SD_diff/√(2(1 − r)), so SMD = MD·√(2(1 − r))/SD_diff; SE as in
 * {@link crossoverSmdFromArms} (Cochrane Handbook v6 §23.2.7; v5.1 §16.4.6.2). Gives slightly different numbers
 * from the per-treatment route because the standardizing SD is estimated differently (Handbook v5.1 §16.4.6.4).
 *
 * @example
 * ```ts
 * crossoverSmdFromDifference({ md: 0.5, sdDiff: 1.8426, n: 10, r: 0.68 });
 * // { smd: 0.2170..., se: 0.2559..., r: 0.68, sdStandardizer: 2.3032..., n: 10, method: 'paired-smd-difference', ... }
 * ```
 */
export function crossoverSmdFromDifference(input: { md: number; sdDiff: number; n: number; r: number }): CrossoverSmd {
  const md = requireFinite('md', input.md);
  const sdDiff = requirePositive('sdDiff', input.sdDiff);
  const n = requireCount('n', input.n, 2);
  const r = requireInHalfOpen('r', input.r, -1, 1);
  const sdStandardizer = sdDiff / Math.sqrt(2 * (1 - r));
  const smd = md / sdStandardizer;
  return {
    smd,
    se: smdSe(smd, n, r),
    r,
    sdStandardizer,
    n,
    method: 'paired-smd-difference',
    description: `SMD = MD·√(2(1 − r))/SD_diff, SE = √(1/n + SMD²/2n)·√(2(1 − r)) with r = ${r} ${CITE}`,
  };
}
