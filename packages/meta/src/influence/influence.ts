/**
 * Outlier and influence diagnostics of a fitted model (metafor's `influence.rma.uni`; Viechtbauer & Cheung 2010,
 * Res Synth Methods 1:112): for each study the externally standardised residual, DFFITS, Cook's distance, the
 * covariance ratio, τ² and Q without it, DFBETAS, its hat value and weight. A study is flagged as influential when
 * |DFFITS| > 3√(p/(k − p)), or P(χ²ₚ ≤ Cook's D) > 0.5, or hᵢ > 3p/k, or any |DFBETAS| > 1 (metafor's cut-offs).
 */
import { pchisq } from '../distributions.js';
import { MetaError } from '../errors.js';
import { invertSymmetric } from '../linalg.js';
import type { RmaResult } from '../rma/types.js';
import { deletion, determinant, type FullFit } from './deletion.js';
import { allBut, tryRefit } from './refit.js';

export interface InfluenceResult {
  rows: number[];
  slab: string[];
  /** Coefficient names, the columns of `dfbetas`. */
  names: string[];
  /** Externally standardised (deleted) residuals; null where the model cannot be refitted without the study. */
  rstudent: (number | null)[];
  dffits: (number | null)[];
  cookD: (number | null)[];
  covR: (number | null)[];
  /** τ² and the heterogeneity statistic Q(E) of the refit without the study. */
  tau2Del: (number | null)[];
  QEDel: (number | null)[];
  /** Diagonal of the hat matrix X(X'WX)⁻¹X'W. */
  hat: number[];
  /** Weights in percent. */
  weight: number[];
  /** One row per study, one value per coefficient. */
  dfbetas: (number | null)[][];
  /** Influential by any of the cut-offs. */
  inf: boolean[];
}

/**
 * @example
 * const fit = rma({ yi: [-0.89, -1.59, -1.35, -1.44, -0.22], vi: [0.33, 0.19, 0.42, 0.02, 0.05] });
 * influence(fit).cookD;
 */
export function influence(fit: RmaResult): InfluenceResult {
  const { k, p } = fit;
  if (k <= p) {
    throw new MetaError('too_few_studies', `influence diagnostics need more studies than coefficients (k = ${k})`);
  }
  // s² is dimensionless (about 1 when the model fits); near 0 the studies fit exactly and vb is singular (metafor
  // stops there too).
  if (fit.test === 'knha' && fit.s2 < 1e-12) {
    throw new MetaError(
      'invalid_value',
      'influence diagnostics are undefined under the Knapp-Hartung test when the studies fit the model exactly (s2 = 0)',
      { column: 'test' },
    );
  }
  // vb/s² is (X'WX)⁻¹ whatever the test, so the hat values do not depend on the Knapp–Hartung scaling.
  const hat = fit.yi.map((_, i) => {
    const x = fit.X.map((column) => column[i]);
    const q = x.reduce((s, xa, a) => s + xa * x.reduce((t, xb, b) => t + fit.vb[a][b] * xb, 0), 0);
    return q / fit.s2 / (fit.vi[i] + fit.tau2);
  });
  const full: FullFit = { fit, vbInverse: invertSymmetric(fit.vb), vbDeterminant: determinant(fit.vb), hat };
  const out: InfluenceResult = {
    rows: [...fit.rows],
    slab: [...fit.slab],
    names: [...fit.names],
    rstudent: [],
    dffits: [],
    cookD: [],
    covR: [],
    tau2Del: [],
    QEDel: [],
    hat,
    weight: [...fit.weights],
    dfbetas: [],
    inf: [],
  };
  const dffitsCut = 3 * Math.sqrt(p / (k - p));
  for (let i = 0; i < k; i++) {
    const without = tryRefit(fit, allBut(k, i));
    const d = without ? deletion(full, i, without) : null;
    out.rstudent.push(d ? d.rstudent : null);
    out.dffits.push(d ? d.dffits : null);
    out.cookD.push(d ? d.cookD : null);
    out.covR.push(d ? d.covR : null);
    out.tau2Del.push(without ? without.tau2 : null);
    out.QEDel.push(without ? without.QE : null);
    out.dfbetas.push(d ? d.dfbetas : fit.names.map(() => null));
    out.inf.push(
      hat[i] > (3 * p) / k ||
        (d !== null &&
          (Math.abs(d.dffits) > dffitsCut || pchisq(d.cookD, p) > 0.5 || d.dfbetas.some((x) => Math.abs(x) > 1))),
    );
  }
  return out;
}
