/**
 * EndNote XML (File > Export, "XML"): `<xml><records><record>…`, each field an element whose text EndNote wraps in
 * `<style face=… font=… size=…>` runs (one per change of formatting, so a title with an italic word has three).
 * Every field is kept in raw under its element path ("titles/title", "contributors/authors/author"); the fields the
 * record has are mapped from there. Line breaks inside a field are written as `&#xD;`.
 */
import type { ReadIssue } from '../issues.js';
import { cleanText, normaliseDoi, normalisePages, normalisePmid, parseAuthor, parseYear } from '../normalise.js';
import type { Reader, ReaderContext, ReadItem } from '../reader.js';
import { type Author, type BibRecord, emptyRecord } from '../record.js';
import { detach, textOf, type XmlElement } from '../xml/element.js';
import type { XmlItem, XmlLayout } from '../xml/layout.js';
import { xmlRecords } from '../xml/records.js';
import { endnoteType } from './endnote-xml-types.js';
import { endnoteDate } from './publication-date.js';

const LAYOUT: XmlLayout = {
  records: { records: ['record'] },
  wrappers: ['xml'],
  identify: (partial) => {
    const number = partial.children.find((c) => typeof c !== 'string' && c.name === 'rec-number');
    return number && typeof number !== 'string' ? `rec-number ${textOf(number).trim()}` : undefined;
  },
};

/** The text of a field: its `<style>` runs joined, whitespace between the runs (pretty-printing) left out. */
function fieldText(element: XmlElement): string {
  let styled = false;
  for (const c of element.children) if (typeof c !== 'string') styled = true;
  let out = '';
  for (const c of element.children) {
    if (typeof c !== 'string') out += textOf(c);
    else if (!styled || c.trim() !== '') out += c;
  }
  return detach(out.trim());
}

/** Whether an element holds a value (text, or text in style runs) rather than other fields. */
function isField(element: XmlElement): boolean {
  for (const c of element.children) if (typeof c !== 'string' && c.name !== 'style') return false;
  return true;
}

/**
 * Appends to raw like `addRaw`, safe for keys that name an Object.prototype member ("constructor", "__proto__"): an
 * element name comes from the file, and such a file must not break the reader.
 */
function addField(record: BibRecord, key: string, value: string): void {
  if (Object.hasOwn(record.raw, key)) record.raw[key].push(value);
  else Object.defineProperty(record.raw, key, { value: [value], enumerable: true, writable: true, configurable: true });
}

/** Every field of a record into raw, by path; attributes of ref-type kept as `ref-type/@name`. */
function collect(record: BibRecord, element: XmlElement, prefix: string): void {
  for (const c of element.children) {
    if (typeof c === 'string') continue;
    const key = detach(prefix ? `${prefix}/${c.name}` : c.name);
    if (!isField(c)) {
      collect(record, c, key);
      continue;
    }
    const value = fieldText(c);
    if (value) addField(record, key, value);
    if (c.name === 'ref-type' && c.attributes.name) addField(record, 'ref-type/@name', detach(c.attributes.name));
  }
}

/** An EndNote author: "Family, Given"; a name ending in a comma is a group (EndNote's own convention). */
function author(value: string): Author | undefined {
  const s = cleanText(value);
  if (!s) return undefined;
  if (s.endsWith(',')) return { literal: s.slice(0, -1).trim() };
  return parseAuthor(s);
}

const lines = (value: string | undefined): string[] =>
  (value ?? '')
    .split(/\r\n|\r|\n/)
    .map((l) => cleanText(l))
    .filter((l): l is string => l !== undefined);

/** ISSNs in EndNote's isbn field ("1533-4406 (Electronic)\r0028-4793 (Linking)"); ISBNs stay in raw only. */
function issns(values: readonly string[]): string[] {
  const out: string[] = [];
  for (const v of values) {
    for (const m of v.matchAll(/(?<![\d-])(\d{4})-?(\d{3}[\dXx])(?![\d-])/g)) {
      const issn = `${m[1]}-${m[2].toUpperCase()}`;
      if (!out.includes(issn)) out.push(issn);
    }
  }
  return out;
}

function mapRecord(
  element: XmlElement,
  index: number,
  path: string,
  context: ReaderContext,
): { record: BibRecord; issues: ReadIssue[] } {
  const source = { file: context.file, format: context.format, record: index, line: element.line };
  const record = emptyRecord(`${context.file}#${index}`, source);
  const issues: ReadIssue[] = [];
  const warn = (code: ReadIssue['code'], message: string, field: string) =>
    issues.push({ code, severity: 'warning', message, line: element.line, path: `${path}/${field}`, record: index });
  collect(record, element, '');
  const raw = record.raw;
  const one = (key: string) => cleanText(raw[key]?.[0]);

  const recNumber = one('rec-number');
  if (recNumber) record.id = recNumber;
  const type = endnoteType(one('ref-type/@name'), one('ref-type'));
  if (type) record.type = type;
  else if (raw['ref-type'])
    warn('bad_value', `unknown reference type "${one('ref-type/@name') ?? one('ref-type')}"`, 'ref-type');
  record.title = one('titles/title');
  record.journal = one('periodical/full-title') ?? one('titles/secondary-title');
  record.journalAbbrev = one('periodical/abbr-1') ?? one('titles/alt-title');
  record.authors = (raw['contributors/authors/author'] ?? []).flatMap((a) => author(a) ?? []);
  const abstract = lines(raw.abstract?.[0]);
  if (abstract.length > 0) record.abstract = abstract.join('\n\n');
  record.volume = one('volume');
  record.issue = one('number') ?? one('issue');
  record.pages = normalisePages(one('pages'));
  const yearText = one('dates/year');
  record.year = parseYear(yearText);
  if (yearText && (record.year === undefined || !/^\d{4}$/.test(yearText))) {
    record.year = undefined;
    warn('bad_value', `the year "${yearText}" is not a year; it is kept in raw only`, 'dates/year');
  }
  const pubDate = one('dates/pub-dates/date');
  if (record.year !== undefined) record.date = endnoteDate(record.year, pubDate);
  const doiText = one('electronic-resource-num');
  record.doi = normaliseDoi(doiText);
  if (doiText && !record.doi)
    warn('bad_value', `"${doiText}" is not a DOI; it is kept in raw only`, 'electronic-resource-num');
  record.issn = issns(raw.isbn ?? []);
  record.keywords = (raw['keywords/keyword'] ?? []).flatMap(lines);
  record.language = one('language');
  record.url = one('urls/related-urls/url') ?? one('urls/web-urls/url');
  // EndNote puts the PMID of a PubMed import in accession-num, and the PMC id in custom2.
  const database = `${one('remote-database-name') ?? ''} ${one('remote-database-provider') ?? ''}`;
  if (/pubmed|medline|nlm/i.test(database)) record.pmid = normalisePmid(one('accession-num'));
  const pmc = /^PMC\d+$/i.exec(one('custom2') ?? '');
  if (pmc) record.pmcid = pmc[0].toUpperCase();
  for (const key of Object.keys(record) as (keyof BibRecord)[]) if (record[key] === undefined) delete record[key];
  if (!record.title)
    issues.push({
      code: 'missing_field',
      severity: 'warning',
      message: 'the record has no title',
      line: element.line,
      path,
      record: index,
    });
  return { record, issues };
}

/**
 * Reads EndNote XML.
 * @example
 * const { records } = await readAll({ path: 'library.xml' }, { format: 'endnote-xml' });
 * records[0].authors[0]; // → { family: 'Kimura', given: 'M.' }
 */
export const readEndnoteXml: Reader = async function* (text, context): AsyncGenerator<ReadItem> {
  for await (const batch of xmlRecords(text, LAYOUT)) {
    for (const item of batch) yield* itemsOf(item, context);
  }
};

/** What one item of the XML layer gives the reader's caller: a record and its issues, an issue, or nothing. */
function* itemsOf(item: XmlItem, context: ReaderContext): Generator<ReadItem> {
  switch (item.kind) {
    case 'root':
      if (!item.known) {
        const message = `${context.file}: <${item.name}> is not EndNote XML (expected <xml><records><record>)`;
        yield { kind: 'issue', issue: { code: 'unknown_format', severity: 'error', message, line: item.line } };
      }
      break;
    case 'record': {
      const { record, issues } = mapRecord(item.element, item.index, item.path, context);
      yield { kind: 'record', record };
      for (const issue of issues) yield { kind: 'issue', issue };
      break;
    }
    case 'other':
      yield {
        kind: 'issue',
        issue: {
          code: 'unknown_tag',
          severity: 'warning',
          message: `<${item.element.name}> is not an EndNote record; it was skipped`,
          line: item.element.line,
          path: item.path,
        },
      };
      break;
    default:
      yield item;
  }
}
