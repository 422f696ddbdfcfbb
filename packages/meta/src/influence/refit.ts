/**
 * Refitting a model to some of its studies with the settings it was fitted with: the τ² estimator, a fixed τ², the
 * test, the confidence level and the estimator control (metafor's leave1out, cumul and influence.rma.uni refit the
 * same way). The design rows of the chosen studies are carried over as numeric columns, so a refit never re-derives
 * factor levels from a subset.
 */
import type { Moderator } from '../design.js';
import { MetaError } from '../errors.js';
import { rma } from '../rma/fit.js';
import type { RmaOptions, RmaResult } from '../rma/types.js';

/** The model part of the options that rebuilt `fit`: everything except the data. */
export type ModelSettings = Pick<RmaOptions, 'method' | 'test' | 'level' | 'tau2' | 'control'>;

/** The settings `fit` was fitted with. */
export function modelSettings(fit: RmaResult): ModelSettings {
  return {
    method: fit.method,
    test: fit.test,
    level: fit.level,
    tau2: fit.tau2Fixed ? fit.tau2 : undefined,
    control: fit.control,
  };
}

/** Throws unless `fit` is an intercept-only (equal- or random-effects) model; `what` names the caller. */
export function requireInterceptOnly(fit: RmaResult, what: string): void {
  if (fit.p !== 1 || fit.names[0] !== 'intrcpt') {
    throw new MetaError(
      'invalid_argument',
      `${what} needs a model without moderators (this one has ${fit.names.join(', ')})`,
      { column: 'mods' },
    );
  }
}

/** The design columns after the intercept, restricted to the studies at positions `idx`, as numeric moderators. */
export function designMods(fit: RmaResult, idx: readonly number[]): Moderator[] {
  return fit.X.slice(1).map((column, j) => ({ name: fit.names[j + 1], values: idx.map((i) => column[i]) }));
}

/**
 * Fits `fit`'s model to the studies at positions `idx` (0-based, in the order of `fit.yi`). A Knapp–Hartung model
 * refitted to no more studies than coefficients has no residual degrees of freedom; metafor then falls back to the
 * z test (e.g. the first step of a cumulative analysis), and so does this.
 */
export function refitSubset(fit: RmaResult, idx: readonly number[], settings = modelSettings(fit)): RmaResult {
  const test = settings.test === 'knha' && idx.length <= fit.p ? 'z' : settings.test;
  return rma({
    ...settings,
    test,
    yi: idx.map((i) => fit.yi[i]),
    vi: idx.map((i) => fit.vi[i]),
    mods: designMods(fit, idx),
    rows: idx.map((i) => fit.rows[i]),
    slab: idx.map((i) => fit.slab[i]),
  });
}

/** {@link refitSubset}, or null when the subset cannot be fitted (singular design, no convergence): metafor's NA. */
export function tryRefit(fit: RmaResult, idx: readonly number[]): RmaResult | null {
  try {
    return refitSubset(fit, idx);
  } catch (error) {
    if (error instanceof MetaError) return null;
    throw error;
  }
}

/** Positions 0…k−1 without `left`. */
export function allBut(k: number, left: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < k; i++) if (i !== left) out.push(i);
  return out;
}
