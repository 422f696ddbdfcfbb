import type { RobJudgement } from '../model/rob.js';

/**
 * The overall judgement for a result from its domain judgements, by the tool's default rule (RoB 2 full guidance
 * 2019 §1.2.3; Cochrane Handbook v6 chapter 8): high if any domain is high, some concerns if any domain has some
 * concerns, low if all are low. The guidance also allows high risk when several domains have some concerns that
 * together substantially lower confidence; that is the reviewer's call, made as an override with a reason.
 * Undefined when a domain is not judged and none is high.
 *
 * @example
 * overallJudgement(['low', 'some-concerns', 'low', 'low', 'low']); // 'some-concerns'
 */
export function overallJudgement(domains: readonly (RobJudgement | undefined)[]): RobJudgement | undefined {
  if (domains.includes('high')) return 'high';
  if (domains.includes(undefined)) return undefined;
  return domains.includes('some-concerns') ? 'some-concerns' : 'low';
}
