/**
 * The generalised Q statistic Q(τ²) = Σ wᵢ(τ²)·eᵢ(τ²)², wᵢ = 1/(vᵢ + τ²), and the τ² at which it equals a target.
 * Q(τ²) falls monotonically in τ², so the root is unique; it is found by Newton steps (dQ/dτ² = −y'PPy = −Σ(wᵢeᵢ)²)
 * kept inside a bisection bracket. Used by the Paule–Mandel estimator and the Q-profile interval for τ²
 * (Viechtbauer 2007, Stat Med 26:37).
 */
import { MetaError } from '../errors.js';
import { reWeights, wls } from '../wls.js';
import type { Tau2Control } from './types.js';

export interface QAt {
  q: number;
  /** −dQ/dτ² = y'PPy. */
  slope: number;
}

export function generalisedQ(y: Float64Array, v: Float64Array, X: Float64Array[], tau2: number): QAt {
  const w = reWeights(v, tau2);
  const fit = wls(y, X, w);
  let slope = 0;
  for (let i = 0; i < y.length; i++) {
    const we = w[i] * fit.e[i];
    slope += we * we;
  }
  return { q: fit.rss, slope };
}

/**
 * The τ² ≥ 0 with Q(τ²) = target, or 0 when Q(0) is already at or below the target.
 */
export function solveGeneralisedQ(
  y: Float64Array,
  v: Float64Array,
  X: Float64Array[],
  target: number,
  control: Tau2Control,
  what: string,
): { tau2: number; iterations: number } {
  let lo = 0;
  let at = generalisedQ(y, v, X, 0);
  if (at.q <= target) return { tau2: 0, iterations: 0 };
  // Grow the bracket until Q falls below the target.
  let hi = Math.max(1, control.tau2Init ?? 1);
  let grow = 0;
  while (generalisedQ(y, v, X, hi).q > target) {
    lo = hi;
    hi *= 10;
    if (++grow > 60) throw new MetaError('non_convergence', `${what}: no upper bound for tau2 found`);
  }
  let tau2 = lo;
  at = generalisedQ(y, v, X, tau2);
  for (let it = 1; it <= control.maxIter; it++) {
    let next = at.slope > 0 ? tau2 + (at.q - target) / at.slope : (lo + hi) / 2;
    if (!(next > lo && next < hi)) next = (lo + hi) / 2;
    const nextAt = generalisedQ(y, v, X, next);
    if (nextAt.q > target) lo = next;
    else hi = next;
    const change = Math.abs(next - tau2);
    tau2 = next;
    at = nextAt;
    if (change < control.threshold * Math.max(1, tau2) || hi - lo < control.threshold * Math.max(1, tau2)) {
      return { tau2, iterations: it };
    }
  }
  throw new MetaError('non_convergence', `${what}: did not converge in ${control.maxIter} iterations`);
}
