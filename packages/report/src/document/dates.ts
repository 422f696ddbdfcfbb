/** Dates of searches as the language writes them: "15 January 2014", "15. januar 2014", "February 2014". */
import type { Lang } from '../format.js';

const MONTHS: Record<Lang, readonly string[]> = {
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
  da: [
    'januar',
    'februar',
    'marts',
    'april',
    'maj',
    'juni',
    'juli',
    'august',
    'september',
    'oktober',
    'november',
    'december',
  ],
};

/**
 * An ISO 8601 date (YYYY-MM-DD, YYYY-MM or YYYY) in words; any other text is returned as it is.
 * @example
 * formatDate('2014-01-15', 'da'); // → '15. januar 2014'
 */
export function formatDate(iso: string, lang: Lang): string {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(iso);
  if (!m) return iso;
  const [, year, month, day] = m;
  const monthName = month === undefined ? undefined : MONTHS[lang][Number(month) - 1];
  if (monthName === undefined) return year;
  if (day === undefined) return `${monthName} ${year}`;
  return lang === 'da' ? `${Number(day)}. ${monthName} ${year}` : `${Number(day)} ${monthName} ${year}`;
}
