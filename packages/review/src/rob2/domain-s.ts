import type { RobAnswer } from '../model/rob.js';
import { type DomainResult, Walk } from './walk.js';

/**
 * Domain S of the crossover variant, bias arising from period and carryover effects (RoB 2 for crossover trials,
 * Higgins, Li, Sterne 2021; Cochrane Handbook v6 §23.2.3). Period effects cancel when the two sequences are (nearly)
 * equal in size (S.1) or are allowed for in the analysis (S.2). Not enough time for carryover to disappear before the
 * second period's assessment (S.3) is high risk; no information on it, or period effects not dealt with, is some
 * concerns; low risk needs both dealt with.
 *
 * @example
 * domainS({ 'S.1': { answer: 'Y' }, 'S.3': { answer: 'PY' } }).judgement; // 'low'
 */
export function domainS(answers: Readonly<Record<string, RobAnswer>>): DomainResult {
  const walk = new Walk('DS', answers);
  const balanced = walk.read('S.1');
  if (balanced === undefined) return walk.incomplete();
  let periodHandled = balanced === 'yes';
  if (!periodHandled) {
    const adjusted = walk.read('S.2');
    if (adjusted === undefined) return walk.incomplete();
    periodHandled = adjusted === 'yes';
  }
  const washout = walk.read('S.3');
  if (washout === undefined) return walk.incomplete();
  if (washout === 'no') return walk.judge('high', 'there was not enough time for carryover effects to disappear');
  if (washout === 'ni')
    return walk.judge('some-concerns', 'no information on whether carryover effects had disappeared');
  return periodHandled
    ? walk.judge('low', 'period effects balanced or adjusted for, and carryover had time to disappear')
    : walk.judge(
        'some-concerns',
        'carryover had time to disappear, but period effects were neither balanced nor adjusted for',
      );
}
