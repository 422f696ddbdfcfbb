/** A change of unit applied to a continuous result before analysis (e.g. cramps per 4 weeks → per week). */
import type { ArmData, OutcomeData, PairedData } from '../model/outcome-data.js';
import type { ConversionNote } from './types.js';

const ARM_FIELDS = ['mean', 'sd', 'se', 'median', 'q1', 'q3', 'min', 'max'] as const;
const PAIRED_FIELDS = ['md', 'sd', 'se'] as const;

/**
 * The entry with every value on the outcome's scale multiplied by `rescale.factor`: means, SDs, SEs, quantiles and
 * CI bounds of arms and sequences; the estimate, SE and CI of an MD; the paired MD, SD, SE and CI. Counts, t
 * statistics and P values do not change with the unit. Returns the entry unchanged when it has no `rescale`.
 *
 * @example
 * rescaled({ study: 's', outcome: 'o', arms: { intervention: { mean: 11.8, sd: 7.6, n: 42 }, … }, rescale: { factor: 0.25, reason: 'per week' } })
 *   .entry.arms?.intervention.mean; // 2.95
 */
export function rescaled(entry: OutcomeData): { entry: OutcomeData; note?: ConversionNote } {
  const rescale = entry.rescale;
  if (!rescale) return { entry };
  const k = rescale.factor;
  const arm = (a: ArmData): ArmData => {
    const out: ArmData = { ...a };
    for (const f of ARM_FIELDS) if (a[f] !== undefined) out[f] = (a[f] as number) * k;
    if (a.ci) out.ci = [a.ci[0] * k, a.ci[1] * k];
    return out;
  };
  const paired = (p: PairedData): PairedData => {
    const out: PairedData = { ...p };
    for (const f of PAIRED_FIELDS) if (p[f] !== undefined) out[f] = (p[f] as number) * k;
    if (p.ci) out.ci = [p.ci[0] * k, p.ci[1] * k];
    return out;
  };
  const out: OutcomeData = { ...entry };
  if (entry.arms) out.arms = { intervention: arm(entry.arms.intervention), comparator: arm(entry.arms.comparator) };
  if (entry.sequences) {
    out.sequences = entry.sequences.map((s) => ({
      ...s,
      intervention: arm(s.intervention),
      comparator: arm(s.comparator),
    }));
  }
  if (entry.paired) out.paired = paired(entry.paired);
  if (entry.effect) {
    const e = entry.effect;
    out.effect = { ...e, estimate: e.estimate * k };
    if (e.se !== undefined) out.effect.se = e.se * k;
    if (e.ci) out.effect.ci = [e.ci[0] * k, e.ci[1] * k];
  }
  const note: ConversionNote = {
    part: 'data',
    method: 'rescale',
    summary: `values multiplied by ${k} (${rescale.reason})`,
    detail: `every value on the outcome's scale multiplied by ${k} before analysis: ${rescale.reason}`,
  };
  return { entry: out, note };
}
