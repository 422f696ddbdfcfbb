/**
 * Numbers in the report's prose and tables, in the language's notation (decimal comma and "12 %" in Danish), built on
 * the figures' formatters so that text and figures print a number the same way.
 */
import type { EffectMeasure } from '@evidens/review';
import { formatNumber, formatP, formatPercent, formatTau2, type Lang } from '../format.js';

/** Ratio measures are analysed as logs and shown as ratios. */
export function isRatio(measure: EffectMeasure): boolean {
  return measure === 'RR' || measure === 'OR';
}

/** A value of the analysis scale on the measure's natural scale (exp for RR and OR). */
export function natural(measure: EffectMeasure, x: number): number {
  return isRatio(measure) ? Math.exp(x) : x;
}

/** Fixed decimals: `fixed(-0.177, 2, 'da')` → "−0,18". */
export function fixed(x: number, decimals: number, lang: Lang): string {
  return formatNumber(x, decimals, lang);
}

/** A whole number with no grouping: 1234 → "1234". */
export function whole(x: number, lang: Lang): string {
  return formatNumber(Math.round(x), 0, lang);
}

/** An estimate on the measure's natural scale, two decimals. */
export function effect(measure: EffectMeasure, x: number, lang: Lang): string {
  return formatNumber(natural(measure, x), 2, lang);
}

/** "P = 0.64", "P < 0.00001". */
export function pValue(p: number, lang: Lang): string {
  return `P ${formatP(p, lang)}`;
}

/** A percentage with no decimals: "71%" or "71 %". */
export function percent(x: number, lang: Lang, decimals = 0): string {
  return formatPercent(x, decimals, lang);
}

/** τ² as the forest plot prints it. */
export function tau2(x: number, lang: Lang): string {
  return formatTau2(x, lang);
}

/** A number as given in the data (0.5 → "0,5" in Danish), without trailing zeros. */
export function plain(x: number, lang: Lang): string {
  const s = String(Math.abs(x));
  const body = lang === 'da' ? s.replace('.', ',') : s;
  return x < 0 ? `\u2212${body}` : body;
}
