/**
 * One CSV row to a record, following the column plan. Scalar fields take the first non-empty column mapped to them;
 * list fields (authors, keywords, ISSN …) collect from every column. The id is the id column's value exactly as
 * written (dedup and screening sets match records by it), else the PMID, else `file#record`.
 */
import type { ReadIssue } from '../issues.js';
import { cleanText, normalisePages, parseAuthor } from '../normalise.js';
import type { ReaderContext } from '../reader.js';
import { type Author, addRaw, type BibRecord, emptyRecord } from '../record.js';
import type { CsvField } from './csv-columns.js';
import { issnsOf } from './issn-list.js';
import { cslTypeOf } from './item-types.js';
import { addAll, checkTitle, collector, setDoi, setPmcid, setPmid, setText, setYear } from './record-fields.js';
import { splitAuthorList, splitKeywords } from './split-lists.js';

/**
 * The record for one row (`cells` in header order).
 * @example
 * csvRecord(['7', 'Magnesium for cramps', 'Roffe, C; Sills, S'], ['ID', 'Title', 'Authors'], ['id', 'title', 'authors'],
 *   context, { record: 1, line: 2 }, []);
 * // → { id: '7', title: 'Magnesium for cramps', authors: [{ family: 'Roffe', given: 'C' }, { family: 'Sills', given: 'S' }], … }
 */
export function csvRecord(
  cells: readonly string[],
  header: readonly string[],
  plan: readonly CsvField[],
  context: ReaderContext,
  place: { record: number; line: number },
  issues: ReadIssue[],
): BibRecord {
  const record = emptyRecord('', { file: context.file, format: context.format, ...place });
  const note = collector(issues, place.record, place.line);
  let id: string | undefined;
  let pageStart: string | undefined;
  let pageEnd: string | undefined;
  let articleNumber: string | undefined;
  let source: string | undefined;
  cells.forEach((value, j) => {
    if (value.trim() === '') return;
    const column = header[j] || `column ${j + 1}`;
    addRaw(record, column, value);
    const field = plan[j] ?? 'raw';
    switch (field) {
      case 'id':
        id ??= value;
        break;
      case 'type':
        record.type ??= cslTypeOf(value);
        break;
      case 'title':
      case 'abstract':
      case 'journal':
      case 'journalAbbrev':
      case 'volume':
      case 'issue':
      case 'language':
        setText(record, field, value);
        break;
      case 'authors':
        if (record.authors.length === 0) record.authors = csvAuthors(value);
        break;
      case 'year':
        setYear(record, value, note, column);
        break;
      case 'date':
        record.date ??= cleanText(value);
        break;
      case 'pages':
        record.pages ??= normalisePages(value);
        break;
      case 'pageStart':
        pageStart ??= value;
        break;
      case 'pageEnd':
        pageEnd ??= value;
        break;
      case 'articleNumber':
        articleNumber ??= value;
        break;
      case 'doi':
        setDoi(record, value, note, column);
        break;
      case 'pmid':
        setPmid(record, value, note, column);
        break;
      case 'pmcid':
        setPmcid(record, value, note, column);
        break;
      case 'issn':
        addAll(record.issn, issnsOf([value]));
        break;
      case 'keywords':
        addAll(record.keywords, splitKeywords(value));
        break;
      case 'mesh':
      case 'publicationTypes':
        addAll(record[field], value.split(';'));
        break;
      case 'url':
        record.url ??= cleanText(value);
        break;
      case 'source':
        source ??= value;
        break;
      case 'raw':
        break;
    }
  });
  record.pages ??= normalisePages(pageStart, pageEnd) ?? cleanText(articleNumber);
  if (source) applySource(record, source);
  if (record.year === undefined && record.date) setYear(record, record.date, note, 'date');
  record.id = id ?? record.pmid ?? `${context.file}#${place.record}`;
  checkTitle(record, note);
  return record;
}

/** Authors from one cell; a name in braces is a group author kept whole (as the CSV writer writes them). */
function csvAuthors(value: string): Author[] {
  return splitAuthorList(value).flatMap((name): Author[] => {
    const group = /^\{(.*)\}$/.exec(name);
    const literal = group ? cleanText(group[1]) : undefined;
    if (group) return literal ? [{ literal }] : [];
    const author = parseAuthor(name);
    return author ? [author] : [];
  });
}

/** Embase's "Source": "Endoscopic Ultrasound (2014) 3:3 (152-160). Date of Publication: 2014". */
const EMBASE_SOURCE = /^(.+?) \((\d{4})\)(?: ([^\s:(]+)(?::(\S+))?)?(?: \(([^)]*)\))?\./;

/** Fills journal, year, volume, issue and pages from a citation cell that fields did not already give. */
function applySource(record: BibRecord, source: string): void {
  const m = EMBASE_SOURCE.exec(source.trim());
  if (!m) return;
  setText(record, 'journal', m[1]);
  record.year ??= Number(m[2]);
  setText(record, 'volume', m[3]);
  setText(record, 'issue', m[4]);
  record.pages ??= normalisePages(m[5]);
}
