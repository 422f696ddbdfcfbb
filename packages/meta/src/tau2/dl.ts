/**
 * DerSimonian–Laird method-of-moments estimator (DerSimonian & Laird 1986, Control Clin Trials 7:177), generalised
 * to moderators: τ² = (Q − (k − p)) / tr(P) with P built on the fixed weights wᵢ = 1/vᵢ.
 * SE by the variance of the quadratic form Q under the fitted model: √(2·tr(PΣPΣ)) / tr(P), Σ = diag(vᵢ + τ̂²).
 */
import { reWeights, traceP, tracePDPD, wls } from '../wls.js';
import type { Tau2Estimate, Tau2Input } from './types.js';

export function tau2DL({ y, v, X }: Tau2Input): Tau2Estimate {
  const k = y.length;
  const p = X.length;
  const w = reWeights(v, 0);
  const fit = wls(y, X, w);
  const trP = traceP(X, w, fit.XtWXinv);
  const tau2 = Math.max(0, (fit.rss - (k - p)) / trP);
  const sigma = new Float64Array(k);
  for (let i = 0; i < k; i++) sigma[i] = v[i] + tau2;
  const se = Math.sqrt(2 * tracePDPD(X, w, fit.XtWXinv, sigma)) / trP;
  return { tau2, se, iterations: 0 };
}
