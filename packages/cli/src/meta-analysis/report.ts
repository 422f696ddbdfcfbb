/**
 * The result of `evidens meta` as one plain object: what `--json` prints, and what the text summary is drawn from.
 * Estimates are on the analysis scale (log for RR, OR, PETO, ROM); for those measures the exp_* fields give them
 * back-transformed. With moderators, the top-level estimate, se, test statistic, p-value and CI are the intercept's.
 * Numbers that cannot be computed are null, never NaN.
 */
import type { RmaResult, TableMethodResult } from '@evidens/meta';
import { inLines } from './locate.js';
import { RATIO_MEASURES } from './options.js';

export interface Coefficient {
  name: string;
  estimate: number;
  se: number;
  /** z statistic (test "z") — or `tval` under Knapp–Hartung. */
  zval?: number;
  tval?: number;
  pval: number;
  ci_lb: number;
  ci_ub: number;
}

export interface MetaReport {
  k: number;
  measure: string;
  /** EE, DL, HE, HS, SJ, ML, REML, EB, PM, MH or PETO. */
  method: string;
  /** "z", or "knha" (Knapp–Hartung: t tests with `df` degrees of freedom). */
  test: string;
  /** Confidence level in percent. */
  level: number;
  estimate: number;
  se: number;
  zval?: number;
  tval?: number;
  /** Degrees of freedom of the t and F tests under Knapp–Hartung; null for z tests. */
  df: number | null;
  pval: number;
  ci_lb: number;
  ci_ub: number;
  /** Prediction interval for the true effect of a new study (models without moderators). */
  pi_lb: number | null;
  pi_ub: number | null;
  tau2: number;
  tau2_se: number | null;
  tau: number;
  /** I² in percent. */
  I2: number | null;
  H2: number | null;
  /** Share of τ² accounted for by the moderators, in percent (mixed-effects models; null otherwise). */
  R2: number | null;
  /** Cochran's Q test for (residual) heterogeneity. */
  Q: number;
  Q_df: number;
  Q_p: number;
  coefficients: Coefficient[];
  /** Omnibus test of the moderators (χ² with QM_df df, or F(QM_df, df) under Knapp–Hartung); null without. */
  QM: number | null;
  QM_df: number | null;
  QM_p: number | null;
  exp_estimate?: number;
  exp_ci_lb?: number;
  exp_ci_ub?: number;
  exp_pi_lb?: number | null;
  exp_pi_ub?: number | null;
  /** Cochran–Mantel–Haenszel test and Tarone's test (method MH, measure OR; null otherwise). */
  CMH?: number | null;
  CMH_p?: number | null;
  TA?: number | null;
  TA_df?: number | null;
  TA_p?: number | null;
  warnings: string[];
}

const finite = (x: number | null | undefined): number | null =>
  x !== null && x !== undefined && Number.isFinite(x) ? x : null;

function withExp(report: MetaReport): MetaReport {
  if (!RATIO_MEASURES.includes(report.measure)) return report;
  const exp = (x: number | null) => (x === null ? null : Math.exp(x));
  const { warnings, ...rest } = report;
  return {
    ...rest,
    exp_estimate: Math.exp(report.estimate),
    exp_ci_lb: Math.exp(report.ci_lb),
    exp_ci_ub: Math.exp(report.ci_ub),
    exp_pi_lb: exp(report.pi_lb),
    exp_pi_ub: exp(report.pi_ub),
    warnings,
  };
}

/** From an inverse-variance fit (`rma`) of effect sizes of `measure`. */
export function fromRma(fit: RmaResult, measure: string, warnings: string[], R2: number | null): MetaReport {
  const stat = fit.test === 'knha' ? 'tval' : 'zval';
  const coefficients = fit.names.map((name, i) => ({
    name,
    estimate: fit.beta[i],
    se: fit.se[i],
    [stat]: fit.zval[i],
    pval: fit.pval[i],
    ci_lb: fit.ciLb[i],
    ci_ub: fit.ciUb[i],
  }));
  return withExp({
    k: fit.k,
    measure,
    method: fit.method,
    test: fit.test,
    level: fit.level,
    estimate: fit.beta[0],
    se: fit.se[0],
    [stat]: fit.zval[0],
    df: fit.ddf,
    pval: fit.pval[0],
    ci_lb: fit.ciLb[0],
    ci_ub: fit.ciUb[0],
    pi_lb: fit.piLb,
    pi_ub: fit.piUb,
    tau2: fit.tau2,
    tau2_se: fit.seTau2,
    tau: Math.sqrt(fit.tau2),
    I2: finite(fit.I2),
    H2: finite(fit.H2),
    R2,
    Q: fit.QE,
    Q_df: fit.QEdf,
    Q_p: fit.QEp,
    coefficients,
    QM: fit.QM,
    QM_df: fit.QMdf?.[0] ?? null,
    QM_p: fit.QMp,
    warnings: warnings.map(inLines),
  });
}

/** From the Mantel–Haenszel or Peto method; both are equal-effects methods, so the prediction interval is the CI. */
export function fromTables(fit: TableMethodResult, warnings: string[]): MetaReport {
  const coefficient = {
    name: 'intrcpt',
    estimate: fit.beta[0],
    se: fit.se[0],
    zval: fit.zval[0],
    pval: fit.pval[0],
    ci_lb: fit.ciLb[0],
    ci_ub: fit.ciUb[0],
  };
  const report: MetaReport = withExp({
    k: fit.k,
    measure: fit.measure,
    method: fit.method,
    test: 'z',
    level: fit.level,
    estimate: coefficient.estimate,
    se: coefficient.se,
    zval: coefficient.zval,
    df: null,
    pval: coefficient.pval,
    ci_lb: coefficient.ci_lb,
    ci_ub: coefficient.ci_ub,
    pi_lb: coefficient.ci_lb,
    pi_ub: coefficient.ci_ub,
    tau2: 0,
    tau2_se: null,
    tau: 0,
    I2: finite(fit.I2),
    H2: finite(fit.H2),
    R2: null,
    Q: fit.QE,
    Q_df: fit.QEdf,
    Q_p: fit.QEp,
    coefficients: [coefficient],
    QM: null,
    QM_df: null,
    QM_p: null,
    warnings: warnings.map(inLines),
  });
  if (fit.method !== 'MH') return report;
  const { warnings: w, ...rest } = report;
  return { ...rest, CMH: fit.CMH, CMH_p: fit.CMHp, TA: fit.TA, TA_df: fit.TAdf, TA_p: fit.TAp, warnings: w };
}
