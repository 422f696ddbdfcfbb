/** The RoB 2 assessment that applies to a study's result for an outcome. */

import type { Review } from '../model/review.js';
import type { RobJudgement } from '../model/rob.js';
import { assessRob2, type RobResult } from './assess.js';

const ORDER: RobJudgement[] = ['low', 'some-concerns', 'high'];

/**
 * The assessment of `study` for `outcome`; when the study has several (one per result), the one judged worst, so
 * that a sensitivity analysis by risk of bias errs on the side of leaving a study out.
 */
export function robForResult(review: Review, study: string, outcome: string): RobResult | undefined {
  const design = review.studies.find((s) => s.id === study)?.design;
  const results = review.rob
    .filter((a) => a.study === study && a.outcome === outcome)
    .map((a) => assessRob2(a, design));
  const rank = (r: RobResult) => (r.overall.judgement === undefined ? -1 : ORDER.indexOf(r.overall.judgement));
  return results.sort((a, b) => rank(b) - rank(a))[0];
}
