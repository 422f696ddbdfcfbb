/**
 * Duval and Tweedie's estimators of the number k0 of studies missing on the left of the funnel (Duval & Tweedie
 * 2000, J Am Stat Assoc 95:89, which also gives the variance of Tₙ). From the centred values cᵢ = yᵢ − θ̂ and
 * the ranks rᵢ of |cᵢ| (ties broken by position), with Tₙ the sum of the ranks of the positive cᵢ and γ* the length
 * of the run of positive cᵢ at the top ranks:
 *
 *   L0 = (4Tₙ − k(k + 1)) / (2k − 1)            SE = 4√Var(Tₙ) / (2k − 1)
 *   R0 = γ* − 1                                  SE = √(2·max(0, R0) + 2)
 *   Q0 = k − 1/2 − √(2k² − 4Tₙ + 1/4)           SE = 2√Var(Tₙ) / √((k − 1/2)² − Q0(2k − Q0 − 1))
 *   Var(Tₙ) = [k(k+1)(2k+1) + 10k0³ + 27k0² + 17k0 − 18k·k0² − 18k·k0 + 6k²·k0] / 24, at the unrounded k0;
 *
 * k0 is then rounded (half to even, as R) and truncated at 0.
 */
import { MetaError } from '../errors.js';

export type TrimfillEstimator = 'L0' | 'R0' | 'Q0';

/** R's round(): halves go to the even neighbour. */
export function roundHalfEven(x: number): number {
  const r = Math.round(x);
  return Math.abs(x % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r;
}

/** Var(Tₙ) at k0; 0 where the polynomial, evaluated far below k0 = 0 (e.g. all studies equal), turns negative. */
function varianceOfT(k: number, k0: number): number {
  return Math.max(
    0,
    (k * (k + 1) * (2 * k + 1) +
      10 * k0 ** 3 +
      27 * k0 ** 2 +
      17 * k0 -
      18 * k * k0 ** 2 -
      18 * k * k0 +
      6 * k ** 2 * k0) /
      24,
  );
}

/**
 * k0 and its standard error from the centred values. |cᵢ| ≤ `zero` counts as 0 (neither side): a study that sits on
 * the estimate, up to rounding, carries no information on asymmetry (all studies equal gives k0 = 0).
 * @example
 * estimateK0(Float64Array.from([-0.3, -0.1, 0.2, 0.4, 0.9]), 'L0', 0); // → { k0: 2, se: 1.66 }
 */
export function estimateK0(
  centred: Float64Array,
  estimator: TrimfillEstimator,
  zero: number,
): { k0: number; se: number } {
  const k = centred.length;
  const sign = (c: number) => (c > zero ? 1 : c < -zero ? -1 : 0);
  // Array.prototype.sort is stable: tied |cᵢ| are ranked by position (R's ties.method = "first").
  const byMagnitude = Array.from({ length: k }, (_, i) => i).sort(
    (a, b) => Math.abs(centred[a]) - Math.abs(centred[b]),
  );
  if (estimator === 'R0') {
    let run = 0;
    while (run < k && sign(centred[byMagnitude[k - 1 - run]]) > 0) run++;
    const raw = run - 1;
    return { k0: Math.max(0, raw), se: Math.sqrt(2 * Math.max(0, raw) + 2) };
  }
  let tn = 0;
  byMagnitude.forEach((i, r) => {
    if (sign(centred[i]) > 0) tn += r + 1;
  });
  if (estimator === 'L0') {
    const raw = (4 * tn - k * (k + 1)) / (2 * k - 1);
    return { k0: Math.max(0, roundHalfEven(raw)), se: Math.max(0, (4 * Math.sqrt(varianceOfT(k, raw))) / (2 * k - 1)) };
  }
  const radicand = 2 * k * k - 4 * tn + 0.25;
  if (radicand < 0) {
    throw new MetaError(
      'invalid_value',
      `the Q0 estimator is undefined for these data (2k² − 4Tn + 1/4 = ${radicand} < 0); use L0 or R0`,
      { column: 'estimator' },
    );
  }
  const raw = k - 0.5 - Math.sqrt(radicand);
  const se = (2 * Math.sqrt(varianceOfT(k, raw))) / Math.sqrt((k - 0.5) ** 2 - raw * (2 * k - raw - 1));
  return { k0: Math.max(0, roundHalfEven(raw)), se: Math.max(0, se) };
}
