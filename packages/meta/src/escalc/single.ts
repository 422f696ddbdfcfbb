/**
 * Single-group measures.
 *  PR:   p = xi/ni,              v = p(1 − p)/ni
 *  PLO:  log(p/(1 − p)),         v = 1/xi + 1/(ni − xi)
 *  ZCOR: atanh(ri) (Fisher 1921), v = 1/(ni − 3)
 */
import type { StudyFormula } from './types.js';

export const rawProportion: StudyFormula = ({ xi, ni }) => {
  const p = xi / ni;
  return [p, (p * (1 - p)) / ni];
};

export const logitProportion: StudyFormula = ({ xi, ni }) => [Math.log(xi / (ni - xi)), 1 / xi + 1 / (ni - xi)];

export const fisherZ: StudyFormula = ({ ri, ni }) => [Math.atanh(ri), 1 / (ni - 3)];
