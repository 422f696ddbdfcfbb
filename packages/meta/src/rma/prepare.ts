/**
 * Setup phase of the inverse-variance model: check the inputs against the allowed values, turn sei into vi, drop
 * studies with a missing outcome, variance or moderator (naming their rows in a warning), and refuse impossible values
 * (a non-positive variance) naming the row.
 */
import { isMissing, type Moderator } from '../design.js';
import { MetaError } from '../errors.js';
import type { RmaOptions } from './types.js';

export interface Prepared {
  y: Float64Array;
  v: Float64Array;
  /** Indices (0-based) of the input studies kept. */
  keep: number[];
  rows: number[];
  slab: string[];
  mods: readonly Moderator[];
  warnings: string[];
}

/** Formats a list of row numbers for a message, shortening long lists. */
export function listRows(rows: readonly number[]): string {
  const shown = rows.slice(0, 10).join(', ');
  return rows.length > 10 ? `${shown} and ${rows.length - 10} more` : shown;
}

export function prepare(options: RmaOptions): Prepared {
  const { yi, vi, sei } = options;
  if ((vi === undefined) === (sei === undefined)) {
    throw new MetaError('invalid_argument', 'give the sampling variances as either vi or sei (exactly one of them)');
  }
  const n = yi.length;
  const variances = vi ?? sei!;
  const varName = vi !== undefined ? 'vi' : 'sei';
  if (variances.length !== n) {
    throw new MetaError('invalid_argument', `${varName} has ${variances.length} values but yi has ${n}`, {
      column: varName,
    });
  }
  const rowsIn = options.rows ?? Array.from({ length: n }, (_, i) => i + 1);
  const mods = options.mods ?? [];
  for (const m of mods) {
    if (m.values.length !== n) {
      throw new MetaError('invalid_argument', `moderator ${m.name} has ${m.values.length} values but yi has ${n}`, {
        column: m.name,
      });
    }
  }
  const keep: number[] = [];
  const dropped: number[] = [];
  const y = new Float64Array(n);
  const v = new Float64Array(n);
  const squared = vi === undefined;
  for (let i = 0; i < n; i++) {
    const yv = yi[i];
    const s = variances[i];
    if (isMissing(yv) || isMissing(s) || (mods.length > 0 && mods.some((m) => isMissing(m.values[i])))) {
      dropped.push(rowsIn[i]);
      continue;
    }
    if (!Number.isFinite(yv)) {
      throw new MetaError('invalid_value', `row ${rowsIn[i]}: yi must be a finite number (got ${yv})`, {
        row: rowsIn[i],
        column: 'yi',
      });
    }
    if (!(Number.isFinite(s) && (s as number) > 0)) {
      throw new MetaError('invalid_value', `row ${rowsIn[i]}: ${varName} must be positive (got ${s})`, {
        row: rowsIn[i],
        column: varName,
      });
    }
    y[keep.length] = yv as number;
    v[keep.length] = squared ? (s as number) * (s as number) : (s as number);
    keep.push(i);
  }
  const warnings: string[] = [];
  if (dropped.length > 0) {
    warnings.push(
      `${dropped.length} ${dropped.length === 1 ? 'study' : 'studies'} with missing values omitted (row ${listRows(dropped)})`,
    );
  }
  if (keep.length === 0) {
    throw new MetaError('too_few_studies', 'no study with complete data to analyse');
  }
  const slab = options.slab ? keep.map((i) => options.slab![i]) : keep.map((i) => `Study ${rowsIn[i]}`);
  return {
    y: y.subarray(0, keep.length),
    v: v.subarray(0, keep.length),
    keep,
    rows: keep.map((i) => rowsIn[i]),
    slab,
    mods,
    warnings,
  };
}
