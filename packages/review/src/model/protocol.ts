/**
 * The protocol part of a review (review.yaml): the question, what is eligible, how it was searched, which outcomes
 * matter and how they are to be analysed, and the conclusion.
 */

import type { Tau2Method, TestType } from '@evidens/meta';
import type { Location } from '../issues.js';

export const LANGUAGES = ['da', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** A review author. */
export interface Author {
  name: string;
  affiliation?: string;
  email?: string;
  orcid?: string;
}

/** The question as PICO. */
export interface Pico {
  population: string;
  intervention: string;
  comparator: string;
  /** Ids of the outcomes (see {@link Outcome}) the question is about. */
  outcomes: string[];
}

/** Eligibility criteria, as lists of plain statements. */
export interface Eligibility {
  /** Designs that are eligible (e.g. "randomised trials, parallel or crossover"). */
  designs: string[];
  include: string[];
  exclude: string[];
}

/** PRISMA 2020 separates databases, trial registers and other methods (citation searching, websites, experts). */
export const SEARCH_KINDS = ['database', 'register', 'other'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

/** One search of one source. */
export interface Search {
  id: string;
  /** The source searched: "PubMed", "CENTRAL", "ClinicalTrials.gov", "Reference lists". */
  source: string;
  kind: SearchKind;
  /** The query as run (verbatim). */
  query?: string;
  /** Date the search was run, ISO 8601 (YYYY-MM-DD, YYYY-MM or YYYY). */
  date: string;
  /** Number of records the search returned. */
  hits: number;
  /** Export files of the records, relative to the review folder (normally under records/). */
  records: string[];
  notes?: string;
  /** Where the item was read from; absent for items built in code. */
  at?: Location;
}

export const OUTCOME_KINDS = ['continuous', 'binary'] as const;
export type OutcomeKind = (typeof OUTCOME_KINDS)[number];

export const DIRECTIONS = ['higher-is-better', 'lower-is-better'] as const;
export type Direction = (typeof DIRECTIONS)[number];

export const IMPORTANCE = ['critical', 'important', 'not-important'] as const;
export type Importance = (typeof IMPORTANCE)[number];

/** An outcome of the review. */
export interface Outcome {
  id: string;
  name: string;
  kind: OutcomeKind;
  /** Whether higher values (or more events) are good or bad for participants. */
  direction: Direction;
  /** Unit of a continuous outcome ("cramps per week"). */
  unit?: string;
  /**
   * Minimal important difference on the scale of the analyses of this outcome: a difference in `unit` for MD, in SD
   * units for SMD, a risk difference for RD, and a ratio above 1 for RR and OR (1.25 means 0.8 and 1.25).
   */
  mid?: number;
  /** When the outcome is measured ("4 weeks"). */
  timepoint?: string;
  /** GRADE importance of the outcome to patients. */
  importance?: Importance;
  description?: string;
  /** Where the item was read from; absent for items built in code. */
  at?: Location;
}

/** A comparison of an intervention with a comparator. */
export interface Comparison {
  id: string;
  intervention: string;
  comparator: string;
  /** Where the item was read from; absent for items built in code. */
  at?: Location;
}

export const CONTINUOUS_MEASURES = ['MD', 'SMD'] as const;
export const BINARY_MEASURES = ['RR', 'OR', 'RD'] as const;
export const EFFECT_MEASURES = [...CONTINUOUS_MEASURES, ...BINARY_MEASURES] as const;
export type EffectMeasure = (typeof EFFECT_MEASURES)[number];

export const MODELS = ['random', 'common'] as const;
export type Model = (typeof MODELS)[number];

/** What a sensitivity analysis changes relative to its main analysis. */
export interface Sensitivity {
  id: string;
  description: string;
  /** Studies to leave out, by id. */
  excludeStudies: string[];
  /** Leave out results whose overall RoB 2 judgement is one of these. */
  excludeRob: ('high' | 'some-concerns')[];
  /** Leave out studies of these designs. */
  excludeDesigns: Design[];
  model?: Model;
  method?: Tau2Method;
  test?: TestType;
  /** Within-person correlation assumed for crossover trials reported per treatment. */
  crossoverCorrelation?: number;
}

export const DESIGNS = ['parallel', 'crossover', 'cluster'] as const;
export type Design = (typeof DESIGNS)[number];

/** A planned meta-analysis of one outcome in one comparison. */
export interface Analysis {
  id: string;
  title?: string;
  outcome: string;
  comparison: string;
  measure: EffectMeasure;
  /** Random effects (default) or a common (equal) effect. */
  model: Model;
  /** τ² estimator for random effects; REML when not given. */
  method?: Tau2Method;
  /** z tests (default) or Knapp–Hartung. */
  test?: TestType;
  /** Only data recorded at this time point (data entries carry their own `timepoint`). */
  timepoint?: string;
  /** Only these studies; all with data for the outcome when not given. */
  studies?: string[];
  /** Key of the study `subgroups` map to split the analysis by. */
  subgroup?: string;
  /** Within-person correlation assumed for crossover trials reported per treatment (no default: it must be chosen). */
  crossoverCorrelation?: number;
  sensitivity: Sensitivity[];
  /** Where the item was read from; absent for items built in code. */
  at?: Location;
}
