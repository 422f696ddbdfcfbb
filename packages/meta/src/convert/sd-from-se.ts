import { requireCount, requirePositive } from './guards.js';
import type { Conversion } from './types.js';

/** A group's standard deviation recovered from the standard error of its mean. */
export interface SdFromSe extends Conversion<'sd-from-se'> {
  /** Standard deviation of the observations in the group. */
  sd: number;
}

/**
 * Standard deviation of a group from the standard error of its mean: SD = SE·√n, since SE = SD/√n
 * (Cochrane Handbook v6 §6.5.2.2; v5.1 §7.7.3.2). Only for the SE of one group's mean, not of a difference
 * between groups (see {@link sdFromDifferenceSe}).
 *
 * @example
 * ```ts
 * sdFromSe({ se: 1.5, n: 25 });
 * // { sd: 7.5, method: 'sd-from-se', description: 'SD = SE × √n = 1.5 × √25 (Cochrane Handbook v6 §6.5.2.2)' }
 * ```
 */
export function sdFromSe(input: { se: number; n: number }): SdFromSe {
  const { se, n } = input;
  requirePositive('se', se);
  requireCount('n', n, 2);
  return {
    sd: se * Math.sqrt(n),
    method: 'sd-from-se',
    description: `SD = SE × √n = ${se} × √${n} (Cochrane Handbook v6 §6.5.2.2)`,
  };
}
