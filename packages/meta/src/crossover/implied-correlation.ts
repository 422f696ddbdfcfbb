import { requireCount, requirePositive } from '../convert/guards.js';
import { MetaError } from '../errors.js';

/** The within-person correlation implied by a trial that reports both paired and per-treatment SDs. */
export interface ImpliedCorrelation {
  /** Implied correlation between a participant's two measurements. */
  r: number;
  /** SD of the within-person differences that was used. */
  sdDiff: number;
  /** Machine-readable name of the method used. */
  method: 'implied-correlation';
  /** One sentence saying what was computed and where the formula comes from. */
  description: string;
}

/** Per-treatment SDs with the SD of the within-person differences. */
export interface ImpliedFromSdDiff {
  /** Standard deviation under the experimental treatment. */
  sdE: number;
  /** Standard deviation under the control treatment. */
  sdC: number;
  /** Standard deviation of the within-person differences. */
  sdDiff: number;
}

/** Per-treatment SDs with the SE of the paired mean difference and the number of participants. */
export interface ImpliedFromSe {
  /** Standard deviation under the experimental treatment. */
  sdE: number;
  /** Standard deviation under the control treatment. */
  sdC: number;
  /** Standard error of the paired mean difference. */
  se: number;
  /** Number of participants, at least 2. */
  n: number;
}

/** Per-treatment SDs with either the SD of the differences or the SE of the paired mean difference and n. */
export type ImpliedCorrelationInput = ImpliedFromSdDiff | ImpliedFromSe;

// Reported SDs are rounded, so a correlation a hair above 1 is rounding, not inconsistency.
const ROUNDING = 1e-9;

/**
 * Within-person correlation implied by a crossover trial that reports the per-treatment SDs and the SD of the
 * differences (or the SE of the paired MD, SD_diff = SE·√n): r = (sd_E² + sd_C² − SD_diff²)/(2·sd_E·sd_C)
 * (Cochrane Handbook v6 §23.2.7; v5.1 §16.4.6.3). Such values can be imputed into trials that report only
 * per-treatment data. Throws when the inputs imply a correlation outside [−1, 1].
 *
 * @example
 * ```ts
 * crossoverImpliedCorrelation({ sdE: 2.38, sdC: 2.21, sdDiff: 1.8426 });
 * // { r: 0.6800..., sdDiff: 1.8426, method: 'implied-correlation', ... }
 * ```
 */
export function crossoverImpliedCorrelation(input: ImpliedCorrelationInput): ImpliedCorrelation {
  const sdE = requirePositive('sdE', input.sdE);
  const sdC = requirePositive('sdC', input.sdC);
  let sdDiff: number;
  let source: string;
  if ('sdDiff' in input) {
    sdDiff = requirePositive('sdDiff', input.sdDiff);
    source = 'sdDiff';
  } else {
    sdDiff = requirePositive('se', input.se) * Math.sqrt(requireCount('n', input.n, 2));
    source = 'se';
  }
  const raw = (sdE * sdE + sdC * sdC - sdDiff * sdDiff) / (2 * sdE * sdC);
  if (raw > 1 + ROUNDING || raw < -1 - ROUNDING) {
    throw new MetaError(
      'invalid_value',
      `${source} is inconsistent with sdE ${sdE} and sdC ${sdC}: the implied correlation ${raw} lies outside [−1, 1]`,
      { column: source },
    );
  }
  const r = Math.min(1, Math.max(-1, raw));
  return {
    r,
    sdDiff,
    method: 'implied-correlation',
    description: 'r = (sdE² + sdC² − SD_diff²)/(2·sdE·sdC) (Cochrane Handbook v6 §23.2.7)',
  };
}
