/** GRADE judgements per outcome (grade.yaml): what the reviewer decided for each domain, and why. */
import type { Location } from '../issues.js';

/** The five domains that can lower certainty. */
export const GRADE_LOWERING = [
  'riskOfBias',
  'inconsistency',
  'indirectness',
  'imprecision',
  'publicationBias',
] as const;
export type GradeLoweringDomain = (typeof GRADE_LOWERING)[number];
export const LOWERING_JUDGEMENTS = ['not-serious', 'serious', 'very-serious'] as const;
export type LoweringJudgement = (typeof LOWERING_JUDGEMENTS)[number];

/** The three that can raise it. */
export const GRADE_RAISING = ['largeEffect', 'doseResponse', 'plausibleConfounding'] as const;
export type GradeRaisingDomain = (typeof GRADE_RAISING)[number];
export const RAISING_JUDGEMENTS = ['no', 'yes', 'very-large'] as const;
/** "yes" raises one level; "very-large" (large effect only) raises two. */
export type RaisingJudgement = (typeof RAISING_JUDGEMENTS)[number];

export type GradeDomain = GradeLoweringDomain | GradeRaisingDomain;
export type GradeJudgement = LoweringJudgement | RaisingJudgement;

export const CERTAINTY_LEVELS = ['very-low', 'low', 'moderate', 'high'] as const;
export type Certainty = (typeof CERTAINTY_LEVELS)[number];

/** A reviewer's decision on one domain. */
export interface GradeDecision {
  judgement: GradeJudgement;
  reason: string;
}

/** The reviewer's GRADE decisions for one outcome, tied to the analysis that gives its estimate. */
export interface GradeEntry {
  /** Analysis id (its outcome is the outcome graded). */
  analysis: string;
  /** Starting level: high for randomised trials (default), low for observational studies. */
  start: 'high' | 'low';
  decisions: Partial<Record<GradeDomain, GradeDecision>>;
  /** Assumed control risk (binary) or mean (continuous) for the summary of findings, when not taken from the data. */
  assumedControl?: number;
  /** Where the assumed control value comes from. */
  assumedControlSource?: string;
  footnotes: string[];
  /** Where the item was read from; absent for items built in code. */
  at?: Location;
}
