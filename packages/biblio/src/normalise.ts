/**
 * Field normalisation shared by every reader, so that the same value reads the same whatever the format: DOIs lower
 * case without a resolver prefix, years as numbers (with an issue when impossible), authors split into family and
 * given names, page ranges with a hyphen, whitespace collapsed.
 */
import type { Author } from './record.js';

/**
 * Whitespace other than single spaces between words: any whitespace character that is not a space (the same set as
 * `\s`), two spaces in a row, or a space at either end. Most values have none, and testing is much cheaper than
 * replacing.
 */
const UNTIDY = /[\t\n\v\f\r\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]| {2}|^ | $/;

/** Collapses runs of whitespace (including line breaks inside a field) to one space and trims; undefined if empty. */
export function cleanText(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (!UNTIDY.test(value)) return value.length > 0 ? value : undefined;
  // Line breaks are most of what there is to tidy (a wrapped abstract): once they are spaces, most values are tidy.
  const spaced = value.includes('\n') ? value.replaceAll('\n', ' ') : undefined;
  const s = spaced !== undefined && !UNTIDY.test(spaced) ? spaced : value.replace(/\s+/g, ' ').trim();
  return s.length > 0 ? s : undefined;
}

/**
 * A DOI in its canonical form: lower case (DOIs are case-insensitive), without "https://doi.org/", "doi:" or
 * trailing punctuation; undefined when the text holds no DOI.
 * @example
 * normaliseDoi('https://doi.org/10.1002/14651858.CD009402.pub3'); // → '10.1002/14651858.cd009402.pub3'
 */
export function normaliseDoi(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const m = /10\.\d{4,9}\/\S+/.exec(value.trim());
  if (!m) return undefined;
  return m[0].replace(/[.,;)\]]+$/, '').toLowerCase();
}

/** The first plausible four-digit year (1000–2999) in a date string; undefined if none. */
export function parseYear(value: string | undefined): number | undefined {
  if (!value) return undefined;
  const m = /(?:^|[^0-9])([12][0-9]{3})(?![0-9])/.exec(value);
  return m ? Number(m[1]) : undefined;
}

/**
 * One author from the forms exports use: "Family, Given", "Family Given-Initials" (MEDLINE "Smith JA"), or a group
 * name (kept as `literal` when it has no comma and more than three words, or is marked as such by the caller).
 * @example
 * parseAuthor('Roffe, Christine'); // → { family: 'Roffe', given: 'Christine' }
 * parseAuthor('Roffe C');          // → { family: 'Roffe', given: 'C' }
 */
export function parseAuthor(value: string): Author | undefined {
  const s = cleanText(value);
  if (!s) return undefined;
  const comma = s.indexOf(',');
  if (comma >= 0) {
    const family = s.slice(0, comma).trim();
    const given = s.slice(comma + 1).trim();
    return given ? { family, given } : { family };
  }
  const words = s.split(' ');
  // MEDLINE style: family name(s) followed by initials in capitals ("van der Berg JA"), also with full stops as
  // Embase and Scopus write them ("Adler D.G.", "Liu R.", "Dupont J.-P.").
  const last = words[words.length - 1];
  if (words.length >= 2 && /^(?:[A-Z]\.?-?){1,4}$/.test(last)) {
    return { family: words.slice(0, -1).join(' '), given: last };
  }
  if (words.length > 3) return { literal: s };
  if (words.length === 1) return { family: s };
  // "Given Family" (BibTeX and some CSVs): the last word is the family name.
  return { family: last, given: words.slice(0, -1).join(' ') };
}

/**
 * Pages as "first-last" with a hyphen (en dashes and "--" become "-"); undefined if empty. A last page shortened as
 * MEDLINE writes it is written out ("616-7" → "616-617"), and a range of one page is that page ("97-97" → "97").
 * @example
 * normalisePages('5795-813'); // → '5795-5813'
 */
export function normalisePages(start: string | undefined, end?: string | undefined): string | undefined {
  const a = cleanText(start)?.replace(/\s*(–|—|--)\s*/g, '-');
  const b = cleanText(end);
  const pages = a && b && !a.includes('-') ? `${a}-${b}` : (a ?? b);
  return pages === undefined ? undefined : fullPageRange(pages);
}

function fullPageRange(pages: string): string {
  const m = /^(\d+)-(\d+)$/.exec(pages);
  if (!m) return pages;
  const [, first, last] = m;
  if (first === last) return first;
  if (last.length >= first.length) return pages;
  const full = first.slice(0, first.length - last.length) + last;
  return Number(full) > Number(first) ? `${first}-${full}` : pages;
}

/** A PMID if the value is one (digits only, after an optional "PMID:" prefix). */
export function normalisePmid(value: string | undefined): string | undefined {
  const m = /^(?:pmid:?\s*)?(\d{1,9})$/i.exec((value ?? '').trim());
  return m ? m[1] : undefined;
}
