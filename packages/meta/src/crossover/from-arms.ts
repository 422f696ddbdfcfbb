import { requireCount, requireFinite, requireInClosed, requirePositive } from '../convert/guards.js';
import { MetaError } from '../errors.js';
import type { CrossoverArms, CrossoverEstimate } from './types.js';

/** A paired estimate built from per-treatment summaries and an assumed within-person correlation. */
export interface CrossoverImputed extends CrossoverEstimate {
  /** Within-person correlation that was assumed (imputed). */
  r: number;
  /** Standard deviation of the within-person differences implied by r. */
  sdDiff: number;
  /** Number of participants. */
  n: number;
}

/**
 * Paired mean difference from per-treatment means and SDs of a crossover trial and an assumed within-person
 * correlation r (Cochrane Handbook v6 §23.2.7; v5.1 §16.4.6.1; Elbourne et al. 2002):
 * MD = mean_E − mean_C, SD_diff = √(sd_E² + sd_C² − 2·r·sd_E·sd_C), SE = SD_diff/√n.
 * The result depends on r, so pair it with {@link crossoverCorrelationSensitivity}.
 *
 * @example
 * ```ts
 * crossoverFromArms({ meanE: 7.0, sdE: 2.38, meanC: 6.5, sdC: 2.21, n: 10, r: 0.68 });
 * // { md: 0.5, se: 0.5826..., sdDiff: 1.8426..., n: 10, r: 0.68, method: 'paired-imputed-correlation', ... }
 * ```
 */
export function crossoverFromArms(input: CrossoverArms & { r: number }): CrossoverImputed {
  const { meanE, sdE, meanC, sdC, n, r } = checkArms(input);
  requireInClosed('r', r, -1, 1);
  const sdDiff = Math.sqrt(Math.max(0, sdE * sdE + sdC * sdC - 2 * r * sdE * sdC));
  if (sdDiff === 0) {
    // Only r = 1 with equal SDs gets here: every participant would have the same difference, so the SE is zero.
    throw new MetaError(
      'invalid_argument',
      `r must be below 1 when sdE equals sdC (got r ${r}, sdE ${sdE}, sdC ${sdC})`,
      {
        column: 'r',
      },
    );
  }
  return {
    md: meanE - meanC,
    se: sdDiff / Math.sqrt(n),
    sdDiff,
    n,
    r,
    method: 'paired-imputed-correlation',
    description:
      `SD_diff = √(sdE² + sdC² − 2·r·sdE·sdC) with r = ${r}, SE = SD_diff/√${n} ` +
      '(Cochrane Handbook v6 §23.2.7; Elbourne et al. 2002)',
  };
}

/** Validates per-treatment summaries and returns them unchanged. */
export function checkArms<T extends CrossoverArms>(arms: T): T {
  requireFinite('meanE', arms.meanE);
  requirePositive('sdE', arms.sdE);
  requireFinite('meanC', arms.meanC);
  requirePositive('sdC', arms.sdC);
  requireCount('n', arms.n, 2);
  return arms;
}
