import type { RobAnswer } from '../model/rob.js';
import { type DomainResult, Walk } from './walk.js';

/**
 * Domain 4, bias in measurement of the outcome (RoB 2 full guidance 2019, algorithm for domain 4; Cochrane Handbook
 * v6 §8.7). An inappropriate method (4.1) or measurement that could differ between groups (4.2) is high risk.
 * Otherwise the chain on assessors' awareness (4.3), possible influence (4.4) and likely influence (4.5) decides;
 * with no information on 4.2, a result that would be low risk is some concerns instead.
 *
 * @example
 * domain4({ '4.1': { answer: 'N' }, '4.2': { answer: 'N' }, '4.3': { answer: 'N' } }).judgement; // 'low'
 */
export function domain4(answers: Readonly<Record<string, RobAnswer>>): DomainResult {
  const walk = new Walk('D4', answers);
  const inappropriate = walk.read('4.1');
  if (inappropriate === undefined) return walk.incomplete();
  if (inappropriate === 'yes') return walk.judge('high', 'the method of measuring the outcome was inappropriate');
  const differed = walk.read('4.2');
  if (differed === undefined) return walk.incomplete();
  if (differed === 'yes') return walk.judge('high', 'measurement could have differed between groups');
  const best = differed === 'no' ? 'low' : 'some-concerns';
  const qualifier = differed === 'no' ? '' : '; no information on whether measurement differed between groups';
  const aware = walk.read('4.3');
  if (aware === undefined) return walk.incomplete();
  if (aware === 'no') return walk.judge(best, `outcome assessors were unaware of the intervention${qualifier}`);
  const could = walk.read('4.4');
  if (could === undefined) return walk.incomplete();
  if (could === 'no')
    return walk.judge(best, `knowledge of the intervention could not influence the assessment${qualifier}`);
  const likely = walk.read('4.5');
  if (likely === undefined) return walk.incomplete();
  return likely === 'no'
    ? walk.judge(
        'some-concerns',
        'knowledge of the intervention could, but is unlikely to, have influenced the assessment',
      )
    : walk.judge('high', 'knowledge of the intervention likely influenced the assessment (or no information)');
}
