/**
 * Effect sizes for crossover trials: a reported paired difference, per-treatment summaries with an assumed
 * within-person correlation, or per-sequence (period) data combined so that period effects cancel.
 */
import {
  crossoverFromArms,
  crossoverFromDifference,
  crossoverSmdFromArms,
  crossoverSmdFromDifference,
  type PairedDifferenceSource,
} from '@evidens/meta';
import type { ArmData, PairedData, SequenceData } from '../model/outcome-data.js';
import { armMeanSd } from './arm-summary.js';
import { methodSummary } from './notes.js';
import type { ConversionNote } from './types.js';

/** A paired effect on the analysis scale. */
export interface PairedEffect {
  yi: number;
  vi: number;
  n: number | undefined;
  conversions: ConversionNote[];
  warnings: string[];
}

const note = (part: string, method: string, detail: string, suffix = ''): ConversionNote => ({
  part,
  method,
  summary: `${methodSummary(method)}${suffix}`,
  detail,
});

/**
 * MD (or SMD, which needs the correlation) from a reported paired difference (Cochrane Handbook v6 §23.2.7;
 * Elbourne et al. 2002).
 *
 * @example
 * pairedEffect({ md: 0.5, sd: 2, n: 10 }, 'MD', undefined).vi; // 0.4
 */
export function pairedEffect(paired: PairedData, measure: 'MD' | 'SMD', r: number | undefined): PairedEffect {
  const source = pairedSource(paired);
  const estimate = crossoverFromDifference(paired.md, source);
  const conversions =
    estimate.method === 'paired-se' || estimate.method === 'paired-sd'
      ? []
      : [note('paired', estimate.method, estimate.description)];
  if (measure === 'MD')
    return { yi: estimate.md, vi: estimate.se ** 2, n: estimate.n ?? paired.n, conversions, warnings: [] };
  const n = estimate.n ?? paired.n;
  if (estimate.sdDiff === undefined || n === undefined)
    throw new Error('a crossover SMD needs n with the paired difference');
  if (r === undefined) throw new Error('a crossover SMD needs a within-person correlation');
  const smd = crossoverSmdFromDifference({ md: estimate.md, sdDiff: estimate.sdDiff, n, r });
  return {
    yi: smd.smd,
    vi: smd.se ** 2,
    n,
    conversions: [...conversions, note('paired', smd.method, smd.description, ` (r = ${r})`)],
    warnings: [],
  };
}

function pairedSource(paired: PairedData): PairedDifferenceSource {
  const n = paired.n;
  if (paired.sd !== undefined) return { from: 'sd', sd: paired.sd, n: n as number };
  if (paired.se !== undefined)
    return n === undefined ? { from: 'se', se: paired.se } : { from: 'se', se: paired.se, n };
  if (paired.ci !== undefined) {
    const [lower, upper] = paired.ci;
    const t = paired.conversion === 'se-from-ci-t';
    return t
      ? { from: 'ci', lower, upper, level: paired.ciLevel, n }
      : { from: 'ci', lower, upper, level: paired.ciLevel };
  }
  if (paired.t !== undefined) return { from: 't', t: paired.t, n: n as number };
  return { from: 'p', p: paired.p as number, n: n as number };
}

/**
 * MD or SMD from per-treatment summaries of the same participants and an assumed within-person correlation r
 * (Cochrane Handbook v6 §23.2.7): SD_diff = √(sd_E² + sd_C² − 2r·sd_E·sd_C), SE = SD_diff/√n.
 *
 * @example
 * treatmentsEffect({ mean: 7, sd: 2.38, n: 10 }, { mean: 6.5, sd: 2.21, n: 10 }, 'MD', 0.68).vi; // 0.3395…
 */
export function treatmentsEffect(
  intervention: ArmData,
  comparator: ArmData,
  measure: 'MD' | 'SMD',
  r: number,
  part = 'paired',
): PairedEffect {
  const e = armMeanSd(intervention, 'intervention');
  const c = armMeanSd(comparator, 'comparator');
  const warnings: string[] = [];
  if (e.n !== c.n) warnings.push(`${part}: n differs between treatments (${e.n} and ${c.n}); the smaller is used`);
  const n = Math.min(e.n, c.n);
  const arms = { meanE: e.mean, sdE: e.sd, meanC: c.mean, sdC: c.sd, n };
  const conversions = [e.note, c.note].filter((x) => x !== undefined);
  if (measure === 'MD') {
    const x = crossoverFromArms({ ...arms, r });
    return {
      yi: x.md,
      vi: x.se ** 2,
      n,
      conversions: [...conversions, note(part, x.method, x.description, ` (r = ${r})`)],
      warnings,
    };
  }
  const x = crossoverSmdFromArms({ ...arms, r });
  return {
    yi: x.smd,
    vi: x.se ** 2,
    n,
    conversions: [...conversions, note(part, x.method, x.description, ` (r = ${r})`)],
    warnings,
  };
}

/**
 * The period-adjusted paired MD of a two-sequence crossover from each sequence's per-treatment summaries: within each
 * sequence the paired MD and its SE come from {@link treatmentsEffect}; the estimate is their average,
 * MD = (d₁ + d₂)/2, SE = ½√(SE₁² + SE₂²), in which a period effect cancels (Senn 2002, Cross-over Trials in
 * Clinical Research, ch. 3; Elbourne et al. 2002).
 *
 * @example
 * sequencesEffect([seqAB, seqBA], 0.5).yi; // the average of the two within-sequence differences
 */
export function sequencesEffect(sequences: readonly SequenceData[], r: number): PairedEffect {
  if (sequences.length !== 2) throw new Error(`period data need exactly two sequences (got ${sequences.length})`);
  const parts = sequences.map((s) => treatmentsEffect(s.intervention, s.comparator, 'MD', r, `sequence ${s.sequence}`));
  const yi = (parts[0].yi + parts[1].yi) / 2;
  const vi = (parts[0].vi + parts[1].vi) / 4;
  const n = (parts[0].n ?? 0) + (parts[1].n ?? 0);
  const combine: ConversionNote = {
    part: 'sequences',
    method: 'period-adjusted-sequences',
    summary: `period-adjusted paired MD, the average of the two sequences' paired differences (r = ${r})`,
    detail: 'MD = (d₁ + d₂)/2, SE = ½√(SE₁² + SE₂²), period effects cancel (Senn 2002, ch. 3; Elbourne et al. 2002)',
  };
  return {
    yi,
    vi,
    n,
    conversions: [...parts.flatMap((p) => p.conversions), combine],
    warnings: parts.flatMap((p) => p.warnings),
  };
}
