/**
 * One coordinate step of dual coordinate descent for L2-regularised linear models (the method of liblinear): with
 * w = Σⱼ αⱼ·yⱼ·xⱼ, the dual variable αᵢ of one training record is moved to the minimum of the dual along that
 * coordinate, given gᵢ = yᵢ·w·xᵢ (its margin) and qᵢ = ‖xᵢ‖² (bias feature included).
 */

/**
 * L2-loss (squared hinge) SVM, Hsieh, Chang, Lin, Keerthi & Sundararajan 2008 (ICML, "A dual coordinate descent method
 * for large-scale linear SVM", Algorithm 1 with Dᵢᵢ = 1/(2C), U = ∞):
 *
 *   G = gᵢ − 1 + αᵢ/(2C),   αᵢ ← max(αᵢ − G / (qᵢ + 1/(2C)), 0)
 *
 * @example
 * svmStep(0, 0, 2, 1); // 0.4 (G = −1, step 1/2.5)
 */
export function svmStep(alpha: number, margin: number, q: number, c: number): number {
  const d = 1 / (2 * c);
  const g = margin - 1 + alpha * d;
  return Math.max(alpha - g / (q + d), 0);
}

const EPS = 1e-12;

/**
 * Logistic regression, Yu, Huang & Lin 2011 (Machine Learning 85:41–75, "Dual coordinate descent methods for logistic
 * regression and maximum entropy models", §3): the new αᵢ = u in (0, C) is the root of the increasing function
 *
 *   h(u) = gᵢ + qᵢ·(u − αᵢ) + ln(u / (C − u))
 *
 * found by Newton steps kept inside a shrinking bracket (bisection when a step leaves it).
 *
 * @example
 * lrStep(0.5, 0, 2, 1); // 0.5 (h(0.5) = 0: already optimal)
 */
export function lrStep(alpha: number, margin: number, q: number, c: number): number {
  let lo = c * EPS;
  let hi = c * (1 - EPS);
  let u = Math.min(Math.max(alpha, lo), hi);
  for (let iter = 0; iter < 50; iter++) {
    const h = margin + q * (u - alpha) + Math.log(u / (c - u));
    if (Math.abs(h) < 1e-10) break;
    if (h > 0) hi = u;
    else lo = u;
    const slope = q + c / (u * (c - u));
    let next = u - h / slope;
    if (!(next > lo && next < hi)) next = (lo + hi) / 2;
    if (Math.abs(next - u) <= 1e-15 * c) {
      u = next;
      break;
    }
    u = next;
  }
  return u;
}
