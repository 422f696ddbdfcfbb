import type { RmaResult } from '@evidens/meta';
import type { EffectMeasure } from '../model/protocol.js';
import { round } from './thresholds.js';
import type { GradeProposal } from './types.js';

/**
 * Large effect (GRADE handbook §5.3.1; Guyatt et al. 2011, J Clin Epidemiol 64:1311, "GRADE guidelines 9"): a
 * pooled RR or OR above 2 (below 0.5) may raise one level, above 5 (below 0.2) two. Rating up is for evidence that
 * starts low (observational studies); for randomised evidence the proposal is no.
 *
 * @example
 * proposeLargeEffect(fit, 'RR', 'low').judgement; // 'yes' when the pooled RR is 0.4
 */
export function proposeLargeEffect(
  fit: RmaResult | undefined,
  measure: EffectMeasure,
  start: 'high' | 'low',
): GradeProposal {
  if (!fit || (measure !== 'RR' && measure !== 'OR')) {
    return {
      domain: 'largeEffect',
      judgement: 'no',
      reason: 'judged by the reviewer: the large-effect thresholds apply to risk and odds ratios',
      basis: 'reviewer',
      data: {},
    };
  }
  const ratio = Math.exp(fit.beta[0]);
  const far = Math.max(ratio, 1 / ratio);
  const data = { ratio };
  if (start === 'high') {
    return {
      domain: 'largeEffect',
      judgement: 'no',
      reason: `${measure} ${round(ratio)}; rating up is for evidence that starts low`,
      basis: 'data',
      data,
    };
  }
  const judgement = far > 5 ? 'very-large' : far > 2 ? 'yes' : 'no';
  const words = {
    'very-large': 'a very large effect (beyond 5 or 0.2)',
    yes: 'a large effect (beyond 2 or 0.5)',
    no: 'not a large effect',
  };
  return {
    domain: 'largeEffect',
    judgement,
    reason: `${measure} ${round(ratio)}: ${words[judgement]}`,
    basis: 'data',
    data,
  };
}

/** Dose-response and plausible confounding are not read from a pooled estimate; the reviewer judges them. */
export function proposeReviewerOnly(domain: 'doseResponse' | 'plausibleConfounding' | 'indirectness'): GradeProposal {
  const reasons = {
    doseResponse: 'judged by the reviewer: a dose-response gradient needs data across doses (GRADE handbook §5.3.2)',
    plausibleConfounding: 'judged by the reviewer (GRADE handbook §5.3.3)',
    indirectness:
      'judged by the reviewer: population, intervention, comparator and outcome against the question (GRADE handbook §5.2.3)',
  };
  return {
    domain,
    judgement: domain === 'indirectness' ? 'not-serious' : 'no',
    reason: reasons[domain],
    basis: 'reviewer',
    data: {},
  };
}
