import type { RobAnswer } from '../model/rob.js';
import { type DomainResult, Walk } from './walk.js';

/**
 * Domain 1, bias arising from the randomization process (RoB 2 full guidance 2019, algorithm for domain 1;
 * Cochrane Handbook v6 §8.4). Concealment (1.2) decides first: not concealed is high risk; concealed is low risk
 * unless the sequence was not random (1.1) or baseline differences suggest a problem (1.3), which give some
 * concerns; no information on concealment gives some concerns, or high risk with problematic baseline differences.
 *
 * @example
 * domain1({ '1.1': { answer: 'Y' }, '1.2': { answer: 'PY' }, '1.3': { answer: 'NI' } }).judgement; // 'low'
 */
export function domain1(answers: Readonly<Record<string, RobAnswer>>): DomainResult {
  const walk = new Walk('D1', answers);
  const concealed = walk.read('1.2');
  if (concealed === undefined) return walk.incomplete();
  if (concealed === 'no') return walk.judge('high', 'the allocation sequence was not concealed');
  if (concealed === 'yes') {
    const random = walk.read('1.1');
    if (random === undefined) return walk.incomplete();
    if (random === 'no') return walk.judge('some-concerns', 'allocation was concealed but the sequence was not random');
    const baseline = walk.read('1.3');
    if (baseline === undefined) return walk.incomplete();
    return baseline === 'yes'
      ? walk.judge('some-concerns', 'allocation was concealed but baseline differences suggest a problem')
      : walk.judge('low', 'allocation was concealed, the sequence random or not reported, no baseline problem');
  }
  const baseline = walk.read('1.3');
  if (baseline === undefined) return walk.incomplete();
  return baseline === 'yes'
    ? walk.judge('high', 'no information on concealment and baseline differences suggest a problem')
    : walk.judge('some-concerns', 'no information on concealment of the allocation sequence');
}
