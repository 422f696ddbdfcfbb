import type { RmaResult } from '@evidens/meta';
import type { StudyEffect } from '../effects/types.js';
import type { Review } from '../model/review.js';
import { robForResult } from '../rob2/for-result.js';
import type { GradeProposal } from './types.js';

/** Weight shares at which risk of bias is proposed as serious or very serious. */
export interface RiskOfBiasThresholds {
  /** Share of weight at high risk, or with some concerns or no assessment, from which it is serious (default 0.5). */
  serious: number;
  /** Share of weight at high risk from which it is very serious (default 0.5). */
  verySerious: number;
}

const pct = (x: number) => `${Math.round(100 * x)}%`;

/**
 * Risk of bias from the weight-averaged overall RoB 2 judgements of the results in the analysis (GRADE handbook
 * §5.2.1; Guyatt et al. 2011, J Clin Epidemiol 64:407, "GRADE guidelines 4"): rating down follows the studies that
 * carry the weight. Very serious when at least half the weight is at high risk; serious when at least half is at
 * high risk, has some concerns, or has no complete assessment; not serious otherwise.
 *
 * @example
 * proposeRiskOfBias(review, 'cramps', run.effects, run.fit).reason;
 * // '62% of the weight is from results at high risk of bias, 20% with some concerns, 18% at low risk'
 */
export function proposeRiskOfBias(
  review: Review,
  outcome: string,
  effects: readonly StudyEffect[],
  fit: RmaResult | undefined,
  thresholds: RiskOfBiasThresholds = { serious: 0.5, verySerious: 0.5 },
): GradeProposal {
  const shares = { high: 0, 'some-concerns': 0, low: 0, none: 0 };
  const weights = fit?.weights ?? [];
  effects.forEach((effect, i) => {
    const judgement = robForResult(review, effect.study, outcome)?.overall.judgement ?? 'none';
    shares[judgement] += (weights[i] ?? 0) / 100;
  });
  const data = {
    shareHigh: shares.high,
    shareSomeConcerns: shares['some-concerns'],
    shareLow: shares.low,
    shareNotAssessed: shares.none,
  };
  const parts = [
    `${pct(shares.high)} of the weight is from results at high risk of bias`,
    `${pct(shares['some-concerns'])} with some concerns`,
    `${pct(shares.low)} at low risk`,
  ];
  if (shares.none > 0) parts.push(`${pct(shares.none)} without a complete RoB 2 assessment`);
  const reason = parts.join(', ');
  if (effects.length === 0 || !fit) {
    return {
      domain: 'riskOfBias',
      judgement: 'not-serious',
      reason: 'no analysis to weigh',
      basis: 'not-assessed',
      data,
    };
  }
  const concern = shares.high + shares['some-concerns'] + shares.none;
  const judgement =
    shares.high >= thresholds.verySerious ? 'very-serious' : concern >= thresholds.serious ? 'serious' : 'not-serious';
  return { domain: 'riskOfBias', judgement, reason, basis: 'data', data };
}
