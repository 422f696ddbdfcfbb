/** What every τ² estimator receives: the outcomes, their sampling variances and the design, all k rows long. */
export interface Tau2Input {
  y: Float64Array;
  v: Float64Array;
  /** Design matrix as p columns of length k (the first usually the intercept). */
  X: Float64Array[];
  control: Tau2Control;
}

/** Settings of the iterative estimators (ML, REML, EB, PM) and root finders. */
export interface Tau2Control {
  /** Convergence threshold on the change of τ² between iterations (default 1e-10). */
  threshold: number;
  /** Iteration limit (default 1000). */
  maxIter: number;
  /** Starting value for the iterative estimators; by default the Hedges (HE) estimate. */
  tau2Init?: number;
}

/** What every τ² estimator returns. */
export interface Tau2Estimate {
  /** The estimate, truncated at zero. */
  tau2: number;
  /** Its standard error: from the information matrix for ML and REML, by the delta method for the others. */
  se: number;
  /** Iterations used by iterative estimators (0 for closed forms). */
  iterations: number;
}

export const defaultTau2Control: Tau2Control = { threshold: 1e-10, maxIter: 1000 };
