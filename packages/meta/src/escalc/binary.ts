/**
 * Two-group binary outcomes from the 2×2 table (ai, bi | ci, di), n1i = ai + bi, n2i = ci + di.
 * Formulas as in metafor's escalc documentation and the Cochrane Handbook (section 6.4):
 *  RR: log(p1/p2),                         v = 1/ai − 1/n1 + 1/ci − 1/n2
 *  OR: log(ai·di/(bi·ci)),                 v = 1/ai + 1/bi + 1/ci + 1/di
 *  RD: p1 − p2,                            v = p1(1 − p1)/n1 + p2(1 − p2)/n2
 *  PETO: (ai − E)/V,                       v = 1/V, E = n1·(ai + ci)/N, V = n1·n2·(ai + ci)·(bi + di)/(N²(N − 1))
 *        (Yusuf et al. 1985, Prog Cardiovasc Dis 27:335)
 */
import type { StudyFormula } from './types.js';

export const logRiskRatio: StudyFormula = ({ ai, bi, ci, di }) => {
  const n1 = ai + bi;
  const n2 = ci + di;
  return [Math.log(ai / n1 / (ci / n2)), 1 / ai - 1 / n1 + 1 / ci - 1 / n2];
};

export const logOddsRatio: StudyFormula = ({ ai, bi, ci, di }) => [
  Math.log((ai * di) / (bi * ci)),
  1 / ai + 1 / bi + 1 / ci + 1 / di,
];

export const riskDifference: StudyFormula = ({ ai, bi, ci, di }) => {
  const n1 = ai + bi;
  const n2 = ci + di;
  const p1 = ai / n1;
  const p2 = ci / n2;
  return [p1 - p2, (p1 * (1 - p1)) / n1 + (p2 * (1 - p2)) / n2];
};

export const logPetoOddsRatio: StudyFormula = ({ ai, bi, ci, di }) => {
  const n1 = ai + bi;
  const n2 = ci + di;
  const N = n1 + n2;
  const events = ai + ci;
  const E = (n1 * events) / N;
  const V = (n1 * n2 * events * (bi + di)) / (N * N * (N - 1));
  return [(ai - E) / V, 1 / V];
};
