/** A whole review as read from its folder. */
import type { GradeEntry } from './grade.js';
import type { OutcomeData } from './outcome-data.js';
import type { Analysis, Author, Comparison, Eligibility, Language, Outcome, Pico, Search } from './protocol.js';
import type { RobAssessment } from './rob.js';
import type { ScreeningDecision } from './screening.js';
import type { Study } from './study.js';

/** The review: protocol, searches, screening, studies, outcome data, risk of bias and GRADE decisions. */
export interface Review {
  /** The folder it was read from. */
  dir: string;
  title: string;
  authors: Author[];
  language: Language;
  background?: string;
  objective?: string;
  question?: Pico;
  eligibility?: Eligibility;
  searches: Search[];
  outcomes: Outcome[];
  comparisons: Comparison[];
  analyses: Analysis[];
  conclusion?: string;
  /** Record export files found under records/, relative to the folder. */
  recordFiles: string[];
  screening: ScreeningDecision[];
  studies: Study[];
  data: OutcomeData[];
  rob: RobAssessment[];
  grade: GradeEntry[];
}
