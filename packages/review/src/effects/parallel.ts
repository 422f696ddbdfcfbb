/** Effect sizes from per-arm summaries of a parallel (or cluster, unadjusted) trial, through the engine's escalc. */
import { escalc } from '@evidens/meta';
import type { ArmData } from '../model/outcome-data.js';
import type { EffectMeasure } from '../model/protocol.js';
import { armMeanSd } from './arm-summary.js';
import type { ConversionNote } from './types.js';

/** yi, vi and the per-arm numbers behind them. */
export interface ArmsEffect {
  yi: number;
  vi: number;
  nIntervention: number;
  nComparator: number;
  eventsIntervention?: number;
  eventsComparator?: number;
  comparatorMean?: number;
  comparatorSd?: number;
  conversions: ConversionNote[];
  warnings: string[];
}

/**
 * MD or SMD (Hedges' g) from two arms' means and SDs after any conversion, or RR, OR or RD from events and n, with
 * the engine's defaults (metafor's escalc: ½ added to every cell of a table with a zero cell).
 *
 * @example
 * armsEffect({ mean: 9.5, sd: 5.1, n: 21 }, { mean: 7.7, sd: 4.7, n: 17 }, 'MD');
 * // { yi: 1.8, vi: 2.5380…, nIntervention: 21, nComparator: 17, conversions: [], … }
 */
export function armsEffect(intervention: ArmData, comparator: ArmData, measure: EffectMeasure): ArmsEffect {
  if (measure === 'RR' || measure === 'OR' || measure === 'RD') {
    const [ai, n1i, ci, n2i] = [intervention.events, intervention.n, comparator.events, comparator.n] as number[];
    const r = escalc({ measure, data: { ai: [ai], n1i: [n1i], ci: [ci], n2i: [n2i] } });
    const warnings = [...r.warnings];
    if (r.corrected[0]) warnings.push('½ added to each cell because of a zero cell');
    if (r.yi[0] === null || r.vi[0] === null) throw new Error(`${measure} cannot be computed: ${warnings.join('; ')}`);
    return {
      yi: r.yi[0],
      vi: r.vi[0],
      nIntervention: n1i,
      nComparator: n2i,
      eventsIntervention: ai,
      eventsComparator: ci,
      conversions: [],
      warnings,
    };
  }
  const e = armMeanSd(intervention, 'intervention');
  const c = armMeanSd(comparator, 'comparator');
  const r = escalc({
    measure,
    data: { m1i: [e.mean], sd1i: [e.sd], n1i: [e.n], m2i: [c.mean], sd2i: [c.sd], n2i: [c.n] },
  });
  if (r.yi[0] === null || r.vi[0] === null) throw new Error(`${measure} cannot be computed from these arms`);
  return {
    yi: r.yi[0],
    vi: r.vi[0],
    nIntervention: e.n,
    nComparator: c.n,
    comparatorMean: c.mean,
    comparatorSd: c.sd,
    conversions: [e.note, c.note].filter((note) => note !== undefined),
    warnings: [...r.warnings],
  };
}
