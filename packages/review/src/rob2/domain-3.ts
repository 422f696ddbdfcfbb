import type { RobAnswer } from '../model/rob.js';
import { type DomainResult, Walk } from './walk.js';

/**
 * Domain 3, bias due to missing outcome data (RoB 2 full guidance 2019, algorithm for domain 3; Cochrane Handbook
 * v6 §8.6): low risk with (nearly) complete data (3.1), evidence of no bias (3.2), or missingness that could not
 * depend on the true value (3.3); otherwise some concerns, or high risk when that dependence is likely (3.4).
 *
 * @example
 * domain3({ '3.1': { answer: 'N' }, '3.2': { answer: 'N' }, '3.3': { answer: 'Y' }, '3.4': { answer: 'PN' } }).judgement;
 * // 'some-concerns'
 */
export function domain3(answers: Readonly<Record<string, RobAnswer>>): DomainResult {
  const walk = new Walk('D3', answers);
  const complete = walk.read('3.1');
  if (complete === undefined) return walk.incomplete();
  if (complete === 'yes') return walk.judge('low', 'outcome data were available for (nearly) all participants');
  const evidence = walk.read('3.2');
  if (evidence === undefined) return walk.incomplete();
  if (evidence === 'yes') return walk.judge('low', 'there is evidence that missing data did not bias the result');
  const could = walk.read('3.3');
  if (could === undefined) return walk.incomplete();
  if (could === 'no') return walk.judge('low', 'missingness could not depend on the true value');
  const likely = walk.read('3.4');
  if (likely === undefined) return walk.incomplete();
  return likely === 'no'
    ? walk.judge('some-concerns', 'missingness could, but is unlikely to, depend on the true value')
    : walk.judge('high', 'missingness likely depended on the true value (or no information)');
}
