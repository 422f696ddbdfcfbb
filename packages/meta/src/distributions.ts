/**
 * The probability distributions the engine needs, from stdlib (a maintained, tested numerics library) rather than
 * hand-written approximations. Upper tails are computed directly, not as 1 − cdf, so that tiny p-values keep their
 * precision (R's `lower.tail = FALSE`).
 */
import betainc from '@stdlib/math-base-special-betainc';
import erfcinv from '@stdlib/math-base-special-erfcinv';
import gammainc from '@stdlib/math-base-special-gammainc';
import chisqQuantile from '@stdlib/stats-base-dists-chisquare-quantile';
import normalCdf from '@stdlib/stats-base-dists-normal-cdf';
import tQuantile from '@stdlib/stats-base-dists-t-quantile';

/** Standard normal cdf Φ(x). */
export function pnorm(x: number): number {
  return normalCdf(x, 0, 1);
}

/**
 * Standard normal quantile Φ⁻¹(p) = −√2·erfc⁻¹(2p). Through erfc⁻¹ rather than erf⁻¹(2p − 1), so that tiny p (the
 * quantile of a p-value of 1e-20, say) keeps its precision instead of rounding 2p − 1 to −1.
 */
export function qnorm(p: number): number {
  return 0 - Math.SQRT2 * erfcinv(2 * p);
}

/** Two-sided p-value of a z statistic, 2·Φ(−|z|). */
export function pvalueZ(z: number): number {
  return 2 * pnorm(-Math.abs(z));
}

/** P(T > t) for Student's t with `df` degrees of freedom (df may be fractional). */
export function ptUpper(t: number, df: number): number {
  if (t === 0) return 0.5;
  // P(|T| > |t|) = I_{df/(df+t²)}(df/2, 1/2)
  const tail = betainc(df / (df + t * t), df / 2, 0.5, true, false) / 2;
  return t > 0 ? tail : 1 - tail;
}

/** Two-sided p-value of a t statistic with `df` degrees of freedom. */
export function pvalueT(t: number, df: number): number {
  return Math.min(1, 2 * ptUpper(Math.abs(t), df));
}

/** Quantile of Student's t with `df` degrees of freedom. */
export function qt(p: number, df: number): number {
  return tQuantile(p, df);
}

/** P(X > x) for χ² with `df` degrees of freedom. */
export function pchisqUpper(x: number, df: number): number {
  if (x <= 0) return 1;
  return gammainc(x / 2, df / 2, true, true);
}

/** P(X ≤ x) for χ² with `df` degrees of freedom. */
export function pchisq(x: number, df: number): number {
  if (x <= 0) return 0;
  return gammainc(x / 2, df / 2, true, false);
}

/** Quantile of χ² with `df` degrees of freedom. */
export function qchisq(p: number, df: number): number {
  return chisqQuantile(p, df);
}

/** P(X > x) for F with (df1, df2) degrees of freedom. */
export function pfUpper(x: number, df1: number, df2: number): number {
  if (x <= 0) return 1;
  // P(F > x) = I_{df2/(df2+df1·x)}(df2/2, df1/2)
  return betainc(df2 / (df2 + df1 * x), df2 / 2, df1 / 2, true, false);
}
