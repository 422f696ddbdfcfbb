/**
 * The parts Mantel–Haenszel and Peto results share: the heterogeneity test of the per-study outcomes around the
 * pooled estimate, and the z-based inference for that estimate.
 */
import { pchisqUpper, pvalueZ, qnorm } from '../distributions.js';
import { MetaError } from '../errors.js';
import { escalc } from '../escalc/escalc.js';
import type { Columns, CorrectionTarget, Measure } from '../escalc/types.js';

export interface EscalcSettings {
  add?: number;
  to?: CorrectionTarget;
  drop00?: boolean;
}

export function inference(estimate: number, se: number, level: number) {
  if (!(level > 0 && level < 100)) {
    throw new MetaError('invalid_argument', `level must be between 0 and 100 (got ${level})`, { column: 'level' });
  }
  const crit = qnorm(1 - (1 - level / 100) / 2);
  const z = estimate / se;
  return {
    beta: [estimate] as [number],
    se: [se] as [number],
    zval: [z] as [number],
    pval: [pvalueZ(z)] as [number],
    ciLb: [estimate - crit * se] as [number],
    ciUb: [estimate + crit * se] as [number],
  };
}

/** Per-study outcomes (escalc, by default with 1/2 added to tables with a zero cell and double-zero tables left out)
 *  and Q = Σ(yᵢ − θ̂)²/vᵢ with I² and H² from it. */
export function heterogeneityAround(
  estimate: number,
  measure: Measure,
  data: Columns,
  rows: readonly number[] | undefined,
  settings: EscalcSettings,
) {
  const es = escalc({
    measure,
    data,
    add: settings.add ?? 0.5,
    to: settings.to ?? 'only0',
    drop00: settings.drop00 ?? true,
    ...(rows ? { rows } : {}),
  });
  let QE = 0;
  let m = 0;
  es.yi.forEach((y, i) => {
    const v = es.vi[i];
    if (y === null || v === null) return;
    QE += ((y - estimate) * (y - estimate)) / v;
    m++;
  });
  return { ...heterogeneityFromQ(QE, m - 1), yi: es.yi, vi: es.vi };
}

/** Q with its df, p-value, I² = max(0, (Q − df)/Q)·100 and H² = Q/df (with no df: p = 1, I² = 0, H² = 1). */
export function heterogeneityFromQ(QE: number, QEdf: number) {
  return {
    QE,
    QEdf,
    QEp: QEdf > 0 ? pchisqUpper(QE, QEdf) : 1,
    I2: QEdf > 0 && QE > 0 ? Math.max(0, (100 * (QE - QEdf)) / QE) : 0,
    H2: QEdf > 0 ? QE / QEdf : 1,
  };
}
