import type { RmaResult } from '@evidens/meta';
import type { StudyEffect } from '../effects/types.js';
import type { EffectMeasure, Outcome } from '../model/protocol.js';
import { type InformationSizeOptions, optimalInformationSize } from './information-size.js';
import { type Scale, spans } from './thresholds.js';
import type { GradeProposal } from './types.js';

/**
 * Imprecision from the confidence interval against the MID and from the optimal information size (GRADE handbook
 * §5.2.4; Guyatt et al. 2011, J Clin Epidemiol 64:1283, "GRADE guidelines 6"). Very serious when the CI reaches an
 * important effect in both directions; serious when it crosses one MID threshold, or when it does not but the
 * participants fall short of the optimal information size; not serious otherwise. Without a MID the CI is judged
 * against no effect.
 *
 * @example
 * proposeImprecision(fit, scale, 'MD', outcome, effects).reason;
 * // '95% CI MD -0.93 to 0.58 crosses the MID threshold -1'
 */
export function proposeImprecision(
  fit: RmaResult | undefined,
  scale: Scale,
  measure: EffectMeasure,
  outcome: Outcome,
  effects: readonly StudyEffect[],
  options: InformationSizeOptions = {},
): GradeProposal {
  if (!fit)
    return {
      domain: 'imprecision',
      judgement: 'not-serious',
      reason: 'no analysis to assess',
      basis: 'not-assessed',
      data: {},
    };
  const [lower, upper] = [fit.ciLb[0], fit.ciUb[0]];
  const ci = `${fit.level}% CI ${scale.show(lower)} to ${scale.show(upper)}`;
  const n = effects.every((e) => e.n !== undefined) ? effects.reduce((s, e) => s + (e.n as number), 0) : undefined;
  const ois = optimalInformationSize(measure, outcome, effects, options);
  const data = { lower, upper, participants: n ?? null, ois: 'required' in ois ? ois.required : null };
  const proposal = (judgement: GradeProposal['judgement'], reason: string): GradeProposal => ({
    domain: 'imprecision',
    judgement,
    reason,
    basis: 'data',
    data,
  });
  const mid = scale.mid;
  if (!mid) {
    return spans(lower, upper, scale.nullValue)
      ? proposal('serious', `${ci} includes no effect (no MID set for ${outcome.id})`)
      : proposal('not-serious', `${ci} excludes no effect (no MID set, so the information size was not checked)`);
  }
  if (lower < mid[0] && upper > mid[1]) {
    return proposal('very-serious', `${ci} includes important effects in both directions (MID ${scale.show(mid[1])})`);
  }
  const crossed = [mid[0], mid[1]].filter((t) => spans(lower, upper, t));
  if (crossed.length > 0) {
    return proposal('serious', `${ci} crosses the MID threshold ${scale.show(crossed[0])}`);
  }
  if ('missing' in ois) {
    return proposal(
      'not-serious',
      `${ci} does not cross the MID; the optimal information size was not checked: ${ois.missing}`,
    );
  }
  if (n === undefined) {
    return proposal(
      'not-serious',
      `${ci} does not cross the MID; the number of participants is not known for every study`,
    );
  }
  return n < ois.required
    ? proposal(
        'serious',
        `${ci} does not cross the MID, but ${n} participants fall short of the optimal information size of ${ois.required} (${ois.description})`,
      )
    : proposal(
        'not-serious',
        `${ci} does not cross the MID and ${n} participants reach the optimal information size of ${ois.required}`,
      );
}
