/** A RoB 2 assessment of one result: every domain's algorithm, the overall judgement, and the reviewer's overrides. */

import type { Design } from '../model/protocol.js';
import type { RobAnswer, RobAssessment, RobDomain, RobJudgement, RobOverride, RobVariant } from '../model/rob.js';
import { domain1 } from './domain-1.js';
import { domain2 } from './domain-2.js';
import { domain3 } from './domain-3.js';
import { domain4 } from './domain-4.js';
import { domain5 } from './domain-5.js';
import { domainS } from './domain-s.js';
import { overallJudgement } from './overall.js';
import { DOMAIN_NAMES, VARIANT_DOMAINS } from './questions.js';
import type { DomainResult } from './walk.js';

const ALGORITHMS: Record<RobDomain, (answers: Readonly<Record<string, RobAnswer>>) => DomainResult> = {
  D1: domain1,
  D2: domain2,
  DS: domainS,
  D3: domain3,
  D4: domain4,
  D5: domain5,
};

/** One domain: what the algorithm proposes, what stands after any override, and how it was reached. */
export interface DomainAssessment extends DomainResult {
  name: string;
  /** The algorithm's judgement. */
  proposed: RobJudgement | undefined;
  /** The override, when the reviewer made one. */
  override?: RobOverride;
  /** Questions of this domain answered (not NA) but not reached by the algorithm. */
  unused: string[];
}

/** The assessment of one result. */
export interface RobResult {
  study: string;
  outcome: string;
  result?: string;
  variant: RobVariant;
  domains: DomainAssessment[];
  overall: {
    /** The default rule applied to the domains' final judgements. */
    proposed: RobJudgement | undefined;
    /** The judgement that stands: the override if any, else the proposal. */
    judgement: RobJudgement | undefined;
    override?: RobOverride;
  };
  /** True when every domain and the overall result have a judgement. */
  complete: boolean;
}

/**
 * Runs the algorithms of the assessment's variant (from the assessment, else the study's design) and applies the
 * reviewer's overrides (Cochrane Handbook v6 chapter 8: proposed judgements can be overridden with justification).
 *
 * @example
 * const r = assessRob2({ study: 's1', outcome: 'o1', answers: { '1.2': { answer: 'N' } }, overrides: {} });
 * r.domains[0].judgement; // 'high'; r.overall.judgement === 'high'
 */
export function assessRob2(assessment: RobAssessment, design?: Design): RobResult {
  const variant: RobVariant = assessment.variant ?? (design === 'crossover' ? 'crossover' : 'parallel');
  const domains = VARIANT_DOMAINS[variant].map((domain): DomainAssessment => {
    const result = ALGORITHMS[domain](assessment.answers);
    const override = assessment.overrides[domain];
    const asked = new Set(result.path.map((step) => step.split(' ')[0]));
    const unused = Object.entries(assessment.answers)
      .filter(([id, a]) => idDomain(id) === domain && a.answer !== 'NA' && !asked.has(id))
      .map(([id]) => id);
    const out: DomainAssessment = {
      ...result,
      name: DOMAIN_NAMES[domain],
      proposed: result.judgement,
      judgement: override?.judgement ?? result.judgement,
      unused,
    };
    if (override) out.override = override;
    return out;
  });
  const proposed = overallJudgement(domains.map((d) => d.judgement));
  const override = assessment.overrides.overall;
  const overall: RobResult['overall'] = { proposed, judgement: override?.judgement ?? proposed };
  if (override) overall.override = override;
  const result: RobResult = {
    study: assessment.study,
    outcome: assessment.outcome,
    variant,
    domains,
    overall,
    complete: overall.judgement !== undefined && domains.every((d) => d.judgement !== undefined),
  };
  if (assessment.result !== undefined) result.result = assessment.result;
  return result;
}

/** The domain a question id belongs to: "2.3" → D2, "S.1" → DS. */
export function idDomain(id: string): RobDomain {
  return `D${id.split('.')[0]}` as RobDomain;
}
