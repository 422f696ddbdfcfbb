import type { RobAnswer } from '../model/rob.js';
import { type DomainResult, Walk } from './walk.js';

/**
 * Domain 5, bias in selection of the reported result (RoB 2 full guidance 2019, algorithm for domain 5; Cochrane
 * Handbook v6 §8.8): a result likely selected from several outcome measurements (5.2) or analyses (5.3) is high
 * risk; no information on either is some concerns; otherwise the result is low risk if it was analysed by a plan
 * finalized before unblinded data were available (5.1), and some concerns if not.
 *
 * @example
 * domain5({ '5.1': { answer: 'NI' }, '5.2': { answer: 'N' }, '5.3': { answer: 'PN' } }).judgement; // 'some-concerns'
 */
export function domain5(answers: Readonly<Record<string, RobAnswer>>): DomainResult {
  const walk = new Walk('D5', answers);
  const measurements = walk.read('5.2');
  const analyses = walk.read('5.3');
  if (measurements === 'yes' || analyses === 'yes') {
    const which = measurements === 'yes' ? 'several outcome measurements' : 'several analyses';
    return { ...walk.judge('high', `the result was likely selected from ${which}`), missing: [...walk.missing] };
  }
  if (measurements === undefined || analyses === undefined) return walk.incomplete();
  if (measurements === 'ni' || analyses === 'ni') {
    return walk.judge('some-concerns', 'no information on whether the result was selected from several');
  }
  const plan = walk.read('5.1');
  if (plan === undefined) return walk.incomplete();
  return plan === 'yes'
    ? walk.judge('low', 'analysed by a prespecified plan, with no sign of selection')
    : walk.judge(
        'some-concerns',
        'no sign of selection, but no plan finalized before unblinded data (or no information)',
      );
}
