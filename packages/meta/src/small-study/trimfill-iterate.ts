/**
 * The trimming loop of trim and fill (Duval & Tweedie 2000, Biometrics 56:455): with the effects flipped so that
 * missing studies would lie on the left and sorted ascending, estimate θ̂ from the k − k0 smallest (the k0 largest
 * trimmed), re-estimate k0 from all k values centred at θ̂, and repeat until k0 comes back unchanged. The trimmed
 * fits use the model's τ² estimator and control (not a fixed τ², as metafor).
 */
import { MetaError } from '../errors.js';
import { rma } from '../rma/fit.js';
import type { IvMethod } from '../rma/types.js';
import type { Tau2Control } from '../tau2/types.js';
import { estimateK0, type TrimfillEstimator } from './trimfill-estimators.js';

export interface TrimmedModel {
  method: IvMethod;
  control?: Partial<Tau2Control>;
}

/**
 * `y` (flipped, ascending) and `v` are the studies in that order; returns k0, its SE and the trimmed estimate θ̂.
 * @example
 * iterateK0(Float64Array.from([0.1, 0.3, 0.5]), Float64Array.from([0.04, 0.02, 0.05]), { method: 'EE' }, 'L0', 100);
 */
export function iterateK0(
  y: Float64Array,
  v: Float64Array,
  model: TrimmedModel,
  estimator: TrimfillEstimator,
  maxIter: number,
): { k0: number; seK0: number; theta: number } {
  const k = y.length;
  // A study within rounding of θ̂ counts as on it: identical studies must not be split by floating-point noise.
  const zero = 1e-12 * y.reduce((m, x) => Math.max(m, Math.abs(x)), 0);
  let k0 = 0;
  for (let iter = 1; iter <= maxIter; iter++) {
    const trimmed = rma({
      yi: Array.from(y.subarray(0, k - k0)),
      vi: Array.from(v.subarray(0, k - k0)),
      method: model.method,
      control: model.control,
    });
    const theta = trimmed.beta[0];
    const estimate = estimateK0(
      y.map((x) => x - theta),
      estimator,
      zero,
    );
    if (estimate.k0 === k0) return { k0, seK0: estimate.se, theta };
    k0 = estimate.k0;
  }
  throw new MetaError('non_convergence', `trim and fill did not converge in ${maxIter} iterations`, {
    column: 'maxIter',
  });
}
