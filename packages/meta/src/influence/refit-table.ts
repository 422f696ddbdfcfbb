/**
 * The table that leave-one-out and cumulative analyses return: one refit per row, the columns of metafor's
 * `list.rma` (estimate, se, zval, pval, ci.lb, ci.ub, Q, Qp, tau2, I2, H2). Rows are added one refit at a time and
 * only these numbers are kept, so memory stays linear in k however many refits there are.
 */
import type { RmaResult } from '../rma/types.js';

export interface RefitTable {
  /** Row number (as in the fit's `rows`) of the study left out, or added, in this row. */
  rows: number[];
  slab: string[];
  /** Pooled estimate of the refit; null where the refit could not be made. */
  estimate: (number | null)[];
  se: (number | null)[];
  /** Test statistic: z, or t with `ddf` degrees of freedom under Knapp–Hartung. */
  zval: (number | null)[];
  pval: (number | null)[];
  ciLb: (number | null)[];
  ciUb: (number | null)[];
  /** Cochran's Q of the refit and its p-value. */
  Q: (number | null)[];
  Qp: (number | null)[];
  tau2: (number | null)[];
  I2: (number | null)[];
  H2: (number | null)[];
  /** Degrees of freedom of the t test (null for z, including single-study refits of a Knapp–Hartung model). */
  ddf: (number | null)[];
}

export function emptyTable(): RefitTable {
  return {
    rows: [],
    slab: [],
    estimate: [],
    se: [],
    zval: [],
    pval: [],
    ciLb: [],
    ciUb: [],
    Q: [],
    Qp: [],
    tau2: [],
    I2: [],
    H2: [],
    ddf: [],
  };
}

/** Appends the numbers of one refit (null: it failed) under the study's row number and label. */
export function addRow(table: RefitTable, fit: RmaResult | null, row: number, slab: string): void {
  table.rows.push(row);
  table.slab.push(slab);
  table.estimate.push(fit ? fit.beta[0] : null);
  table.se.push(fit ? fit.se[0] : null);
  table.zval.push(fit ? fit.zval[0] : null);
  table.pval.push(fit ? fit.pval[0] : null);
  table.ciLb.push(fit ? fit.ciLb[0] : null);
  table.ciUb.push(fit ? fit.ciUb[0] : null);
  table.Q.push(fit ? fit.QE : null);
  table.Qp.push(fit ? fit.QEp : null);
  table.tau2.push(fit ? fit.tau2 : null);
  table.I2.push(fit ? fit.I2 : null);
  table.H2.push(fit ? fit.H2 : null);
  table.ddf.push(fit ? fit.ddf : null);
}
