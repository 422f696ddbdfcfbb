/**
 * Leave-one-out analysis (metafor's `leave1out`): the model refitted k times, each time without one study, with the
 * same τ² estimator (or fixed τ²), test, level and control. Shows how much the pooled estimate, its interval and the
 * heterogeneity depend on any single study (Viechtbauer & Cheung 2010, Res Synth Methods 1:112).
 */
import { MetaError } from '../errors.js';
import type { RmaResult } from '../rma/types.js';
import { allBut, requireInterceptOnly, tryRefit } from './refit.js';
import { addRow, emptyTable, type RefitTable } from './refit-table.js';

/**
 * Row i holds the model fitted without study i (in the order of `fit.yi`); `rows` names the study left out.
 * @example
 * const fit = rma({ yi: [-0.89, -1.59, -1.35, -1.44], vi: [0.33, 0.19, 0.42, 0.02], method: 'DL' });
 * leaveOneOut(fit).estimate; // pooled estimate without study 1, 2, 3, 4
 */
export function leaveOneOut(fit: RmaResult): RefitTable {
  requireInterceptOnly(fit, 'leaveOneOut');
  if (fit.k < 2) {
    throw new MetaError('too_few_studies', `leaving one study out needs at least 2 studies (k = ${fit.k})`);
  }
  const table = emptyTable();
  for (let i = 0; i < fit.k; i++) addRow(table, tryRefit(fit, allBut(fit.k, i)), fit.rows[i], fit.slab[i]);
  return table;
}
