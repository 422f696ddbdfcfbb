/**
 * Publication dates as tagged exports write them, to ISO 8601 where every part is clear: RIS "2019/03/12/other" and
 * "2018-06", MEDLINE "2006 Mar 1", and the month-only dates EndNote and Web of Science put in `DA` ("Mar 1", "SEP")
 * with the year from elsewhere. Anything else is left to the caller to keep verbatim.
 */

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH_NAMES = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/**
 * 1–12 for an English month name or its abbreviation ("Sep", "Sept", "SEPTEMBER"); undefined otherwise.
 * @example
 * monthNumber('Sept.'); // → 9
 */
export function monthNumber(word: string): number | undefined {
  const w = word.toLowerCase().replace(/\.$/, '');
  if (w.length < 3) return undefined;
  const i = MONTHS.indexOf(w.slice(0, 3));
  return i >= 0 && MONTH_NAMES[i].startsWith(w) ? i + 1 : undefined;
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * "YYYY", "YYYY-MM" or "YYYY-MM-DD"; undefined when the month or day cannot be a date part.
 * @example
 * isoDate(2019, 3);     // → '2019-03'
 * isoDate(2019, 13, 1); // → undefined
 */
export function isoDate(year: number, month?: number, day?: number): string | undefined {
  if (month === undefined) return day === undefined ? String(year) : undefined;
  if (month < 1 || month > 12) return undefined;
  if (day === undefined) return `${year}-${pad(month)}`;
  if (day < 1 || day > 31) return undefined;
  return `${year}-${pad(month)}-${pad(day)}`;
}

const num = (s: string | undefined) => (s ? Number(s) : undefined);

/**
 * A RIS date ("YYYY/MM/DD/other", parts optional, "-" also accepted) in ISO form.
 * @example
 * risDate('2019/10//undefined'); // → '2019-10'
 * risDate('2018-06-21');         // → '2018-06-21'
 * risDate('Spring 2019');        // → undefined
 */
export function risDate(value: string): string | undefined {
  const m = /^(\d{4})(?:[/-](\d{0,2})(?:[/-](\d{0,2}))?)?(?:\/.*)?$/.exec(value.trim());
  if (!m) return undefined;
  return isoDate(Number(m[1]), num(m[2]), m[2] ? num(m[3]) : undefined);
}

/**
 * A month and optional day without a year ("Mar 1", "SEP", "Apr 15"), completed with `year`.
 * @example
 * monthDayDate('Mar 1', 2018); // → '2018-03-01'
 */
export function monthDayDate(value: string, year: number): string | undefined {
  const m = /^([A-Za-z]+)\.?(?:\s+(\d{1,2}))?$/.exec(value.trim());
  if (!m) return undefined;
  const month = monthNumber(m[1]);
  return month === undefined ? undefined : isoDate(year, month, num(m[2]));
}

/**
 * A MEDLINE `DP` date ("2006", "2020 Feb", "2006 Mar 1") in ISO form; ranges and seasons give undefined.
 * @example
 * medlineDate('2006 Mar 1');        // → '2006-03-01'
 * medlineDate('1998 Dec-1999 Jan'); // → undefined
 */
export function medlineDate(value: string): string | undefined {
  const m = /^(\d{4})(?:\s+([A-Za-z]+)(?:\s+(\d{1,2}))?)?$/.exec(value.trim());
  if (!m) return undefined;
  if (m[2] === undefined) return m[1];
  const month = monthNumber(m[2]);
  return month === undefined ? undefined : isoDate(Number(m[1]), month, num(m[3]));
}
