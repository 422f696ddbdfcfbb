/**
 * One parsed BibTeX entry to a record: BibTeX and biblatex field names to record fields, LaTeX to Unicode, names by
 * BibTeX's rules. Every field is kept in `raw` as written (macros expanded, LaTeX untouched) under its lower-case name;
 * the entry type is kept under "ENTRYTYPE".
 */
import type { ReadIssue } from '../issues.js';
import { cleanText, normalisePages } from '../normalise.js';
import type { ReaderContext } from '../reader.js';
import { addRaw, type BibRecord, emptyRecord } from '../record.js';
import type { ParsedBody } from './bibtex-entry.js';
import { bibtexAuthors } from './bibtex-names.js';
import { isoDate, monthNumber } from './date-parts.js';
import { issnsOf } from './issn-list.js';
import { cslTypeOfBibtex } from './item-types.js';
import { latexToUnicode } from './latex.js';
import { addAll, checkTitle, collector, setDoi, setPmcid, setPmid, setText, setYear } from './record-fields.js';
import { splitKeywords } from './split-lists.js';

/** Where the entry is: its 1-based number among the file's entries and the line of its `@`. */
export interface EntryPlace {
  record: number;
  line: number;
}

/**
 * The record for an entry, and the issues found building it (pushed onto `issues`).
 * @example
 * bibtexRecord('article', parseBody('k, title = {T}, year = 2001', 1, MONTH_MACROS, true), context, { record: 1, line: 1 }, []);
 * // → { id: 'k', type: 'article-journal', title: 'T', year: 2001, raw: { ENTRYTYPE: ['article'], title: ['T'], year: ['2001'] }, … }
 */
export function bibtexRecord(
  entryType: string,
  body: ParsedBody,
  context: ReaderContext,
  place: EntryPlace,
  issues: ReadIssue[],
): BibRecord {
  const id = body.key ?? `${context.file}#${place.record}`;
  const record = emptyRecord(id, { file: context.file, format: context.format, ...place });
  const note = collector(issues, place.record, place.line);
  if (!body.key) note('missing_field', `the entry has no citation key; its id is ${id}`);
  const type = cslTypeOfBibtex(entryType);
  if (type) record.type = type;
  addRaw(record, 'ENTRYTYPE', entryType);
  let booktitle: string | undefined;
  let month: string | undefined;
  for (const { name, value, line } of body.fields) {
    addRaw(record, name, value);
    const at = collector(issues, place.record, line);
    switch (name) {
      case 'title':
        setText(record, 'title', latexToUnicode(value));
        break;
      case 'author':
        if (record.authors.length === 0) record.authors = bibtexAuthors(value);
        break;
      case 'journal':
      case 'journaltitle':
        setText(record, 'journal', latexToUnicode(value));
        break;
      case 'booktitle':
        booktitle ??= latexToUnicode(value);
        break;
      case 'shortjournal':
      case 'journalabbrev':
      case 'journal-abbrev':
        setText(record, 'journalAbbrev', latexToUnicode(value));
        break;
      case 'year':
        setYear(record, latexToUnicode(value), at);
        break;
      case 'date':
        record.date ??= cleanText(value);
        break;
      case 'month':
        month ??= cleanText(latexToUnicode(value));
        break;
      case 'volume':
        setText(record, 'volume', latexToUnicode(value));
        break;
      case 'number':
      case 'issue':
        setText(record, 'issue', latexToUnicode(value));
        break;
      case 'pages':
        record.pages ??= normalisePages(latexToUnicode(value));
        break;
      case 'doi':
        setDoi(record, verbatim(value), at);
        break;
      case 'url':
        record.url ??= cleanText(verbatim(value));
        break;
      case 'abstract':
        setText(record, 'abstract', latexToUnicode(value));
        break;
      case 'issn':
        addAll(record.issn, issnsOf([verbatim(value)]));
        break;
      case 'pmid':
        setPmid(record, verbatim(value), at);
        break;
      case 'pmcid':
        setPmcid(record, verbatim(value), at);
        break;
      case 'keywords':
        addAll(record.keywords, splitKeywords(latexToUnicode(value)));
        break;
      case 'language':
      case 'langid':
        setText(record, 'language', latexToUnicode(value));
        break;
    }
  }
  setText(record, 'journal', booktitle);
  if (record.year === undefined && record.date) setYear(record, record.date, note, 'date');
  if (!record.date && record.year !== undefined && month) {
    const m = /^\d{1,2}$/.test(month) ? Number(month) : monthNumber(month);
    if (m) record.date = isoDate(record.year, m);
  }
  checkTitle(record, note);
  return record;
}

/** URL, DOI and other verbatim fields: only backslash escapes and grouping braces are undone, no LaTeX. */
function verbatim(value: string): string {
  return value.replace(/\\([_%&#$~{}])|[{}]/g, (_, escaped: string | undefined) => escaped ?? '');
}
