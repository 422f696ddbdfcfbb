/**
 * Number formatting for figure text, Danish or English: Danish uses a decimal comma, a space before "%", and a
 * semicolon between interval limits (a comma would be read as a decimal comma). Negative numbers get the minus sign
 * U+2212, and a value that rounds to zero is printed without a sign.
 */

/** Figure languages. */
export type Lang = 'da' | 'en';

export const LANGS: readonly Lang[] = ['da', 'en'];

const MINUS = '\u2212';

/**
 * Fixed decimals in the language's notation.
 * @example
 * formatNumber(-0.4128, 2, 'da'); // → '−0,41'
 */
export function formatNumber(x: number, decimals: number, lang: Lang): string {
  const fixed = Math.abs(x).toFixed(decimals);
  const zero = Number(fixed) === 0;
  const body = lang === 'da' ? fixed.replace('.', ',') : fixed;
  return x < 0 && !zero ? `${MINUS}${body}` : body;
}

/**
 * A number as short as it is exact (axis ticks, data as given), in the language's notation.
 * @example
 * formatPlain(0.25, 'da'); // → '0,25'
 */
export function formatPlain(x: number, lang: Lang): string {
  const s = String(Math.abs(x));
  const body = lang === 'da' ? s.replace('.', ',') : s;
  return x < 0 ? `${MINUS}${body}` : body;
}

/**
 * A percentage: "12.3%" in English, "12,3 %" in Danish.
 * @example
 * formatPercent(12.345, 1, 'en'); // → '12.3%'
 */
export function formatPercent(x: number, decimals: number, lang: Lang): string {
  return lang === 'da' ? `${formatNumber(x, decimals, lang)} %` : `${formatNumber(x, decimals, lang)}%`;
}

/**
 * A p-value after "P": "< 0.00001" below 10⁻⁵, one significant digit below 0.01, two decimals above, as RevMan prints
 * them.
 * @example
 * formatP(0.00034, 'en'); // → '= 0.0003'
 */
export function formatP(p: number, lang: Lang): string {
  if (p < 0.00001) return `< ${formatNumber(0.00001, 5, lang)}`;
  if (p < 0.01) {
    const rounded = Number(p.toPrecision(1));
    const digits = Math.min(5, Math.max(2, -Math.floor(Math.log10(rounded))));
    return `= ${formatNumber(rounded, digits, lang)}`;
  }
  return `= ${formatNumber(p, 2, lang)}`;
}

/**
 * An estimate with its interval: "0.49 [0.34, 0.70]" or, in Danish, "0,49 [0,34; 0,70]".
 * @example
 * formatInterval(0.489, 0.344, 0.696, 2, 'da'); // → '0,49 [0,34; 0,70]'
 */
export function formatInterval(est: number, lb: number, ub: number, decimals: number, lang: Lang): string {
  const sep = lang === 'da' ? '; ' : ', ';
  return `${formatNumber(est, decimals, lang)} [${formatNumber(lb, decimals, lang)}${sep}${formatNumber(ub, decimals, lang)}]`;
}

/** Just the bracketed interval, as for a prediction interval. */
export function formatBracket(lb: number, ub: number, decimals: number, lang: Lang): string {
  const sep = lang === 'da' ? '; ' : ', ';
  return `[${formatNumber(lb, decimals, lang)}${sep}${formatNumber(ub, decimals, lang)}]`;
}

/** τ² with two decimals, or two significant digits when it is positive but below 0.01. */
export function formatTau2(tau2: number, lang: Lang): string {
  if (tau2 > 0 && tau2 < 0.01) {
    const digits = Math.min(6, 1 - Math.floor(Math.log10(tau2)));
    return formatNumber(tau2, digits, lang);
  }
  return formatNumber(tau2, 2, lang);
}
