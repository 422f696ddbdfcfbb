/**
 * The CSL-JSON reader: an array of CSL items (also accepted: one item, or `{ "items": [...] }` as some tools wrap
 * them). JSON has no record boundaries a line reader could resync on, so the text is parsed whole; a file that is not
 * JSON is one syntax issue with its line. Each item becomes a record; an item that is not an object is skipped with an
 * issue. Every top-level member is kept in `raw` (strings as they are, anything else as JSON).
 */
import type { ReadIssue } from '../issues.js';
import { cleanText, normalisePages } from '../normalise.js';
import type { Reader, ReaderContext, ReadItem } from '../reader.js';
import { type Author, addRaw, type BibRecord, emptyRecord } from '../record.js';
import { isoDate } from './date-parts.js';
import { issnsOf } from './issn-list.js';
import { addAll, checkTitle, collector, setDoi, setPmcid, setPmid, setText, setYear } from './record-fields.js';
import { splitKeywords } from './split-lists.js';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Item = { [key: string]: Json };

/**
 * Reads CSL-JSON.
 * @example
 * for await (const item of readCslJson(chunks('[{"id":"roffe2002","type":"article-journal","title":"Magnesium"}]'), context)) …
 * // → { kind: 'record', record: { id: 'roffe2002', type: 'article-journal', title: 'Magnesium', … } }
 */
export const readCslJson: Reader = async function* (text, context) {
  const chunks: string[] = [];
  for await (const chunk of text) chunks.push(chunk);
  const source = chunks.join('').replace(/^\uFEFF/, '');
  let data: Json;
  try {
    data = JSON.parse(source) as Json;
  } catch (error) {
    yield syntaxIssue(source, error instanceof Error ? error.message : String(error));
    return;
  }
  const items = Array.isArray(data) ? data : isItem(data) && Array.isArray(data.items) ? data.items : [data];
  for (let k = 0; k < items.length; k++) {
    const item = items[k];
    const number = k + 1;
    if (!isItem(item)) {
      const message = `item ${number} is ${item === null ? 'null' : typeof item}, not an object; skipped`;
      yield { kind: 'issue', issue: { code: 'record_skipped', severity: 'error', message, record: number } };
      continue;
    }
    const issues: ReadIssue[] = [];
    yield { kind: 'record', record: cslRecord(item, context, number, issues) };
    for (const i of issues) yield { kind: 'issue', issue: i };
  }
};

/**
 * The record for one CSL item (the `number`-th in the file); issues found are pushed onto `issues`.
 * @example
 * cslRecord({ id: 'k', title: 'T', issued: { 'date-parts': [[2002, 5]] } }, context, 1, []);
 * // → { id: 'k', title: 'T', year: 2002, date: '2002-05', … }
 */
export function cslRecord(item: Item, context: ReaderContext, number: number, issues: ReadIssue[]): BibRecord {
  const id = str(item.id) ?? `${context.file}#${number}`;
  const record = emptyRecord(id, { file: context.file, format: context.format, record: number });
  const note = collector(issues, number);
  for (const [key, value] of Object.entries(item)) {
    if (value !== null && value !== '') addRaw(record, key, typeof value === 'string' ? value : JSON.stringify(value));
  }
  if (str(item.id) === undefined) note('missing_field', `the item has no id; its id is ${id}`);
  const type = str(item.type);
  if (type) record.type = type;
  setText(record, 'title', str(item.title));
  record.authors = cslNames(item.author);
  setText(record, 'journal', str(item['container-title']));
  setText(record, 'journalAbbrev', str(item['container-title-short']) ?? str(item.journalAbbreviation));
  applyIssued(record, item.issued, note);
  setText(record, 'volume', str(item.volume));
  setText(record, 'issue', str(item.issue));
  record.pages = normalisePages(str(item.page));
  setDoi(record, str(item.DOI) ?? '', note, 'DOI');
  setPmid(record, str(item.PMID) ?? '', note, 'PMID');
  setPmcid(record, str(item.PMCID) ?? '', note, 'PMCID');
  const issn = item.ISSN;
  addAll(record.issn, issnsOf(Array.isArray(issn) ? issn.flatMap((v) => str(v) ?? []) : [str(issn) ?? '']));
  record.url = cleanText(str(item.URL));
  setText(record, 'abstract', str(item.abstract));
  addAll(record.keywords, splitKeywords(str(item.keyword) ?? ''));
  setText(record, 'language', str(item.language));
  checkTitle(record, note);
  return record;
}

/** CSL names; particles and suffixes are folded into the family name, as the record has no place for them. */
function cslNames(value: Json | undefined): Author[] {
  if (!Array.isArray(value)) return [];
  const authors: Author[] = [];
  for (const name of value) {
    if (!isItem(name)) continue;
    const literal = cleanText(str(name.literal));
    if (literal) {
      authors.push({ literal });
      continue;
    }
    const parts = [name['dropping-particle'], name['non-dropping-particle'], name.family, name.suffix];
    const family = cleanText(parts.map((p) => str(p) ?? '').join(' '));
    const given = cleanText(str(name.given));
    if (family) authors.push(given ? { family, given } : { family });
    else if (given) authors.push({ family: given });
  }
  return authors;
}

/** Year and ISO date from `issued`: `date-parts` first, then `raw` or `literal`. */
function applyIssued(record: BibRecord, issued: Json | undefined, note: ReturnType<typeof collector>): void {
  if (typeof issued === 'string' || typeof issued === 'number') {
    setYear(record, String(issued), note, 'issued');
    return;
  }
  if (!isItem(issued)) return;
  const parts = issued['date-parts'];
  const first = Array.isArray(parts) && Array.isArray(parts[0]) ? parts[0].map((p) => Number(p)) : [];
  if (first.length > 0 && Number.isInteger(first[0])) {
    const [year, month, day] = first.map((n) => (Number.isInteger(n) ? n : undefined));
    setYear(record, String(year), note, 'issued');
    if (record.year !== undefined) record.date = isoDate(record.year, month, day) ?? String(record.year);
    return;
  }
  const text = str(issued.raw) ?? str(issued.literal);
  if (text) {
    setYear(record, text, note, 'issued');
    record.date = cleanText(text);
  }
}

function isItem(value: Json | undefined): value is Item {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A string or number member as a string; undefined for anything else. */
function str(value: Json | undefined): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return undefined;
}

/** One syntax issue with the line where JSON.parse stopped (from "at position N" or "line N" in its message). */
function syntaxIssue(source: string, message: string): ReadItem {
  const issue: ReadIssue = { code: 'syntax', severity: 'error', message: `not valid JSON: ${message}` };
  const line = /line (\d+)/.exec(message);
  const position = /position (\d+)/.exec(message);
  if (line) issue.line = Number(line[1]);
  else if (position) issue.line = source.slice(0, Number(position[1])).split('\n').length;
  return { kind: 'issue', issue };
}
