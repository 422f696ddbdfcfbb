/**
 * Publication dates from the parts XML formats give (PubMed's Year/Month/Day, EndNote's year plus a free "pub-dates"
 * text) as ISO 8601 where every part is clear; the caller keeps anything else verbatim.
 */

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** 1–12 from "5", "05", "May", "may." or "September"; undefined otherwise. */
export function monthOf(value: string | undefined): number | undefined {
  if (!value) return undefined;
  const v = value.trim().replace(/\.$/, '');
  const n = /^\d{1,2}$/.test(v) ? Number(v) : v.length >= 3 ? MONTHS.indexOf(v.slice(0, 3).toLowerCase()) + 1 : 0;
  return n >= 1 && n <= 12 ? n : undefined;
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * "YYYY", "YYYY-MM" or "YYYY-MM-DD" from a year and the month and day as written; undefined when a part given is
 * not a month or day.
 * @example
 * isoDate(2019, 'Nov', '02'); // → '2019-11-02'
 * isoDate(2018, '05');        // → '2018-05'
 * isoDate(1990, 'Spring');    // → undefined
 */
export function isoDate(year: number, month?: string, day?: string): string | undefined {
  if (month === undefined) return day === undefined ? String(year) : undefined;
  const m = monthOf(month);
  if (m === undefined) return undefined;
  if (day === undefined) return `${year}-${pad(m)}`;
  const d = /^\d{1,2}$/.test(day.trim()) ? Number(day) : 0;
  return d >= 1 && d <= 31 ? `${year}-${pad(m)}-${pad(d)}` : undefined;
}

/**
 * EndNote's date: the year, and the "pub-dates" text when it is a month and day ("May 17", "Jun") or a full date
 * ("2019-11-02", "2019/11/02"); otherwise the two as written.
 * @example
 * endnoteDate(2018, 'May 17'); // → '2018-05-17'
 * endnoteDate(2018, 'Spring'); // → '2018 Spring'
 */
export function endnoteDate(year: number, pubDate: string | undefined): string {
  if (!pubDate) return String(year);
  const full = /^(\d{4})[-/](\d{1,2})(?:[-/](\d{1,2}))?$/.exec(pubDate);
  if (full && Number(full[1]) === year) return isoDate(year, full[2], full[3]) ?? `${year} ${pubDate}`;
  const monthDay = /^([A-Za-z]+\.?)(?:\s+(\d{1,2}))?$/.exec(pubDate);
  if (monthDay) return isoDate(year, monthDay[1], monthDay[2]) ?? `${year} ${pubDate}`;
  return `${year} ${pubDate}`;
}
