/**
 * GRADE per outcome (Guyatt et al. 2008, BMJ 336:924; GRADE handbook ch. 5): proposals from the analysis for each of
 * the eight domains, the reviewer's decisions from grade.yaml, and the certainty they give.
 */
import type { AnalysisRun } from '../analysis/run-analysis.js';
import {
  CERTAINTY_LEVELS,
  type Certainty,
  GRADE_LOWERING,
  GRADE_RAISING,
  type GradeDomain,
  type GradeEntry,
  type GradeJudgement,
} from '../model/grade.js';
import type { Review } from '../model/review.js';
import type { InformationSizeOptions } from './information-size.js';
import { proposeImprecision } from './propose-imprecision.js';
import { proposeInconsistency } from './propose-inconsistency.js';
import { proposePublicationBias } from './propose-publication-bias.js';
import { proposeLargeEffect, proposeReviewerOnly } from './propose-raising.js';
import { proposeRiskOfBias } from './propose-risk-of-bias.js';
import { scaleOf } from './thresholds.js';
import type { GradeAssessment, GradeDomainResult, GradeProposal } from './types.js';

/** Options for the proposals. */
export interface GradeOptions extends InformationSizeOptions {
  /** Studies needed before funnel asymmetry is tested (default 10). */
  minStudiesForBiasTest?: number;
}

const LEVELS: Record<GradeJudgement, number> = {
  'not-serious': 0,
  serious: -1,
  'very-serious': -2,
  no: 0,
  yes: 1,
  'very-large': 2,
};

/** The proposals for every domain, from the run of the outcome's analysis. */
export function proposeGrade(
  review: Review,
  run: AnalysisRun,
  start: 'high' | 'low',
  options: GradeOptions = {},
): GradeProposal[] {
  const scale = scaleOf(run.analysis.measure, run.outcome);
  const controlRisk = options.controlRisk ?? review.grade.find((g) => g.analysis === run.analysis.id)?.assumedControl;
  const isOptions = run.outcome.kind === 'binary' && controlRisk !== undefined ? { ...options, controlRisk } : options;
  return [
    proposeRiskOfBias(review, run.outcome.id, run.effects, run.fit),
    proposeInconsistency(run.fit, scale),
    proposeReviewerOnly('indirectness'),
    proposeImprecision(run.fit, scale, run.analysis.measure, run.outcome, run.effects, isOptions),
    proposePublicationBias(run.fit, { minStudies: options.minStudiesForBiasTest }),
    proposeLargeEffect(run.fit, run.analysis.measure, start),
    proposeReviewerOnly('doseResponse'),
    proposeReviewerOnly('plausibleConfounding'),
  ];
}

/**
 * The GRADE assessment of the outcome of `run`: each domain's proposal, confirmed or changed by the reviewer's
 * decision in `entry`, and the certainty: start at high for randomised trials (low for observational studies), move
 * down one level per serious and two per very serious concern, up one or two for the raising domains, within
 * high … very low.
 *
 * @example
 * const g = gradeOutcome(review, runAnalysis(review, 'cramps-md'));
 * g.certainty; // 'moderate'
 * g.domains.find((d) => d.domain === 'imprecision')?.status; // 'confirmed'
 */
export function gradeOutcome(review: Review, run: AnalysisRun, options: GradeOptions = {}): GradeAssessment {
  const entry: GradeEntry | undefined = review.grade.find((g) => g.analysis === run.analysis.id);
  const start = entry?.start ?? 'high';
  const domains = proposeGrade(review, run, start, options).map((proposal): GradeDomainResult => {
    const decision = entry?.decisions[proposal.domain];
    const judgement = decision?.judgement ?? proposal.judgement;
    const status =
      decision === undefined ? 'proposed' : decision.judgement === proposal.judgement ? 'confirmed' : 'changed';
    const out: GradeDomainResult = {
      domain: proposal.domain,
      proposal,
      judgement,
      reason: decision?.reason ?? proposal.reason,
      status,
      levels: LEVELS[judgement],
    };
    if (decision) out.decision = decision;
    return out;
  });
  return {
    analysis: run.analysis.id,
    outcome: run.outcome.id,
    start,
    domains,
    certainty: certaintyFrom(
      start,
      domains.map((d) => d.levels),
    ),
    pending: domains.filter((d) => d.status === 'proposed').map((d) => d.domain),
  };
}

/**
 * Certainty from the starting level and each domain's levels (−2 … +2), kept within very low … high.
 * @example
 * certaintyFrom('high', [-1, 0, 0, -1, 0, 0, 0, 0]); // 'low'
 */
export function certaintyFrom(start: 'high' | 'low', levels: readonly number[]): Certainty {
  const score = (start === 'high' ? 3 : 1) + levels.reduce((a, b) => a + b, 0);
  return CERTAINTY_LEVELS[Math.max(0, Math.min(3, score))];
}

/** All eight domains in GRADE's order: the five that lower, then the three that raise. */
export const GRADE_DOMAINS: readonly GradeDomain[] = [...GRADE_LOWERING, ...GRADE_RAISING];
