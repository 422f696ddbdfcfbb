/** Result of the Mantel–Haenszel or Peto method (metafor's `rma.mh` / `rma.peto` values). */
export interface TableMethodResult {
  model: 'rma.mh' | 'rma.peto';
  /** OR, RR or RD for Mantel–Haenszel; PETO (log odds ratio) for Peto. */
  measure: 'OR' | 'RR' | 'RD' | 'PETO';
  method: 'MH' | 'PETO';
  level: number;
  /** Tables pooled (with complete data). */
  k: number;
  /** The pooled estimate on the analysis scale (log for OR, RR, PETO), as a one-element array like rma's beta. */
  beta: [number];
  se: [number];
  zval: [number];
  pval: [number];
  ciLb: [number];
  ciUb: [number];
  /** Always 0: both methods are equal-effects methods. */
  tau2: 0;
  /** Test for heterogeneity: Σ(yᵢ − θ̂)²/vᵢ over the studies whose yᵢ can be computed. */
  QE: number;
  QEdf: number;
  QEp: number;
  /** (Q − df)/Q in percent, truncated at 0. */
  I2: number;
  /** Q/df. */
  H2: number;
  /** Cochran–Mantel–Haenszel test (OR only; with continuity correction unless `correct` is false), χ² on 1 df. */
  CMH: number | null;
  CMHp: number | null;
  /** Tarone's test for heterogeneity (OR only), χ² on k − 1 df. */
  TA: number | null;
  /** Degrees of freedom of Tarone's test: informative tables − 1. */
  TAdf: number | null;
  TAp: number | null;
  /** Per-study outcomes and variances (escalc with the continuity correction) used for Q and for plots. */
  yi: (number | null)[];
  vi: (number | null)[];
  rows: number[];
  slab: string[];
  warnings: string[];
}
