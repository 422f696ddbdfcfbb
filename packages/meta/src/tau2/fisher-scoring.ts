/**
 * Fisher scoring for the likelihood-based estimators (Viechtbauer 2005, eq. 13–16), with τ² kept at or above zero:
 * τ²ₙ₊₁ = max(0, τ²ₙ + score/information). Started from the Hedges estimate unless a start is given.
 *
 * ML:   score = ½(Σwᵢ²eᵢ² − Σwᵢ),       information = ½Σwᵢ²
 * REML: score = ½(y'PPy − tr(P)),        information = ½tr(PP)
 */
import { MetaError } from '../errors.js';
import { filled, interceptOnlyAt, isInterceptOnly, reWeights, sum, traceP, tracePDPD, wls } from '../wls.js';
import { tau2HE } from './he.js';
import type { Tau2Estimate, Tau2Input } from './types.js';

type Likelihood = 'ML' | 'REML';

function step(
  kind: Likelihood,
  input: Tau2Input,
  tau2: number,
  simple: boolean,
): { delta: number; information: number } {
  const { y, v, X } = input;
  if (simple) {
    const s = interceptOnlyAt(y, v, tau2);
    return kind === 'ML'
      ? { delta: (s.yPPy - s.sw) / s.sw2, information: s.sw2 / 2 }
      : { delta: (s.yPPy - s.trP) / s.trPP, information: s.trPP / 2 };
  }
  const w = reWeights(v, tau2);
  const fit = wls(y, X, w);
  let we2 = 0;
  for (let i = 0; i < y.length; i++) {
    const we = w[i] * fit.e[i];
    we2 += we * we;
  }
  if (kind === 'ML') {
    let w2 = 0;
    for (let i = 0; i < w.length; i++) w2 += w[i] * w[i];
    return { delta: (we2 - sum(w)) / w2, information: w2 / 2 };
  }
  const trPP = tracePDPD(X, w, fit.XtWXinv, filled(y.length, 1));
  return { delta: (we2 - traceP(X, w, fit.XtWXinv)) / trPP, information: trPP / 2 };
}

function centred(y: Float64Array): Float64Array {
  let m = 0;
  for (let i = 0; i < y.length; i++) m += y[i];
  m /= y.length;
  return y.map((x) => x - m);
}

export function fisherScoring(kind: Likelihood, input: Tau2Input): Tau2Estimate {
  const { threshold, maxIter } = input.control;
  const simple = isInterceptOnly(input.X);
  // The one-pass sums lose precision when the outcomes sit far from zero; τ² does not change when they are shifted.
  if (simple) input = { ...input, y: centred(input.y) };
  let tau2 = Math.max(0, input.control.tau2Init ?? tau2HE(input).tau2);
  for (let it = 1; it <= maxIter; it++) {
    const { delta } = step(kind, input, tau2, simple);
    const next = Math.max(0, tau2 + delta);
    const change = Math.abs(next - tau2);
    tau2 = next;
    if (change < threshold) {
      return { tau2, se: Math.sqrt(1 / step(kind, input, tau2, simple).information), iterations: it };
    }
  }
  throw new MetaError(
    'non_convergence',
    `the ${kind} estimator of tau2 did not converge in ${maxIter} iterations; try another estimator (e.g. DL or PM) or raise the iteration limit`,
  );
}

export const tau2ML = (input: Tau2Input): Tau2Estimate => fisherScoring('ML', input);
export const tau2REML = (input: Tau2Input): Tau2Estimate => fisherScoring('REML', input);
