/** Stable names of the crossover methods; each result carries one of them. */
export type CrossoverMethod =
  | 'paired-sd'
  | 'paired-se'
  | 'paired-ci-normal'
  | 'paired-ci-t'
  | 'paired-t'
  | 'paired-p'
  | 'paired-imputed-correlation'
  | 'paired-smd-arms'
  | 'paired-smd-difference'
  | 'implied-correlation'
  | 'correlation-sensitivity';

/** A within-person (paired) mean difference from a crossover trial, ready for generic inverse-variance pooling. */
export interface CrossoverEstimate {
  /** Mean within-person difference, experimental minus control. */
  md: number;
  /** Standard error of `md`, accounting for the pairing. */
  se: number;
  /** Standard deviation of the within-person differences; undefined when n was not given. */
  sdDiff: number | undefined;
  /** Number of participants contributing both periods; undefined when not given. */
  n: number | undefined;
  /** Machine-readable name of the method used. */
  method: CrossoverMethod;
  /** One sentence saying what was computed and where the formula comes from. */
  description: string;
}

/** Per-treatment summaries of a two-period crossover trial, as often reported instead of a paired analysis. */
export interface CrossoverArms {
  /** Mean outcome under the experimental treatment. */
  meanE: number;
  /** Standard deviation of the outcome under the experimental treatment. */
  sdE: number;
  /** Mean outcome under the control treatment. */
  meanC: number;
  /** Standard deviation of the outcome under the control treatment. */
  sdC: number;
  /** Number of participants with measurements under both treatments, at least 2. */
  n: number;
}
