/**
 * Hedges' (variance-component, "HE") estimator (Hedges 1983; Raudenbush 2009): ordinary least squares residuals
 * against their expectation, τ² = (e'e − tr(P₀V)) / (k − p), P₀ = I − X(X'X)⁻¹X'.
 * SE: √(2·tr(P₀ΣP₀Σ)) / (k − p), Σ = diag(vᵢ + τ̂²).
 */
import { crossprodWeighted, traceOfProduct } from '../linalg.js';
import { filled, sum, tracePDPD, wls } from '../wls.js';
import type { Tau2Estimate, Tau2Input } from './types.js';

export function tau2HE({ y, v, X }: Tau2Input): Tau2Estimate {
  const k = y.length;
  const p = X.length;
  const ones = filled(k, 1);
  const fit = wls(y, X, ones);
  const trPV = sum(v) - traceOfProduct(fit.XtWXinv, crossprodWeighted(X, v));
  const tau2 = Math.max(0, (fit.rss - trPV) / (k - p));
  const sigma = new Float64Array(k);
  for (let i = 0; i < k; i++) sigma[i] = v[i] + tau2;
  const se = Math.sqrt(2 * tracePDPD(X, ones, fit.XtWXinv, sigma)) / (k - p);
  return { tau2, se, iterations: 0 };
}
