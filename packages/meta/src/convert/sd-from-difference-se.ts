import { requireCount, requirePositive } from './guards.js';
import type { Conversion } from './types.js';

/** The common within-group SD implied by the standard error of a difference between two group means. */
export interface SdFromDifferenceSe extends Conversion<'sd-from-difference-se'> {
  /** Within-group standard deviation, assumed equal in both groups. */
  sd: number;
}

/**
 * Within-group standard deviation from the standard error of a mean difference between two independent groups:
 * SD = SE / √(1/n1 + 1/n2), assuming the same SD in both groups (Cochrane Handbook v6 §6.5.2.3; v5.1 §7.7.3.3).
 * The SE itself may come from a CI ({@link seFromCi} with df = n1 + n2 − 2) or a P value ({@link seFromP}).
 *
 * @example
 * ```ts
 * sdFromDifferenceSe({ se: 1.37, n1: 25, n2: 22 });
 * // { sd: 4.6865..., method: 'sd-from-difference-se', ... }
 * ```
 */
export function sdFromDifferenceSe(input: { se: number; n1: number; n2: number }): SdFromDifferenceSe {
  const { se, n1, n2 } = input;
  requirePositive('se', se);
  requireCount('n1', n1, 1);
  requireCount('n2', n2, 1);
  // A pooled SD needs at least one degree of freedom across the two groups.
  requireCount('n1 + n2', n1 + n2, 3);
  return {
    sd: se / Math.sqrt(1 / n1 + 1 / n2),
    method: 'sd-from-difference-se',
    description: `SD = SE / √(1/${n1} + 1/${n2}), same SD assumed in both groups (Cochrane Handbook v6 §6.5.2.3)`,
  };
}
