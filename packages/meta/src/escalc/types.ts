/** Effect-size measures (metafor's `measure` names). */
export const MEASURES = ['RR', 'OR', 'RD', 'PETO', 'MD', 'SMD', 'ROM', 'PR', 'PLO', 'ZCOR', 'GEN'] as const;
export type Measure = (typeof MEASURES)[number];

/** When the continuity correction is added (metafor's `to`). */
export const CORRECTION_TARGETS = ['only0', 'all', 'if0all', 'none'] as const;
export type CorrectionTarget = (typeof CORRECTION_TARGETS)[number];

/** Input columns by name, one value per study; null or undefined marks a missing value. */
export type Columns = Record<string, readonly (number | null | undefined)[]>;

export interface EscalcOptions {
  measure: Measure;
  /** Columns with metafor's names: ai bi ci di (or ai n1i ci n2i), m1i sd1i n1i m2i sd2i n2i, xi ni, ri ni, yi vi|sei. */
  data: Columns;
  /** Continuity correction added to the cells of 2×2 tables and proportions (default 1/2). */
  add?: number;
  /** Which studies get the correction (default "only0": those with a zero cell). */
  to?: CorrectionTarget;
  /** Drop studies with no events (or no non-events) in both groups (default false, as metafor). */
  drop00?: boolean;
  /** Row numbers to name in messages (default 1, 2, …). */
  rows?: readonly number[];
}

/** Observed effect sizes and their sampling variances (metafor's `escalc` value). */
export interface EscalcResult {
  measure: Measure;
  /** Effect sizes on the analysis scale (log for RR, OR, PETO, ROM; logit for PLO; Fisher's z for ZCOR); null where not computable. */
  yi: (number | null)[];
  /** Sampling variances; null where not computable. */
  vi: (number | null)[];
  /** Whether the continuity correction was added to the study. */
  corrected: boolean[];
  rows: number[];
  warnings: string[];
}

/** One study's cells, already checked; the function returns [yi, vi]. */
export type StudyFormula = (cells: Record<string, number>) => [number, number];
