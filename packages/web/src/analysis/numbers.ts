/**
 * Numbers of the analysis page as the report writes them (minus sign, decimal comma in Danish, RevMan's p-values),
 * so that the tables beside the figure read like the figure. Pure.
 */
import { formatInterval, formatNumber, formatP, type Lang } from '@evidens/report/browser';

/** "0.03 [−0.41, 0.47]", or "–" when the refit gave no numbers. */
export function intervalText(
  row: { estimate: number | undefined; ciLb: number | undefined; ciUb: number | undefined },
  lang: Lang,
  decimals = 2,
): string {
  const { estimate, ciLb, ciUb } = row;
  if (estimate === undefined || ciLb === undefined || ciUb === undefined) return '–';
  return formatInterval(estimate, ciLb, ciUb, decimals, lang);
}

/** A p-value without the relation sign when it is "=": "0.35", "0.003", "< 0.00001". */
export function pText(p: number, lang: Lang): string {
  if (!Number.isFinite(p)) return '–';
  return formatP(p, lang).replace(/^= /, '');
}

/** A p-value after "P": "= 0.35", "< 0.00001". */
export function pRelation(p: number, lang: Lang): string {
  return Number.isFinite(p) ? formatP(p, lang) : '= –';
}

/** τ² with three decimals, or two significant digits when it is positive but small. */
export function tau2Text(tau2: number | undefined, lang: Lang): string {
  if (tau2 === undefined || !Number.isFinite(tau2)) return '–';
  if (tau2 > 0 && tau2 < 0.001) return formatNumber(tau2, Math.min(8, 1 - Math.floor(Math.log10(tau2))), lang);
  return formatNumber(tau2, 3, lang);
}

/** I² in percent without decimals, "–" when missing. */
export function i2Text(i2: number | undefined, lang: Lang): string {
  if (i2 === undefined || !Number.isFinite(i2)) return '–';
  return lang === 'da' ? `${formatNumber(i2, 0, lang)} %` : `${formatNumber(i2, 0, lang)}%`;
}
