/** Effect sizes from a reported between-group estimate (generic inverse variance). */
import { seFromCi, seFromP, seFromRatioCi, seFromRatioP } from '@evidens/meta';
import type { EffectData } from '../model/outcome-data.js';
import { methodSummary } from './notes.js';
import type { ConversionNote } from './types.js';

/** yi and vi from an estimate, with the conversion used for its SE. */
export interface EstimateEffect {
  yi: number;
  vi: number;
  conversions: ConversionNote[];
}

/**
 * yi is the estimate (its natural log for RR and OR); the SE is as reported (for ratios, the SE of the log ratio),
 * or from the CI (Cochrane Handbook v6 §6.3.1–6.3.2), or from the exact P value (§6.3.1; Altman & Bland 2011).
 *
 * @example
 * estimateEffect({ measure: 'MD', estimate: -0.38, ci: [-1.32, 0.56], conversion: 'se-from-ci' });
 * // { yi: -0.38, vi: 0.2300…, conversions: [{ method: 'ci-normal', … }] }
 */
export function estimateEffect(effect: EffectData): EstimateEffect {
  const ratio = effect.measure === 'RR' || effect.measure === 'OR';
  const yi = ratio ? Math.log(effect.estimate) : effect.estimate;
  const t = effect.conversion?.endsWith('-t') ? effect.df : undefined;
  const note = (method: string, detail: string): ConversionNote[] => [
    { part: 'effect', method, summary: methodSummary(method), detail },
  ];
  if (effect.se !== undefined) return { yi, vi: effect.se ** 2, conversions: [] };
  if (effect.ci !== undefined) {
    const [lower, upper] = effect.ci;
    const input = { lower, upper, level: effect.ciLevel, df: t };
    const r = ratio ? seFromRatioCi(input) : seFromCi(input);
    return { yi, vi: r.se ** 2, conversions: note(r.method, r.description) };
  }
  const p = effect.p as number;
  const r = ratio
    ? seFromRatioP({ ratio: effect.estimate, p, df: t })
    : seFromP({ estimate: effect.estimate, p, df: t });
  return { yi, vi: r.se ** 2, conversions: note(r.method, r.description) };
}
