/**
 * Heterogeneity statistics of metafor's `rma.uni`: Cochran's Q (QE) from the equal-effects fit with weights 1/vᵢ,
 * and I², H² — from τ² and the typical within-study variance s² = (k − p)/tr(P) for random-effects models
 * (Higgins & Thompson 2002, Stat Med 21:1539, eq. 9), from Q for equal-effects models.
 */
import { pchisqUpper } from '../distributions.js';
import { reWeights, traceP, wls } from '../wls.js';

export interface Heterogeneity {
  QE: number;
  QEdf: number;
  QEp: number;
  I2: number;
  H2: number;
  vt: number;
}

export function heterogeneity(y: Float64Array, v: Float64Array, X: Float64Array[], tau2: number | null): Heterogeneity {
  const k = y.length;
  const df = k - X.length;
  const w = reWeights(v, 0);
  const fe = wls(y, X, w);
  const QE = Math.max(0, fe.rss);
  if (df < 1) return { QE, QEdf: df, QEp: 1, I2: 0, H2: 1, vt: 0 };
  const vt = df / traceP(X, w, fe.XtWXinv);
  const QEp = pchisqUpper(QE, df);
  if (tau2 === null) {
    return { QE, QEdf: df, QEp, I2: Math.max(0, (100 * (QE - df)) / QE), H2: QE / df, vt };
  }
  return { QE, QEdf: df, QEp, I2: (100 * tau2) / (tau2 + vt), H2: (tau2 + vt) / vt, vt };
}
