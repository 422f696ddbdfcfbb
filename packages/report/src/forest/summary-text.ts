/**
 * The statistics lines under a forest plot's pooled rows, worded as RevMan words them:
 * "Heterogeneity: Tau² = 0.31; Chi² = 152.23, df = 12 (P < 0.00001); I² = 92%",
 * "Test for overall effect: Z = 3.24 (P = 0.001)",
 * "Test for subgroup differences: Chi² = 1.86, df = 2 (P = 0.39), I² = 0%".
 */
import { formatNumber, formatP, formatPercent, formatTau2, type Lang } from '../format.js';
import type { Labels } from '../labels.js';
import type { ForestEffectTest, ForestHeterogeneity } from './types.js';

/**
 * @example
 * heterogeneityLine({ tau2: 0.313, chi2: 152.23, df: 12, p: 1e-26, i2: 92.1 }, labels('en'), 'en');
 * // → 'Heterogeneity: Tau² = 0.31; Chi² = 152.23, df = 12 (P < 0.00001); I² = 92%'
 */
export function heterogeneityLine(h: ForestHeterogeneity, l: Labels, lang: Lang): string {
  const tau = h.tau2 === undefined ? '' : `Tau² = ${formatTau2(h.tau2, lang)}; `;
  return `${l.heterogeneity}: ${tau}Chi² = ${formatNumber(h.chi2, 2, lang)}, df = ${h.df} (P ${formatP(h.p, lang)}); I² = ${formatPercent(h.i2, 0, lang)}`;
}

/**
 * @example
 * effectTestLine({ statistic: 'Z', value: -3.97, p: 0.00007 }, labels('da'), 'da');
 * // → 'Test for samlet effekt: Z = 3,97 (P = 0,00007)'
 */
export function effectTestLine(t: ForestEffectTest, l: Labels, lang: Lang): string {
  return `${l.overallEffect}: ${t.statistic} = ${formatNumber(Math.abs(t.value), 2, lang)} (P ${formatP(t.p, lang)})`;
}

export function subgroupTestLine(
  t: { chi2: number; df: number; p: number; i2: number },
  l: Labels,
  lang: Lang,
): string {
  return `${l.subgroupDifferences}: Chi² = ${formatNumber(t.chi2, 2, lang)}, df = ${t.df} (P ${formatP(t.p, lang)}), I² = ${formatPercent(t.i2, 0, lang)}`;
}
