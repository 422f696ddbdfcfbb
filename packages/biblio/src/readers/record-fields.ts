/**
 * Setting the normalised fields that every reader shares, with the same issue when a value cannot be right: the value
 * stays in `raw` (the caller has put it there) and the field is left out, so a bad DOI or year is never silently
 * dropped nor silently kept.
 */
import type { IssueCode, ReadIssue } from '../issues.js';
import { cleanText, normaliseDoi, normalisePmid, parseYear } from '../normalise.js';
import type { BibRecord } from '../record.js';

/** Receives a problem found in the record being built; the reader adds the line and record number. */
export type Note = (code: IssueCode, message: string, severity?: ReadIssue['severity']) => void;

/**
 * A `Note` that collects issues for one record at one line.
 * @example
 * const issues: ReadIssue[] = [];
 * collector(issues, 3, 41)('bad_value', 'PY: "20219" holds no year');
 * // issues → [{ code: 'bad_value', severity: 'warning', message: 'PY: "20219" holds no year', line: 41, record: 3 }]
 */
export function collector(issues: ReadIssue[], record: number, line?: number): Note {
  return (code, message, severity = 'warning') => {
    issues.push(line === undefined ? { code, severity, message, record } : { code, severity, message, line, record });
  };
}

/**
 * Sets `doi` from a value that holds one; a non-empty value without a DOI is noted. The first DOI wins.
 * @example
 * setDoi(record, 'https://doi.org/10.1021/BI049798F', note); // record.doi → '10.1021/bi049798f'
 * setDoi(other, '10.1', note, 'DI');                         // other.doi stays undefined; note('bad_value', 'DI: "10.1" is not a DOI; …')
 */
export function setDoi(record: BibRecord, value: string, note: Note, field = 'doi'): void {
  if (record.doi || !cleanText(value)) return;
  const doi = normaliseDoi(value);
  if (doi) record.doi = doi;
  else note('bad_value', `${field}: "${cleanText(value)}" is not a DOI; kept in raw only`);
}

/**
 * Sets `year` from a value that holds a plausible year; a non-empty value without one is noted.
 * @example
 * setYear(record, '2004 Jun 8', note); // record.year → 2004
 */
export function setYear(record: BibRecord, value: string, note: Note, field = 'year'): void {
  if (record.year !== undefined || !cleanText(value)) return;
  const year = parseYear(value);
  if (year !== undefined) record.year = year;
  else note('bad_value', `${field}: "${cleanText(value)}" holds no year; kept in raw only`);
}

/**
 * Sets `pmid` from a value that is one; a non-empty value that is not is noted.
 * @example
 * setPmid(record, 'PMID: 15170338', note); // record.pmid → '15170338'
 */
export function setPmid(record: BibRecord, value: string, note: Note, field = 'pmid'): void {
  if (record.pmid || !cleanText(value)) return;
  const pmid = normalisePmid(value);
  if (pmid) record.pmid = pmid;
  else note('bad_value', `${field}: "${cleanText(value)}" is not a PMID; kept in raw only`);
}

/**
 * Sets `pmcid` ("PMC1234567") from a value that holds one.
 * @example
 * setPmcid(record, '7654321', note); // record.pmcid → 'PMC7654321'
 */
export function setPmcid(record: BibRecord, value: string, note: Note, field = 'pmcid'): void {
  if (record.pmcid || !cleanText(value)) return;
  const m = /^(?:pmc)?\s*(\d{1,9})$/i.exec(value.trim());
  if (m) record.pmcid = `PMC${m[1]}`;
  else note('bad_value', `${field}: "${cleanText(value)}" is not a PMCID; kept in raw only`);
}

/**
 * Sets a text field once (the first non-empty value wins), whitespace collapsed.
 * @example
 * setText(record, 'title', '  Magnesium\n  for cramps '); // record.title → 'Magnesium for cramps'
 */
export function setText<K extends 'title' | 'abstract' | 'journal' | 'journalAbbrev' | 'volume' | 'issue' | 'language'>(
  record: BibRecord,
  key: K,
  value: string | undefined,
): void {
  if (record[key] !== undefined) return;
  const text = cleanText(value);
  if (text !== undefined) record[key] = text;
}

/**
 * Appends values to a list field, skipping empty ones and exact repeats.
 * @example
 * addAll(record.keywords, ['cramp', ' ', 'cramp', 'magnesium']); // record.keywords → ['cramp', 'magnesium']
 */
export function addAll(list: string[], values: Iterable<string>): void {
  for (const v of values) {
    const text = cleanText(v);
    if (text !== undefined && !list.includes(text)) list.push(text);
  }
}

/**
 * A warning for a record without a title, the one field every later step relies on.
 * @example
 * checkTitle(untitled, note); // note('missing_field', 'the record has no title')
 */
export function checkTitle(record: BibRecord, note: Note): void {
  if (!record.title) note('missing_field', 'the record has no title');
}
