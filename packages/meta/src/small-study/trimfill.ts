/**
 * Trim and fill (Duval & Tweedie 2000, Biometrics 56:455 and J Am Stat Assoc 95:89; metafor's `trimfill`): estimate
 * the number k0 of studies suppressed on one side of the funnel plot, mirror the k0 most extreme studies of the other
 * side about the trimmed estimate θ̂ (yᵢ* = 2θ̂ − yᵢ, same vᵢ), and refit the model to the k + k0 studies.
 *
 * As metafor 3.8.1 does: the refit uses the fit's τ² estimator and control, but neither a fixed τ² nor the fit's test
 * and level (z test, 95 %); when no study is missing the original fit is returned unchanged.
 */
import { MetaError, oneOf } from '../errors.js';
import { requireInterceptOnly } from '../influence/refit.js';
import { rma } from '../rma/fit.js';
import type { RmaResult } from '../rma/types.js';
import type { TrimfillEstimator } from './trimfill-estimators.js';
import { iterateK0 } from './trimfill-iterate.js';
import { trimfillSide } from './trimfill-side.js';

export interface TrimfillOptions {
  /** Side on which studies are missing; by default from the sign of the regression test's slope. */
  side?: 'left' | 'right';
  /** Estimator of k0 (default "L0"). */
  estimator?: TrimfillEstimator;
  /** Iteration limit (default 100, as metafor). */
  maxIter?: number;
}

export interface TrimfillResult {
  estimator: TrimfillEstimator;
  side: 'left' | 'right';
  /** Estimated number of missing studies and its standard error. */
  k0: number;
  seK0: number;
  /** R0 only: the p-value of "no study missing", P(R0 ≥ k0) = 2^−(k0+1) (Duval & Tweedie 2000, JASA). */
  pK0: number | null;
  /** The filled studies: effects, variances, and the row of the observed study each one mirrors. */
  filled: { yi: number[]; vi: number[]; mirrors: number[] };
  /** The model of the observed and filled studies (the original fit when k0 = 0); filled rows follow the last row. */
  fit: RmaResult;
}

/**
 * @example
 * const fit = rma({ yi: [0.1, 0.3, 0.35, 0.6, 0.2, 0.7], vi: [0.01, 0.02, 0.04, 0.08, 0.03, 0.1], method: 'EE' });
 * const tf = trimfill(fit);
 * tf.k0; tf.fit.beta[0]; // missing studies, adjusted estimate
 */
export function trimfill(fit: RmaResult, options: TrimfillOptions = {}): TrimfillResult {
  requireInterceptOnly(fit, 'trimfill');
  const estimator = oneOf('estimator', options.estimator ?? 'L0', ['L0', 'R0', 'Q0'] as const);
  const given = options.side === undefined ? undefined : oneOf('side', options.side, ['left', 'right'] as const);
  const maxIter = options.maxIter ?? 100;
  if (!(Number.isInteger(maxIter) && maxIter >= 1)) {
    throw new MetaError('invalid_argument', `maxIter must be a positive integer (got ${maxIter})`, {
      column: 'maxIter',
    });
  }
  const k = fit.k;
  if (k < 2) throw new MetaError('too_few_studies', `trim and fill needs at least 2 studies (k = ${k})`);
  const side = given ?? trimfillSide(fit);
  // Flipping puts the missing studies on the left; the stable sort keeps ties in input order (R's order()).
  const flip = side === 'right' ? -1 : 1;
  const order = fit.yi.map((_, i) => i).sort((a, b) => flip * (fit.yi[a] - fit.yi[b]));
  const y = Float64Array.from(order, (i) => flip * fit.yi[i]);
  const v = Float64Array.from(order, (i) => fit.vi[i]);
  const model = { method: fit.method, control: fit.control };
  const { k0, seK0, theta } = iterateK0(y, v, model, estimator, maxIter);

  const pK0 = estimator === 'R0' ? 0.5 ** (k0 + 1) : null;
  const mirrored = order.slice(k - k0);
  // 2θ̂ − yᵢ on the flipped scale is, back on the original scale, 2θ̂ − yᵢ with θ̂ unflipped.
  const filled = {
    yi: mirrored.map((i) => 2 * flip * theta - fit.yi[i]),
    vi: mirrored.map((i) => fit.vi[i]),
    mirrors: mirrored.map((i) => fit.rows[i]),
  };
  if (k0 === 0) return { estimator, side, k0, seK0, pK0, filled, fit };
  const lastRow = fit.rows.reduce((m, r) => Math.max(m, r), 0);
  const refit = rma({
    ...model,
    yi: [...fit.yi, ...filled.yi],
    vi: [...fit.vi, ...filled.vi],
    rows: [...fit.rows, ...filled.mirrors.map((_, j) => lastRow + j + 1)],
    slab: [...fit.slab, ...filled.mirrors.map((row) => `Filled (mirror of row ${row})`)],
  });
  return { estimator, side, k0, seK0, pK0, filled, fit: refit };
}
