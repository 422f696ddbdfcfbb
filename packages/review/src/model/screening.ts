/** Screening decisions (screening.csv): one row per reviewer, record and stage. */

/**
 * Stages: identification (removal before screening: duplicates, automation tools, other reasons), title and abstract,
 * full text (including reports that could not be retrieved).
 */
export const SCREENING_STAGES = ['identification', 'title-abstract', 'full-text'] as const;
export type ScreeningStage = (typeof SCREENING_STAGES)[number];

/** Decisions allowed at each stage. */
export const STAGE_DECISIONS = {
  identification: ['duplicate', 'automation', 'other'],
  'title-abstract': ['include', 'exclude', 'maybe'],
  'full-text': ['include', 'exclude', 'not-retrieved', 'maybe'],
} as const satisfies Record<ScreeningStage, readonly string[]>;
export type ScreeningDecisionValue = (typeof STAGE_DECISIONS)[ScreeningStage][number];

/** The reviewer name whose decision settles a disagreement. */
export const CONSENSUS_REVIEWER = 'consensus';

/** One decision. */
export interface ScreeningDecision {
  /** Record id (as in the record files). */
  record: string;
  /** Who decided; "consensus" for the decision that resolves a disagreement. */
  reviewer: string;
  stage: ScreeningStage;
  decision: ScreeningDecisionValue;
  /** Reason for an exclusion (full text: required), or the kept record's id for a duplicate. */
  reason?: string;
  /** When, ISO 8601 date-time. */
  time: string;
  /** Id of the search the record came from (review.yaml searches), when recorded. */
  source?: string;
  /** 1-based line in screening.csv. */
  line?: number;
}
