import { requireNonNegative, requirePositive } from '../convert/guards.js';
import type { InformationSize } from './types.js';

/** How far the participants accrued so far are from the required information size. */
export interface InformationFraction {
  /** Participants accrued in the meta-analysis so far. */
  accrued: number;
  /** Required information size compared against. */
  required: number;
  /** accrued/required; above 1 once the required size is exceeded. */
  fraction: number;
  /** Participants still needed, max(0, required − accrued). */
  shortfall: number;
  /** True when accrued ≥ required. */
  reached: boolean;
  /** Machine-readable name of the method used. */
  method: 'information-fraction';
  /** One sentence saying what was computed. */
  description: string;
}

/**
 * Compares the participants accrued in a meta-analysis with a required information size: the information fraction
 * accrued/required and the shortfall (Wetterslev et al. 2008: a meta-analysis short of its required information size
 * is an interim analysis). A result object from {@link binaryInformationSize}, {@link continuousInformationSize} or
 * {@link adjustInformationSize} may be passed; its rounded-up `required` is used.
 *
 * @example
 * ```ts
 * informationFraction({ accrued: 3200, required: 6429 });
 * // { accrued: 3200, required: 6429, fraction: 0.4977..., shortfall: 3229, reached: false, ... }
 * ```
 */
export function informationFraction(input: {
  accrued: number;
  required: number | Pick<InformationSize, 'required'>;
}): InformationFraction {
  const accrued = requireNonNegative('accrued', input.accrued);
  const required = requirePositive(
    'required',
    typeof input.required === 'number' ? input.required : input.required.required,
  );
  const fraction = accrued / required;
  return {
    accrued,
    required,
    fraction,
    shortfall: Math.max(0, required - accrued),
    reached: accrued >= required,
    method: 'information-fraction',
    description: `${accrued} of ${required} required participants accrued (${(100 * fraction).toFixed(1)}%)`,
  };
}
