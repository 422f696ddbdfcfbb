/**
 * Outcome data per study and arm as papers report them (data.yaml), each with the conversion to use when the shape
 * is not directly analysable. One entry is one result: a study, an outcome, a time point.
 */
import type { Location } from '../issues.js';
import type { EffectMeasure } from './protocol.js';

/** How an arm summary is turned into a mean and SD (or used as it is). */
export const ARM_CONVERSIONS = ['none', 'sd-from-se', 'sd-from-ci', 'sd-from-ci-t', 'luo-wan'] as const;
export type ArmConversion = (typeof ARM_CONVERSIONS)[number];

/**
 * One arm's summary in the shape reported: events and n (binary); mean, SD and n; mean, SE and n; mean, CI and n;
 * or median with the quartiles and/or the range and n.
 */
export interface ArmData {
  /** Arm id in studies.yaml; the role's arm when not given. */
  arm?: string;
  n?: number;
  events?: number;
  mean?: number;
  sd?: number;
  /** Standard error of the arm's mean. */
  se?: number;
  /** Confidence interval of the arm's mean, [lower, upper]. */
  ci?: [number, number];
  /** Level of `ci`, 0.95 when not given. */
  ciLevel?: number;
  median?: number;
  q1?: number;
  q3?: number;
  min?: number;
  max?: number;
  /** Conversion to a mean and SD: required unless the arm gives events and n, or mean, SD and n. */
  conversion?: ArmConversion;
}

/** How the SE of an effect estimate is obtained. */
export const EFFECT_CONVERSIONS = ['none', 'se-from-ci', 'se-from-ci-t', 'se-from-p', 'se-from-p-t'] as const;
export type EffectConversion = (typeof EFFECT_CONVERSIONS)[number];

/** A between-group effect estimate as reported (generic inverse variance). */
export interface EffectData {
  measure: EffectMeasure;
  /** The estimate on its natural scale (a ratio for RR and OR). */
  estimate: number;
  se?: number;
  ci?: [number, number];
  ciLevel?: number;
  /** Exact two-sided P value. */
  p?: number;
  /** Degrees of freedom for the t-based conversions. */
  df?: number;
  /** Participants analysed in each group, for the participant count. */
  nIntervention?: number;
  nComparator?: number;
  conversion?: EffectConversion;
}

/** How the SE of a paired (within-person) difference is obtained. */
export const PAIRED_CONVERSIONS = [
  'none',
  'se-from-sd',
  'se-from-ci',
  'se-from-ci-t',
  'se-from-t',
  'se-from-p-t',
] as const;
export type PairedConversion = (typeof PAIRED_CONVERSIONS)[number];

/** A crossover trial's paired mean difference (intervention minus comparator) with one measure of its precision. */
export interface PairedData {
  md: number;
  /** SD of the within-person differences. */
  sd?: number;
  se?: number;
  ci?: [number, number];
  ciLevel?: number;
  /** Paired t statistic. */
  t?: number;
  /** Exact two-sided P value of the paired t test. */
  p?: number;
  /** Participants contributing both periods. */
  n?: number;
  conversion?: PairedConversion;
}

/** One sequence of a crossover trial with the outcome under each treatment (period data). */
export interface SequenceData {
  /** Sequence id in studies.yaml. */
  sequence: string;
  intervention: ArmData;
  comparator: ArmData;
}

/** The shapes an entry can take; exactly one is given. */
export const DATA_SHAPES = ['arms', 'effect', 'paired', 'sequences'] as const;
export type DataShape = (typeof DATA_SHAPES)[number];

/** A change of unit applied to a continuous result before analysis, and why. */
export interface Rescale {
  factor: number;
  reason: string;
}

/** One result of one study for one outcome. */
export interface OutcomeData {
  study: string;
  outcome: string;
  /** Comparison id; may be left out when the review has one comparison. */
  comparison?: string;
  timepoint?: string;
  /** Where in the report the numbers are ("Table 2", "abstract"). */
  source?: string;
  notes?: string;
  /** Per-arm summaries (parallel trials), or per-treatment summaries (crossover trials). */
  arms?: { intervention: ArmData; comparator: ArmData };
  effect?: EffectData;
  paired?: PairedData;
  sequences?: SequenceData[];
  /** Within-person correlation for a crossover reported per treatment or per sequence; overrides the analysis. */
  correlation?: number;
  /**
   * Multiplies every reported value on the outcome's scale (means, SDs, SEs, quantiles, CIs, differences) before
   * analysis, e.g. 0.25 for cramps per 4 weeks as cramps per week. Continuous outcomes only.
   */
  rescale?: Rescale;
  /** Where the item was read from; absent for items built in code. */
  at?: Location;
}
