/**
 * Sidik–Jonkman estimator (Sidik & Jonkman 2005, J Biopharm Stat 15:823): from a crude start τ₀² = Σ(yᵢ − ȳ)²/k
 * (the spread around the unweighted mean, also when there are moderators, as metafor does), weights
 * qᵢ = τ₀²/(vᵢ + τ₀²), then τ² = Σqᵢ·eᵢ² / (k − p) with eᵢ the residuals of that weighted fit.
 * SE: τ₀²·√(2·tr(PΣPΣ)) / (k − p), P on the weights 1/(vᵢ + τ₀²), Σ = diag(vᵢ + τ̂²).
 */
import { filled, reWeights, tracePDPD, wls } from '../wls.js';
import type { Tau2Estimate, Tau2Input } from './types.js';

export function tau2SJ({ y, v, X }: Tau2Input): Tau2Estimate {
  const k = y.length;
  const p = X.length;
  const ols = wls(y, [filled(k, 1)], filled(k, 1));
  const tau20 = ols.rss / k;
  const w = reWeights(v, tau20);
  const fit = wls(y, X, w);
  const tau2 = (tau20 * fit.rss) / (k - p);
  const sigma = new Float64Array(k);
  for (let i = 0; i < k; i++) sigma[i] = v[i] + tau2;
  const se = (tau20 * Math.sqrt(2 * tracePDPD(X, w, fit.XtWXinv, sigma))) / (k - p);
  return { tau2, se, iterations: 0 };
}
