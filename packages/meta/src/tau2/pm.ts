/**
 * Paule–Mandel estimator (Paule & Mandel 1982; DerSimonian & Kacker 2007, Contemp Clin Trials 28:105): the τ² at
 * which the generalised Q equals its expectation k − p. The empirical Bayes estimator (Morris 1983; Berkey et al.
 * 1995) is the fixed point of τ² = Σwᵢ[k/(k−p)·eᵢ² − vᵢ]/Σwᵢ, which is the same equation, so both share this solver.
 * SE by the delta method: Var(Q) = 2(k − p) at the root and dQ/dτ² = −y'PPy, so SE = √(2(k − p)) / y'PPy.
 */
import { generalisedQ, solveGeneralisedQ } from './generalised-q.js';
import type { Tau2Estimate, Tau2Input } from './types.js';

export function tau2PM({ y, v, X, control }: Tau2Input): Tau2Estimate {
  const df = y.length - X.length;
  const { tau2, iterations } = solveGeneralisedQ(y, v, X, df, control, 'the PM estimator of tau2');
  const { slope } = generalisedQ(y, v, X, tau2);
  return { tau2, se: Math.sqrt(2 * df) / slope, iterations };
}

export const tau2EB = tau2PM;
