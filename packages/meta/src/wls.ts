/**
 * Weighted least squares for the meta-analytic model y = Xβ + u + ε with weights w. Every τ² estimator and every
 * model reduces to this step; the traces of P = W − WX(X'WX)⁻¹X'W are computed from p×p matrices only
 * (Viechtbauer 2005, J Educ Behav Stat 30:261, eq. 7–12).
 */
import { crossprodVector, crossprodWeighted, fitted, invertSymmetric, type Matrix, traceOfProduct } from './linalg.js';

/** The result of one weighted fit. */
export interface WlsFit {
  /** Coefficients b = (X'WX)⁻¹X'Wy. */
  b: number[];
  /** (X'WX)⁻¹, the covariance of b when the weights are inverse variances. */
  XtWXinv: Matrix;
  /** Residuals e = y − Xb. */
  e: Float64Array;
  /** The weighted residual sum of squares Σ wᵢeᵢ² (= y'Py). */
  rss: number;
}

export function wls(y: Float64Array, X: readonly Float64Array[], w: Float64Array): WlsFit {
  const XtWXinv = invertSymmetric(crossprodWeighted(X, w));
  const XtWy = crossprodVector(X, w, y);
  const b = XtWXinv.map((row) => row.reduce((s, a, j) => s + a * XtWy[j], 0));
  const fit = fitted(X, b, y.length);
  const e = new Float64Array(y.length);
  let rss = 0;
  for (let i = 0; i < y.length; i++) {
    e[i] = y[i] - fit[i];
    rss += w[i] * e[i] * e[i];
  }
  return { b, XtWXinv, e, rss };
}

/** Elementwise product of two vectors. */
export function times(a: Float64Array, b: Float64Array): Float64Array {
  const out = new Float64Array(a.length);
  for (let i = 0; i < a.length; i++) out[i] = a[i] * b[i];
  return out;
}

/** Sum of a vector. */
export function sum(a: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i];
  return s;
}

/** tr(P) = Σw − tr((X'WX)⁻¹ X'W²X). */
export function traceP(X: readonly Float64Array[], w: Float64Array, XtWXinv: Matrix): number {
  return sum(w) - traceOfProduct(XtWXinv, crossprodWeighted(X, times(w, w)));
}

/**
 * tr(P·D·P·D) for a diagonal D = diag(d): with g = w⊙d,
 * Σg² − 2·tr(A⁻¹X'diag(w·g²)X) + tr((A⁻¹X'diag(w·g)X)²), A = X'WX.
 * With d = 1 it is tr(PP), the REML information; with d = vᵢ + τ² it gives Var(y'Py) = 2·tr(PΣPΣ).
 */
export function tracePDPD(X: readonly Float64Array[], w: Float64Array, XtWXinv: Matrix, d: Float64Array): number {
  const g = times(w, d);
  let sg2 = 0;
  for (let i = 0; i < g.length; i++) sg2 += g[i] * g[i];
  const B = crossprodWeighted(X, times(w, times(g, g)));
  const C = crossprodWeighted(X, times(w, g));
  const AC = XtWXinv.map((row) => C[0].map((_, j) => row.reduce((s, a, m) => s + a * C[m][j], 0)));
  return sg2 - 2 * traceOfProduct(XtWXinv, B) + traceOfProduct(AC, AC);
}

/** A vector of length k filled with `value`. */
export function filled(k: number, value: number): Float64Array {
  return new Float64Array(k).fill(value);
}

/** Random-effects weights 1/(vᵢ + τ²). */
export function reWeights(v: Float64Array, tau2: number): Float64Array {
  const w = new Float64Array(v.length);
  for (let i = 0; i < v.length; i++) w[i] = 1 / (v[i] + tau2);
  return w;
}

/** True when the design is the intercept alone (a single column of ones), which allows one-pass sums. */
export function isInterceptOnly(X: readonly Float64Array[]): boolean {
  if (X.length !== 1) return false;
  const x = X[0];
  for (let i = 0; i < x.length; i++) if (x[i] !== 1) return false;
  return true;
}

/**
 * For the intercept-only model, the quantities of one weighted fit at τ² in a single pass without allocation:
 * with w = 1/(v + τ²) and e = y − μ̂, returns Σw, μ̂, Σwe² (= y'Py), Σ(we)² (= y'PPy), Σw², tr(P) and tr(PP).
 * Used on the hot path of the iterative estimators, where k may be a million.
 */
export function interceptOnlyAt(y: Float64Array, v: Float64Array, tau2: number) {
  let sw = 0;
  let sw2 = 0;
  let sw3 = 0;
  let swy = 0;
  let swy2 = 0;
  let sw2y = 0;
  let sw2y2 = 0;
  for (let i = 0; i < y.length; i++) {
    const w = 1 / (v[i] + tau2);
    const w2 = w * w;
    const yi = y[i];
    sw += w;
    sw2 += w2;
    sw3 += w2 * w;
    swy += w * yi;
    swy2 += w * yi * yi;
    sw2y += w2 * yi;
    sw2y2 += w2 * yi * yi;
  }
  const mu = swy / sw;
  const r = sw2 / sw;
  return {
    sw,
    sw2,
    mu,
    rss: Math.max(0, swy2 - mu * swy),
    yPPy: Math.max(0, sw2y2 - 2 * mu * sw2y + mu * mu * sw2),
    trP: sw - r,
    trPP: sw2 - (2 * sw3) / sw + r * r,
  };
}
