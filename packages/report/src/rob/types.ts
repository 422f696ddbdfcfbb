import type { Lang } from '../format.js';
import type { RobAssessment, RobDomain } from './judgement.js';

/** One study's risk-of-bias assessment, with its weight in the meta-analysis for a weighted summary. */
export interface RobStudy {
  label: string;
  rob: RobAssessment;
  /** Weight (any positive scale, e.g. percent); used when the summary is weighted. */
  weight?: number;
}

export interface RobFigureInput {
  lang?: Lang;
  studies: readonly RobStudy[];
  /** Domains to show, in this order; by default those present in the assessments, in RoB 2 order. */
  domains?: readonly RobDomain[];
  title?: string;
}

export interface RobSummaryInput extends RobFigureInput {
  /** Weight the bars by the studies' weights (robvis's `weighted = TRUE`); default false. */
  weighted?: boolean;
}
