/**
 * The side of the funnel on which trim and fill looks for missing studies when none is given, as metafor 3.8.1
 * chooses it: fit the regression test (the model's τ² estimator, √vᵢ as moderator) and take "right" when the slope
 * is negative (small studies with smaller effects present, larger ones missing) and "left" otherwise.
 */
import { MetaError } from '../errors.js';
import { rma } from '../rma/fit.js';
import type { RmaResult } from '../rma/types.js';

/**
 * @example
 * trimfillSide(rma({ yi: [0.1, 0.3, 0.6], vi: [0.01, 0.03, 0.09] })); // → 'left' (effects grow with the SE)
 */
export function trimfillSide(fit: RmaResult): 'left' | 'right' {
  try {
    const reg = rma({
      yi: fit.yi,
      vi: fit.vi,
      mods: [{ name: 'sei', values: fit.vi.map(Math.sqrt) }],
      method: fit.method,
      control: fit.control,
    });
    return reg.beta[1] < 0 ? 'right' : 'left';
  } catch (error) {
    if (error instanceof MetaError && error.code === 'singular_design') {
      throw new MetaError(
        'invalid_argument',
        'all sampling variances are equal, so the side cannot be chosen from the regression test; give side',
        { column: 'side' },
      );
    }
    throw error;
  }
}
