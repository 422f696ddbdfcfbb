/**
 * Risk-of-bias assessments with RoB 2 (rob.yaml): the answers to the signalling questions for one result of one
 * study, and any judgement the reviewer overrides, with the reason.
 */
import type { Location } from '../issues.js';

/** Responses to signalling questions: yes, probably yes, probably no, no, no information, not applicable. */
export const ROB_RESPONSES = ['Y', 'PY', 'PN', 'N', 'NI', 'NA'] as const;
export type RobResponse = (typeof ROB_RESPONSES)[number];

export const ROB_JUDGEMENTS = ['low', 'some-concerns', 'high'] as const;
export type RobJudgement = (typeof ROB_JUDGEMENTS)[number];

/** The standard tool for individually randomised parallel trials, or the variant for crossover trials. */
export const ROB_VARIANTS = ['parallel', 'crossover'] as const;
export type RobVariant = (typeof ROB_VARIANTS)[number];

/** Domains: 1 randomisation, 2 deviations (effect of assignment), S period and carryover (crossover), 3–5. */
export const ROB_DOMAINS = ['D1', 'D2', 'DS', 'D3', 'D4', 'D5'] as const;
export type RobDomain = (typeof ROB_DOMAINS)[number];

/** One answer, with the text that supports it (a quote or a comment). */
export interface RobAnswer {
  answer: RobResponse;
  support?: string;
}

/** A judgement the reviewer puts in place of the algorithm's, with the reason. */
export interface RobOverride {
  judgement: RobJudgement;
  reason: string;
}

/** The RoB 2 assessment of one result. */
export interface RobAssessment {
  study: string;
  outcome: string;
  /** Which result, when a study has more than one for the outcome ("4 weeks, ITT"). */
  result?: string;
  /** The tool variant; from the study's design when not given. */
  variant?: RobVariant;
  /** Answers by question id ("1.1", "2.3", "S.2"). */
  answers: Record<string, RobAnswer>;
  /** Overrides by domain ("D1" … "D5", "DS") and "overall". */
  overrides: Partial<Record<RobDomain | 'overall', RobOverride>>;
  notes?: string;
  /** Where the item was read from; absent for items built in code. */
  at?: Location;
}
