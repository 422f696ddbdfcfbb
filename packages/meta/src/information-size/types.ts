/** Stable names of the information-size methods; each result carries one of them. */
export type InformationSizeMethod =
  | 'wetterslev2008-binary'
  | 'wetterslev2008-continuous'
  | 'wetterslev2009-diversity'
  | 'diversity-adjusted'
  | 'inconsistency-adjusted'
  | 'information-fraction';

/** A required information size: the number of participants a meta-analysis needs for the stated error rates. */
export interface InformationSize {
  /** Required number of participants, both groups together, rounded up to a whole participant. */
  required: number;
  /** The same before rounding up, for further adjustment without compounding rounding. */
  unrounded: number;
  /** Two-sided type I error rate α. */
  alpha: number;
  /** Power 1 − β. */
  power: number;
  /** z_{1−α/2}. */
  zAlpha: number;
  /** z_{1−β}. */
  zBeta: number;
  /** Machine-readable name of the method used. */
  method: InformationSizeMethod;
  /** One sentence saying what was computed and where the formula comes from. */
  description: string;
}
