/**
 * The forest plot's input: plain data, every number already computed (by the engine, through
 * {@link forestFromRma} / {@link forestFromSubgroups}, or by a later review layer). The figure draws; it does not
 * estimate anything.
 */
import type { AxisSpec } from '../axis.js';
import type { Lang } from '../format.js';
import type { RobAssessment, RobDomain } from '../rob/judgement.js';

/** Per-arm data columns, in RevMan's order: events and total (dichotomous), or mean, SD and total (continuous). */
export const ARM_COLUMNS = ['events', 'mean', 'sd', 'total'] as const;
export type ArmColumn = (typeof ARM_COLUMNS)[number];

/** A cell: a number is printed in the figure's language (decimal comma in Danish), a string exactly as given. */
export type ArmCell = number | string;

/** One study's (or a subtotal's) cells for the two arms, one per entry of `armColumns`. */
export interface ArmCells {
  experimental: readonly ArmCell[];
  control: readonly ArmCell[];
}

export interface ForestStudy {
  label: string;
  arms?: ArmCells;
  /** The effect on the analysis scale (log for ratio measures). */
  yi: number;
  /** Sampling variance; with `level` it gives the interval yi ± z·√vi when `ci` is not given. */
  vi?: number;
  /** Confidence limits on the analysis scale. */
  ci?: readonly [number, number];
  /** Weight in percent of the total analysis. */
  weight: number;
  rob?: RobAssessment;
}

export interface ForestHeterogeneity {
  /** τ², left out of the line for equal-effects (fixed) models. */
  tau2?: number;
  chi2: number;
  df: number;
  p: number;
  /** I² in percent. */
  i2: number;
}

export interface ForestEffectTest {
  /** "Z" for the normal test, "t" under Knapp–Hartung. */
  statistic: 'Z' | 't';
  value: number;
  p: number;
}

/** A pooled result (subtotal or total), on the analysis scale. */
export interface ForestPooled {
  estimate: number;
  ciLb: number;
  ciUb: number;
  /** Weight in percent of the total analysis (100 for the total). */
  weight: number;
  /** Arm totals shown on the subtotal row, one per arm column (blank where undefined). */
  totals?: { experimental: readonly (ArmCell | undefined)[]; control: readonly (ArmCell | undefined)[] };
  /** Event counts for the "Total events" row (dichotomous data). */
  events?: { experimental: number; control: number };
  /** Prediction interval for a new study (random-effects models). */
  prediction?: readonly [number, number];
  heterogeneity?: ForestHeterogeneity;
  test?: ForestEffectTest;
}

export interface ForestSection {
  /** Subgroup heading; leave out for an analysis without subgroups. */
  heading?: string;
  studies: readonly ForestStudy[];
  /** The subgroup's pooled result; leave out for an analysis without subgroups. */
  subtotal?: ForestPooled;
}

export interface ForestInput {
  lang?: Lang;
  /** Ratio measure: analysis values are logs, the axis is logarithmic, numbers are shown as ratios. */
  log: boolean;
  /** Effect measure's name, as "Risk Ratio". */
  effectLabel: string;
  /** Method and interval, as "IV, Random, 95% CI". */
  methodLabel: string;
  /** Confidence level in percent, default 95 (used for study intervals from vi and for the row labels). */
  level?: number;
  /** Names of the two arms (column group headers and the default "Favours" labels). */
  armLabels?: { experimental: string; control: string };
  /** Which per-arm columns the studies' `arms` cells fill; none when left out. */
  armColumns?: readonly ArmColumn[];
  sections: readonly ForestSection[];
  overall?: ForestPooled;
  /** Test for subgroup differences. */
  subgroupTest?: { chi2: number; df: number; p: number; i2: number };
  /** Risk-of-bias columns, in this order; by default the domains present in the studies' assessments. */
  robDomains?: readonly RobDomain[];
  /** Texts under the axis, left and right of the null line. */
  favours?: { left: string; right: string };
  /** Axis ticks on the display scale; chosen from the data when left out. */
  axis?: AxisSpec;
  /** Decimals of estimates and intervals (default 2). */
  decimals?: number;
  /** Accessible title; a default names the measure. */
  title?: string;
}
