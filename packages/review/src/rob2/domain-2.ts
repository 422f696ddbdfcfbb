import type { RobAnswer, RobJudgement } from '../model/rob.js';
import { type DomainResult, Walk } from './walk.js';

/**
 * Domain 2, bias due to deviations from intended interventions, effect of assignment (RoB 2 full guidance 2019,
 * algorithm for domain 2 (assignment); Cochrane Handbook v6 §8.5). Two parts are judged and combined: part 1
 * (2.1–2.5) on awareness and deviations arising from the trial context, part 2 (2.6–2.7) on the analysis. The
 * domain is low risk when both parts are, high when either is, and some concerns otherwise.
 *
 * @example
 * domain2({ '2.1': { answer: 'N' }, '2.2': { answer: 'N' }, '2.6': { answer: 'Y' } }).judgement; // 'low'
 */
export function domain2(answers: Readonly<Record<string, RobAnswer>>): DomainResult {
  const walk = new Walk('D2', answers);
  const part1 = deviations(walk);
  const part2 = analysis(walk);
  if (part1?.[0] === 'high' || part2?.[0] === 'high') {
    const rule = [part1, part2]
      .filter((p) => p?.[0] === 'high')
      .map((p) => p?.[1])
      .join('; ');
    return { ...walk.judge('high', rule), missing: [...walk.missing] };
  }
  if (part1 === undefined || part2 === undefined) return walk.incomplete();
  const judgement = part1[0] === 'low' && part2[0] === 'low' ? 'low' : 'some-concerns';
  return walk.judge(judgement, `${part1[1]}; ${part2[1]}`);
}

type Part = [RobJudgement, string] | undefined;

/** Part 1: awareness (2.1, 2.2) and deviations that arose because of the trial context (2.3–2.5). */
function deviations(walk: Walk): Part {
  const participants = walk.read('2.1');
  const carers = walk.read('2.2');
  if (participants === undefined || carers === undefined) return undefined;
  if (participants === 'no' && carers === 'no') return ['low', 'participants and carers were unaware of assignment'];
  const context = walk.read('2.3');
  if (context === undefined) return undefined;
  if (context === 'no') return ['low', 'no deviations arose because of the trial context'];
  if (context === 'ni') return ['some-concerns', 'no information on deviations arising from the trial context'];
  const affected = walk.read('2.4');
  if (affected === undefined) return undefined;
  if (affected === 'no') return ['some-concerns', 'deviations arose but were unlikely to affect the outcome'];
  const balanced = walk.read('2.5');
  if (balanced === undefined) return undefined;
  return balanced === 'yes'
    ? ['some-concerns', 'deviations that could affect the outcome were balanced between groups']
    : ['high', 'deviations that could affect the outcome were not balanced (or not reported as balanced)'];
}

/** Part 2: whether the analysis estimated the effect of assignment (2.6) and, if not, the impact (2.7). */
function analysis(walk: Walk): Part {
  const appropriate = walk.read('2.6');
  if (appropriate === undefined) return undefined;
  if (appropriate === 'yes') return ['low', 'the analysis estimated the effect of assignment'];
  const impact = walk.read('2.7');
  if (impact === undefined) return undefined;
  return impact === 'no'
    ? ['some-concerns', 'the analysis was not appropriate but the impact is unlikely to be substantial']
    : ['high', 'the analysis was not appropriate, with potential for a substantial impact'];
}
