/**
 * The inverse-variance meta-analytic model (metafor's `rma.uni`): equal-effects or random-/mixed-effects with one of
 * eight τ² estimators, z or Knapp–Hartung tests, Q, I², H², the omnibus moderator test and the prediction interval.
 * Phases: setup (prepare.ts), design, τ², coefficients, tests, heterogeneity.
 */
import { designMatrix } from '../design.js';
import { pvalueT, pvalueZ, qnorm, qt } from '../distributions.js';
import { MetaError, oneOf } from '../errors.js';
import { tau2DL } from '../tau2/dl.js';
import { tau2ML, tau2REML } from '../tau2/fisher-scoring.js';
import { tau2HE } from '../tau2/he.js';
import { tau2HS } from '../tau2/hs.js';
import { tau2EB, tau2PM } from '../tau2/pm.js';
import { tau2SJ } from '../tau2/sj.js';
import { defaultTau2Control, type Tau2Estimate, type Tau2Input } from '../tau2/types.js';
import { reWeights, sum, wls } from '../wls.js';
import { heterogeneity } from './heterogeneity.js';
import { moderatorTest } from './moderator-test.js';
import { prepare } from './prepare.js';
import { type IvMethod, type RmaOptions, type RmaResult, TAU2_METHODS, type Tau2Method } from './types.js';

const ESTIMATORS: Record<Tau2Method, (input: Tau2Input) => Tau2Estimate> = {
  DL: tau2DL,
  HE: tau2HE,
  HS: tau2HS,
  SJ: tau2SJ,
  ML: tau2ML,
  REML: tau2REML,
  EB: tau2EB,
  PM: tau2PM,
};

const METHODS = ['EE', 'FE', ...TAU2_METHODS] as const;

/**
 * Fits the model.
 * @example
 * const r = rma({ yi: [-0.89, -1.59, -1.35, -1.44, -0.22], vi: [0.33, 0.19, 0.42, 0.02, 0.05], method: 'DL' });
 * [r.beta[0], r.se[0], r.tau2, r.I2]; // → [-1.0677, 0.3431, 0.4246, 82.43] (rounded)
 */
export function rma(options: RmaOptions): RmaResult {
  const picked = oneOf('method', options.method ?? 'REML', METHODS);
  const method: IvMethod = picked === 'FE' ? 'EE' : picked;
  const test = oneOf('test', options.test ?? 'z', ['z', 'knha'] as const);
  const level = options.level ?? 95;
  if (!(level > 0 && level < 100)) {
    throw new MetaError('invalid_argument', `level must be between 0 and 100 (got ${level})`, { column: 'level' });
  }
  const control = { ...defaultTau2Control, ...options.control };
  const prep = prepare(options);
  const { y, v, warnings } = prep;
  const { X, names } = designMatrix(prep.mods, prep.keep);
  const k = y.length;
  const p = X.length;
  if (k < p) {
    throw new MetaError('too_few_studies', `${k} studies cannot estimate ${p} coefficients (${names.join(', ')})`);
  }
  if (test === 'knha' && k - p < 1) {
    throw new MetaError('too_few_studies', `the Knapp-Hartung test needs more studies than coefficients (k = ${k})`);
  }

  // τ²
  let tau2 = 0;
  let seTau2: number | null = null;
  let tau2Iterations = 0;
  if (options.tau2 !== undefined) {
    if (!(Number.isFinite(options.tau2) && options.tau2 >= 0)) {
      throw new MetaError('invalid_argument', `tau2 must be zero or positive (got ${options.tau2})`);
    }
    tau2 = options.tau2;
  } else if (method !== 'EE') {
    if (k - p < 1) {
      warnings.push(`tau2 cannot be estimated from ${k} ${k === 1 ? 'study' : 'studies'}; it is set to 0`);
    } else {
      const est = ESTIMATORS[method]({ y, v, X, control });
      tau2 = est.tau2;
      seTau2 = est.se;
      tau2Iterations = est.iterations;
    }
  }

  // Coefficients and tests
  const w = reWeights(v, tau2);
  const fit = wls(y, X, w);
  let s2 = 1;
  let ddf: number | null = null;
  if (test === 'knha') {
    ddf = k - p;
    s2 = fit.rss / ddf;
  }
  const vb = fit.XtWXinv.map((row) => row.map((x) => x * s2));
  const se = vb.map((row, i) => Math.sqrt(row[i]));
  const zval = fit.b.map((b, i) => b / se[i]);
  const pval = zval.map((z) => (ddf === null ? pvalueZ(z) : pvalueT(z, ddf)));
  const crit = ddf === null ? qnorm(1 - (1 - level / 100) / 2) : qt(1 - (1 - level / 100) / 2, ddf);
  const ciLb = fit.b.map((b, i) => b - crit * se[i]);
  const ciUb = fit.b.map((b, i) => b + crit * se[i]);
  const qm = moderatorTest(fit.b, vb, ddf);

  const het = heterogeneity(y, v, X, method === 'EE' ? null : tau2);
  if (k === 1) warnings.push('only one study: the pooled estimate is that study’s estimate');

  const intercept = p === 1;
  const sw = sum(w);
  return {
    model: 'rma.uni',
    method,
    test,
    level,
    k,
    p,
    names,
    beta: fit.b,
    se,
    zval,
    pval,
    ciLb,
    ciUb,
    vb,
    ddf,
    s2,
    tau2,
    seTau2,
    tau2Iterations,
    tau2Fixed: options.tau2 !== undefined,
    control,
    ...het,
    QM: qm?.QM ?? null,
    QMdf: qm?.QMdf ?? null,
    QMp: qm?.QMp ?? null,
    piLb: intercept ? fit.b[0] - crit * Math.sqrt(vb[0][0] + tau2) : null,
    piUb: intercept ? fit.b[0] + crit * Math.sqrt(vb[0][0] + tau2) : null,
    weights: Array.from(w, (x) => (100 * x) / sw),
    yi: Array.from(y),
    vi: Array.from(v),
    X,
    rows: prep.rows,
    slab: prep.slab,
    warnings,
  };
}
