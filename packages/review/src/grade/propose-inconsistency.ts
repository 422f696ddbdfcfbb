import type { RmaResult } from '@evidens/meta';
import type { Scale } from './thresholds.js';
import { round, spans } from './thresholds.js';
import type { GradeProposal } from './types.js';

/**
 * Inconsistency from I², τ² and the prediction interval (GRADE handbook §5.2.2; Guyatt et al. 2011, J Clin
 * Epidemiol 64:1294, "GRADE guidelines 7"; I² bands of the Cochrane Handbook v6 §10.10.2). Not assessed with one
 * study. Below I² = 50% not serious. From 50%: not serious if the prediction interval excludes no effect (the
 * studies differ in size, not direction); very serious if I² ≥ 75% and the prediction interval reaches an important
 * effect in both directions (beyond −MID and +MID); serious otherwise.
 *
 * @example
 * proposeInconsistency(fit, scale).judgement; // 'serious' for I² = 80% with a prediction interval crossing no effect
 */
export function proposeInconsistency(fit: RmaResult | undefined, scale: Scale): GradeProposal {
  if (!fit || fit.k < 2) {
    const reason = fit ? 'a single study: inconsistency cannot be assessed' : 'no analysis to assess';
    return {
      domain: 'inconsistency',
      judgement: 'not-serious',
      reason,
      basis: 'not-assessed',
      data: { k: fit?.k ?? 0 },
    };
  }
  const { I2, tau2, QEp, piLb, piUb } = fit;
  const data = { k: fit.k, I2, tau2, QEp, piLb, piUb };
  const stats = `I² = ${Math.round(I2)}%, τ² = ${round(tau2)}, P(Q) = ${round(QEp)}`;
  const pi = piLb !== null && piUb !== null ? { lower: piLb, upper: piUb } : undefined;
  const piText = pi ? `, prediction interval ${scale.show(pi.lower)} to ${scale.show(pi.upper)}` : '';
  if (I2 < 50) {
    return {
      domain: 'inconsistency',
      judgement: 'not-serious',
      reason: `${stats}${piText}: below the 50% of substantial heterogeneity`,
      basis: 'data',
      data,
    };
  }
  if (pi && !spans(pi.lower, pi.upper, scale.nullValue)) {
    const reason = `${stats}${piText}: the prediction interval excludes no effect, so the studies differ in size rather than direction`;
    return { domain: 'inconsistency', judgement: 'not-serious', reason, basis: 'data', data };
  }
  const mid = scale.mid;
  if (I2 >= 75 && pi && mid && pi.lower < mid[0] && pi.upper > mid[1]) {
    const reason = `${stats}${piText}: considerable heterogeneity, with important effects in both directions predicted`;
    return { domain: 'inconsistency', judgement: 'very-serious', reason, basis: 'data', data };
  }
  const crossing = pi ? ', and the prediction interval includes no effect' : '';
  return {
    domain: 'inconsistency',
    judgement: 'serious',
    reason: `${stats}${piText}: substantial heterogeneity${crossing}`,
    basis: 'data',
    data,
  };
}
