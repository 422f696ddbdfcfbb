/**
 * Two-group continuous outcomes from means, SDs and group sizes (metafor's escalc, default variance types).
 *  MD:  m1 − m2,                     v = sd1²/n1 + sd2²/n2 (no equal-variance assumption)
 *  SMD: Hedges' g = c(m)·(m1 − m2)/sp with sp² = ((n1−1)sd1² + (n2−1)sd2²)/m, m = n1 + n2 − 2 and the exact
 *       correction c(m) = Γ(m/2)/(√(m/2)·Γ((m−1)/2)) (Hedges 1981, J Educ Stat 6:107, eq. 6e);
 *       v = 1/n1 + 1/n2 + g²/(2(n1 + n2)) (Hedges & Olkin 1985, eq. 8 of ch. 5, large-sample form)
 *  ROM: log(m1/m2),                  v = sd1²/(n1·m1²) + sd2²/(n2·m2²) (Hedges, Gurevitch & Curtis 1999, Ecology 80:1150)
 */
import gammaln from '@stdlib/math-base-special-gammaln';
import type { StudyFormula } from './types.js';

export const meanDifference: StudyFormula = ({ m1i, sd1i, n1i, m2i, sd2i, n2i }) => [
  m1i - m2i,
  (sd1i * sd1i) / n1i + (sd2i * sd2i) / n2i,
];

/** Hedges' exact small-sample correction c(m). */
export function hedgesCorrection(m: number): number {
  return Math.exp(gammaln(m / 2) - 0.5 * Math.log(m / 2) - gammaln((m - 1) / 2));
}

export const standardisedMeanDifference: StudyFormula = ({ m1i, sd1i, n1i, m2i, sd2i, n2i }) => {
  const m = n1i + n2i - 2;
  const sp = Math.sqrt(((n1i - 1) * sd1i * sd1i + (n2i - 1) * sd2i * sd2i) / m);
  const g = (hedgesCorrection(m) * (m1i - m2i)) / sp;
  return [g, 1 / n1i + 1 / n2i + (g * g) / (2 * (n1i + n2i))];
};

export const logRatioOfMeans: StudyFormula = ({ m1i, sd1i, n1i, m2i, sd2i, n2i }) => [
  Math.log(m1i / m2i),
  (sd1i * sd1i) / (n1i * m1i * m1i) + (sd2i * sd2i) / (n2i * m2i * m2i),
];
