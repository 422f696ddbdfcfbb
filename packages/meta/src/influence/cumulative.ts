/**
 * Cumulative meta-analysis (metafor's `cumul`; Lau et al. 1995, J Clin Epidemiol 48:45): the studies are added one at
 * a time in a chosen order (by default as given) and the model is refitted after each addition with the fit's
 * settings. Row j holds the model of the first j studies; its `rows` entry names the study added.
 */
import { MetaError } from '../errors.js';
import type { RmaResult } from '../rma/types.js';
import { requireInterceptOnly, tryRefit } from './refit.js';
import { addRow, emptyTable, type RefitTable } from './refit-table.js';

/**
 * The order of addition: `indices`, a permutation of the positions 0…k−1 of the studies in `fit.yi`; or `key`, one
 * number per study in the fit (e.g. the publication year), sorted ascending, ties kept in the given order.
 */
export type CumulativeOrder = { indices: readonly number[] } | { key: readonly number[] };

export interface CumulativeResult extends RefitTable {
  /** Positions (0-based, into `fit.yi`) of the studies in the order they were added. */
  order: number[];
}

function resolveOrder(k: number, order: CumulativeOrder | undefined): number[] {
  const identity = Array.from({ length: k }, (_, i) => i);
  if (order === undefined) return identity;
  const values = 'indices' in order ? order.indices : order.key;
  const what = 'indices' in order ? 'order.indices' : 'order.key';
  if (values.length !== k) {
    throw new MetaError('invalid_argument', `${what} has ${values.length} values but the model has ${k} studies`, {
      column: what,
    });
  }
  if ('key' in order) {
    const bad = values.findIndex((x) => !Number.isFinite(x));
    if (bad >= 0) {
      throw new MetaError('invalid_value', `${what} must be finite numbers (got ${values[bad]} at position ${bad})`, {
        column: what,
      });
    }
    // Array.prototype.sort is stable, so ties stay in the given order (as R's order()).
    return identity.sort((a, b) => values[a] - values[b]);
  }
  const seen = new Set(values);
  if (seen.size !== k || values.some((x) => !Number.isInteger(x) || x < 0 || x >= k)) {
    throw new MetaError('invalid_argument', `${what} must be a permutation of 0…${k - 1}`, { column: what });
  }
  return [...values];
}

/**
 * @example
 * const fit = rma({ yi: [-0.89, -1.59, -1.35], vi: [0.33, 0.19, 0.42], method: 'DL' });
 * cumulative(fit, { key: [1948, 1949, 1960] }).estimate; // after the first, first two, all three studies
 */
export function cumulative(fit: RmaResult, order?: CumulativeOrder): CumulativeResult {
  requireInterceptOnly(fit, 'cumulative');
  const sequence = resolveOrder(fit.k, order);
  const table = emptyTable();
  for (let j = 0; j < sequence.length; j++) {
    const added = sequence[j];
    addRow(table, tryRefit(fit, sequence.slice(0, j + 1)), fit.rows[added], fit.slab[added]);
  }
  return { ...table, order: sequence };
}
