/** GRADE proposals from the data, and the assessment once the reviewer has confirmed or changed them. */
import type { Certainty, GradeDecision, GradeDomain, GradeJudgement } from '../model/grade.js';

/**
 * Where a proposal comes from: computed from the data; not assessed (too few studies for the method), so no change
 * is proposed; or left to the reviewer because the data cannot speak to it.
 */
export type ProposalBasis = 'data' | 'not-assessed' | 'reviewer';

/** What the data suggest for one domain, and why. */
export interface GradeProposal {
  domain: GradeDomain;
  judgement: GradeJudgement;
  /** A sentence with the numbers behind the judgement. */
  reason: string;
  basis: ProposalBasis;
  /** The numbers used, by name (I2, tau2, piLb, ois, shareHigh, …). */
  data: Record<string, number | string | null>;
}

/** One domain after the reviewer's decision. */
export interface GradeDomainResult {
  domain: GradeDomain;
  proposal: GradeProposal;
  /** The reviewer's decision from grade.yaml, when made. */
  decision?: GradeDecision;
  /** The judgement that stands: the decision's, else the proposal's. */
  judgement: GradeJudgement;
  /** The reason that stands. */
  reason: string;
  /** Proposed only, confirmed (decision agrees), or changed (decision differs, with its reason). */
  status: 'proposed' | 'confirmed' | 'changed';
  /** Levels this domain moves certainty: −2 … +2. */
  levels: number;
}

/** The certainty of the evidence for one outcome. */
export interface GradeAssessment {
  analysis: string;
  outcome: string;
  start: 'high' | 'low';
  domains: GradeDomainResult[];
  certainty: Certainty;
  /** Domains whose judgement is still only proposed. */
  pending: GradeDomain[];
}
