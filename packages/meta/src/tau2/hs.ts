/**
 * Hunter–Schmidt estimator (Hunter & Schmidt 2004; Viechtbauer 2005, eq. 11): τ² = (Q − k) / Σwᵢ with the fixed
 * weights wᵢ = 1/vᵢ. SE: √(2·tr(PΣPΣ)) / Σwᵢ, Σ = diag(vᵢ + τ̂²).
 */
import { reWeights, sum, tracePDPD, wls } from '../wls.js';
import type { Tau2Estimate, Tau2Input } from './types.js';

export function tau2HS({ y, v, X }: Tau2Input): Tau2Estimate {
  const k = y.length;
  const w = reWeights(v, 0);
  const fit = wls(y, X, w);
  const sw = sum(w);
  const tau2 = Math.max(0, (fit.rss - k) / sw);
  const sigma = new Float64Array(k);
  for (let i = 0; i < k; i++) sigma[i] = v[i] + tau2;
  const se = Math.sqrt(2 * tracePDPD(X, w, fit.XtWXinv, sigma)) / sw;
  return { tau2, se, iterations: 0 };
}
