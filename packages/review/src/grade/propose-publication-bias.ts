import { MetaError, type RmaResult, regtest } from '@evidens/meta';
import { round } from './thresholds.js';
import type { GradeProposal } from './types.js';

/**
 * Publication bias from funnel plot asymmetry, tested only when there are at least `minStudies` (default 10) studies
 * (Cochrane Handbook v6 §13.3.5.4; GRADE handbook §5.2.5; Guyatt et al. 2011, J Clin Epidemiol 64:1277): Egger's
 * regression test (Egger et al. 1997, BMJ 315:629; weighted regression with multiplicative dispersion, the engine's
 * regtest model "lm"), serious when P < `alpha` (default 0.10). With fewer studies it is not assessed by a test,
 * and the reviewer judges it from the search and the trials' sponsors.
 *
 * @example
 * proposePublicationBias(fitOf5Studies).reason;
 * // 'not tested: 5 studies, fewer than the 10 a funnel asymmetry test needs (Cochrane Handbook v6 §13.3.5.4)'
 */
export function proposePublicationBias(
  fit: RmaResult | undefined,
  options: { minStudies?: number; alpha?: number } = {},
): GradeProposal {
  const { minStudies = 10, alpha = 0.1 } = options;
  const k = fit?.k ?? 0;
  if (!fit || k < minStudies) {
    const reason = `not tested: ${k} ${k === 1 ? 'study' : 'studies'}, fewer than the ${minStudies} a funnel asymmetry test needs (Cochrane Handbook v6 §13.3.5.4)`;
    return { domain: 'publicationBias', judgement: 'not-serious', reason, basis: 'not-assessed', data: { k } };
  }
  try {
    const test = regtest(fit, { model: 'lm' });
    const data = { k, statistic: test.zval, pval: test.pval, limitEstimate: test.est };
    const text = `Egger's test: t = ${round(test.zval)}, P = ${round(test.pval)} (${k} studies)`;
    return test.pval < alpha
      ? {
          domain: 'publicationBias',
          judgement: 'serious',
          reason: `${text}: the funnel plot is asymmetric`,
          basis: 'data',
          data,
        }
      : {
          domain: 'publicationBias',
          judgement: 'not-serious',
          reason: `${text}: no evidence of asymmetry`,
          basis: 'data',
          data,
        };
  } catch (error) {
    if (!(error instanceof MetaError)) throw error;
    return {
      domain: 'publicationBias',
      judgement: 'not-serious',
      reason: `not tested: ${error.message}`,
      basis: 'not-assessed',
      data: { k },
    };
  }
}
