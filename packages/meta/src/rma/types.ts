import type { Moderator } from '../design.js';
import type { Matrix } from '../linalg.js';
import type { Tau2Control } from '../tau2/types.js';

/** τ² estimators (metafor's `method`). */
export const TAU2_METHODS = ['DL', 'HE', 'HS', 'SJ', 'ML', 'REML', 'EB', 'PM'] as const;
export type Tau2Method = (typeof TAU2_METHODS)[number];
/** Inverse-variance models: equal effects ("EE", alias "FE") or random effects with a τ² estimator. */
export type IvMethod = 'EE' | Tau2Method;
/** Inference for the coefficients: normal (z) or Knapp–Hartung (t with k − p df and a scaled covariance). */
export type TestType = 'z' | 'knha';

export interface RmaOptions {
  /** Observed effect sizes. Missing values (null, NaN) drop the study with a warning. */
  yi: readonly (number | null | undefined)[];
  /** Sampling variances (give this or `sei`). */
  vi?: readonly (number | null | undefined)[];
  /** Standard errors; vi = sei². */
  sei?: readonly (number | null | undefined)[];
  /** Moderators (meta-regression); each adds one column, or levels − 1 columns when categorical. */
  mods?: readonly Moderator[];
  /** Default "REML". "FE" is accepted as an alias of "EE". */
  method?: IvMethod | 'FE';
  /** Default "z". */
  test?: TestType;
  /** Confidence level in percent, default 95. */
  level?: number;
  /** Fix τ² at this value instead of estimating it. */
  tau2?: number;
  /** Row numbers to name in messages (default 1, 2, …), e.g. the file's line numbers. */
  rows?: readonly number[];
  /** Study labels, carried into the result. */
  slab?: readonly string[];
  control?: Partial<Tau2Control>;
}

/** A fitted inverse-variance model; fields follow metafor's `rma.uni` value. */
export interface RmaResult {
  model: 'rma.uni';
  method: IvMethod;
  test: TestType;
  level: number;
  /** Studies used. */
  k: number;
  /** Coefficients. */
  p: number;
  /** Coefficient names ("intrcpt", moderators). */
  names: string[];
  /** Estimates b = (X'WX)⁻¹X'Wy, W = diag(1/(vᵢ + τ²)). */
  beta: number[];
  /** Standard errors √diag(vb). */
  se: number[];
  /** Test statistics b/se (z or t). */
  zval: number[];
  /** Two-sided p-values. */
  pval: number[];
  ciLb: number[];
  ciUb: number[];
  /** Covariance of b: (X'WX)⁻¹, times s² under Knapp–Hartung. */
  vb: Matrix;
  /** Degrees of freedom of the t and F tests (k − p) under Knapp–Hartung, null for z. */
  ddf: number | null;
  /** Knapp–Hartung scale factor s² = Σwᵢeᵢ²/(k − p) (1 under z). */
  s2: number;
  /** Estimated (or fixed) τ²; 0 for equal-effects models. */
  tau2: number;
  /** Standard error of τ², null when τ² is not estimated. */
  seTau2: number | null;
  /** Iterations used by an iterative τ² estimator. */
  tau2Iterations: number;
  /** True when τ² was fixed by the `tau2` option rather than estimated (refits such as leave-one-out keep it fixed). */
  tau2Fixed?: boolean;
  /** The τ² estimator settings the fit used, so that refits use the same ones. */
  control?: Tau2Control;
  /** Cochran's Q (test for residual heterogeneity, QE with moderators), with the fixed weights 1/vᵢ. */
  QE: number;
  QEdf: number;
  QEp: number;
  /** Omnibus test of the moderators (coefficients 2…p); χ² with p − 1 df, or F(p − 1, k − p) under Knapp–Hartung. */
  QM: number | null;
  QMdf: [number, number | null] | null;
  QMp: number | null;
  /** I² in percent: τ²/(τ² + s²)·100 with the typical within-study variance s² = (k − p)/tr(P); (Q − df)/Q for EE. */
  I2: number;
  /** H² = (τ² + s²)/s²; Q/df for EE. */
  H2: number;
  /** Typical within-study variance (Higgins & Thompson 2002, eq. 9). */
  vt: number;
  /** Prediction interval for a new study (intercept-only models): b ± crit·√(se² + τ²). */
  piLb: number | null;
  piUb: number | null;
  /** Weights in percent (intercept-only meaning: share of Σwᵢ). */
  weights: number[];
  yi: number[];
  vi: number[];
  /** Model matrix columns of the studies used. */
  X: Float64Array[];
  /** Row numbers (as given in `rows`, default 1-based) of the studies used. */
  rows: number[];
  slab: string[];
  warnings: string[];
}
