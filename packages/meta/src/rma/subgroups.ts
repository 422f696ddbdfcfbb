/**
 * Subgroup analysis as Cochrane reviews do it (Cochrane Handbook 10.11.3; Borenstein et al. 2009, ch. 19, "separate
 * estimates of τ²"): one model per subgroup, and the test for subgroup differences
 * Q_between = Σ wg(θg − θ̄)², wg = 1/SEg², θ̄ = Σwgθg/Σwg, on G − 1 df — what RevMan reports as "Test for subgroup
 * differences" with its I².
 */

import { isMissing } from '../design.js';
import { pchisqUpper } from '../distributions.js';
import { MetaError } from '../errors.js';
import { rma } from './fit.js';
import type { RmaOptions, RmaResult } from './types.js';

export interface SubgroupOptions extends Omit<RmaOptions, 'mods'> {
  /** The subgroup of each study (same length as yi); studies with a missing subgroup are left out with a warning. */
  groups: readonly (string | number | null | undefined)[];
}

export interface SubgroupResult {
  /** One fit per subgroup, in sorted order of the subgroup names. */
  subgroups: { name: string; fit: RmaResult }[];
  /** The model over all studies with a subgroup (same method and test). */
  overall: RmaResult;
  /** Test for subgroup differences. */
  Qb: number;
  QbDf: number;
  QbP: number;
  /** I² of the test for subgroup differences, max(0, (Qb − df)/Qb)·100. */
  I2b: number;
  warnings: string[];
}

function pick<T>(xs: readonly T[] | undefined, idx: number[]): T[] | undefined {
  return xs ? idx.map((i) => xs[i]) : undefined;
}

/**
 * @example
 * const s = subgroupAnalysis({
 *   yi: [-0.89, -1.59, -1.35, -1.44, -0.22, -0.79],
 *   vi: [0.33, 0.19, 0.42, 0.02, 0.05, 0.01],
 *   groups: ['a', 'a', 'a', 'b', 'b', 'b'],
 *   method: 'DL',
 * });
 * [s.Qb, s.QbDf, s.QbP]; // → [1.3650, 1, 0.2427] (rounded)
 */
export function subgroupAnalysis(options: SubgroupOptions): SubgroupResult {
  const { groups, ...rest } = options;
  const n = options.yi.length;
  if (groups.length !== n) {
    throw new MetaError('invalid_argument', `groups has ${groups.length} values but yi has ${n}`, { column: 'groups' });
  }
  const rows = options.rows ?? Array.from({ length: n }, (_, i) => i + 1);
  const names = [...new Set(groups.filter((g) => !isMissing(g)).map(String))].sort((a, b) => a.localeCompare(b, 'en'));
  if (names.length < 2) {
    throw new MetaError('invalid_argument', `subgroup analysis needs at least two subgroups (found ${names.length})`, {
      column: 'groups',
    });
  }
  const warnings: string[] = [];
  const noGroup = rows.filter((_, i) => isMissing(groups[i]));
  if (noGroup.length > 0) warnings.push(`studies without a subgroup left out (row ${noGroup.join(', ')})`);
  const subset = (idx: number[]): RmaOptions => ({
    ...rest,
    yi: idx.map((i) => options.yi[i]),
    ...(options.vi ? { vi: pick(options.vi, idx) } : { sei: pick(options.sei, idx) }),
    rows: idx.map((i) => rows[i]),
    ...(options.slab ? { slab: pick(options.slab, idx) } : {}),
  });
  const subgroups = names.map((name) => {
    const idx = groups.flatMap((g, i) => (!isMissing(g) && String(g) === name ? [i] : []));
    return { name, fit: rma(subset(idx)) };
  });
  const all = groups.flatMap((g, i) => (isMissing(g) ? [] : [i]));
  const overall = rma(subset(all));
  let sw = 0;
  let swy = 0;
  for (const { fit } of subgroups) {
    const w = 1 / (fit.se[0] * fit.se[0]);
    sw += w;
    swy += w * fit.beta[0];
  }
  const mean = swy / sw;
  const Qb = subgroups.reduce((s, { fit }) => s + (fit.beta[0] - mean) ** 2 / (fit.se[0] * fit.se[0]), 0);
  const QbDf = subgroups.length - 1;
  return {
    subgroups,
    overall,
    Qb,
    QbDf,
    QbP: pchisqUpper(Qb, QbDf),
    I2b: Qb > 0 ? Math.max(0, (100 * (Qb - QbDf)) / Qb) : 0,
    warnings: [...warnings, ...subgroups.flatMap(({ name, fit }) => fit.warnings.map((w) => `subgroup ${name}: ${w}`))],
  };
}
