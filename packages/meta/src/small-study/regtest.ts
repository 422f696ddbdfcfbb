/**
 * Egger's regression test for funnel plot asymmetry (Egger et al. 1997, BMJ 315:629; metafor's `regtest`): the
 * predictor (standard error √vᵢ by default, or the variance vᵢ) is added to the model's moderators and its
 * coefficient tested. Model "rma" refits the meta-regression yᵢ = xᵢ'β + β_s·sᵢ + uᵢ + εᵢ with the fit's τ²
 * estimator (or fixed τ²), test, level and control (Sterne & Egger 2005, in Publication Bias in Meta-Analysis);
 * model "lm" is the classical test, weighted least squares with weights 1/vᵢ and a multiplicative dispersion σ²,
 * i.e. an equal-effects model with the Knapp–Hartung scale s² = Σwᵢeᵢ²/(k − p) and t tests on k − p df. Without
 * moderators the intercept is the "limit estimate", the effect expected at infinite precision (sᵢ → 0; PET/PEESE of
 * Stanley & Doucouliagos 2014, Res Synth Methods 5:60).
 */
import { MetaError, oneOf } from '../errors.js';
import { designMods, modelSettings } from '../influence/refit.js';
import { rma } from '../rma/fit.js';
import type { RmaResult } from '../rma/types.js';

export interface RegtestOptions {
  /** "rma" (default): the fit's own model; "lm": weighted regression with multiplicative dispersion. */
  model?: 'rma' | 'lm';
  /** "sei" (default, Egger's test / PET) or "vi" (PEESE). */
  predictor?: 'sei' | 'vi';
}

export interface RegtestResult {
  model: 'rma' | 'lm';
  predictor: 'sei' | 'vi';
  /** Test statistic of the predictor's coefficient: z, or t with `df` degrees of freedom. */
  zval: number;
  pval: number;
  df: number | null;
  /** Limit estimate (the intercept) and its confidence interval; null when the model has moderators. */
  est: number | null;
  ciLb: number | null;
  ciUb: number | null;
  /** The regression that was fitted; the predictor is its last coefficient. */
  fit: RmaResult;
}

/**
 * @example
 * const fit = rma({ yi: [0.1, 0.3, 0.35, 0.6, 0.2], vi: [0.01, 0.02, 0.04, 0.08, 0.03], method: 'DL' });
 * regtest(fit).pval;                 // mixed-effects version
 * regtest(fit, { model: 'lm' }).est; // classical Egger test, limit estimate
 */
export function regtest(fit: RmaResult, options: RegtestOptions = {}): RegtestResult {
  const model = oneOf('model', options.model ?? 'rma', ['rma', 'lm'] as const);
  const predictor = oneOf('predictor', options.predictor ?? 'sei', ['sei', 'vi'] as const);
  // One residual degree of freedom at least once the predictor is in the model.
  if (fit.k < fit.p + 2) {
    throw new MetaError(
      'too_few_studies',
      `the regression test needs at least ${fit.p + 2} studies with ${fit.p} coefficient${fit.p === 1 ? '' : 's'} in the model (k = ${fit.k})`,
    );
  }
  const all = fit.yi.map((_, i) => i);
  const values = predictor === 'sei' ? fit.vi.map(Math.sqrt) : fit.vi;
  const settings = model === 'rma' ? modelSettings(fit) : { method: 'EE' as const, test: 'knha' as const };
  let reg: RmaResult;
  try {
    reg = rma({
      ...settings,
      level: fit.level,
      yi: fit.yi,
      vi: fit.vi,
      mods: [...designMods(fit, all), { name: predictor, values }],
      rows: fit.rows,
      slab: fit.slab,
    });
  } catch (error) {
    if (error instanceof MetaError && error.code === 'singular_design') {
      throw new MetaError(
        'singular_design',
        `the regression test cannot be fitted: ${predictor} is constant or collinear with the moderators (all sampling variances equal?)`,
        { column: 'vi' },
      );
    }
    throw error;
  }
  const j = reg.p - 1;
  const limit = fit.p === 1;
  return {
    model,
    predictor,
    zval: reg.zval[j],
    pval: reg.pval[j],
    df: reg.ddf,
    est: limit ? reg.beta[0] : null,
    ciLb: limit ? reg.ciLb[0] : null,
    ciUb: limit ? reg.ciUb[0] : null,
    fit: reg,
  };
}
