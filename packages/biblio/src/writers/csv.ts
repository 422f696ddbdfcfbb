/**
 * Records to CSV, with the headers the CSV reader maps back to the same fields: id, type, title, authors, year,
 * journal, journal_abbrev, volume, issue, pages, doi, pmid, pmcid, issn, keywords, language, url, abstract. Lists are
 * joined with "; " (authors as "Family, Given", a group author in braces); fields are quoted as RFC 4180 says.
 * Extra columns can be taken from `raw` (screening labels, for instance).
 */
import type { Author, BibRecord } from '../record.js';

export interface CsvWriteOptions {
  /** Field delimiter: "," (default), ";" (spreadsheets in many European locales) or a tab. */
  delimiter?: ',' | ';' | '\t';
  /** Raw fields to add as columns after the standard ones (values joined with "; "). */
  raw?: readonly string[];
  /** Line end: "\n" (default) or "\r\n". */
  eol?: '\n' | '\r\n';
  /** Start with a UTF-8 byte-order mark, which Excel needs to read UTF-8. */
  bom?: boolean;
}

/** The standard columns and how each is taken from a record. */
const COLUMNS: readonly [string, (r: BibRecord) => string | number | undefined][] = [
  ['id', (r) => r.id],
  ['type', (r) => r.type],
  ['title', (r) => r.title],
  ['authors', (r) => r.authors.map(authorCell).join('; ')],
  ['year', (r) => r.year],
  ['journal', (r) => r.journal],
  ['journal_abbrev', (r) => r.journalAbbrev],
  ['volume', (r) => r.volume],
  ['issue', (r) => r.issue],
  ['pages', (r) => r.pages],
  ['doi', (r) => r.doi],
  ['pmid', (r) => r.pmid],
  ['pmcid', (r) => r.pmcid],
  ['issn', (r) => r.issn.join('; ')],
  ['keywords', (r) => r.keywords.join('; ')],
  ['language', (r) => r.language],
  ['url', (r) => r.url],
  ['abstract', (r) => r.abstract],
];

/**
 * The header line.
 * @example
 * csvHeader({ raw: ['label_included'] }); // → 'id,type,title,authors,…,abstract,label_included\n'
 */
export function csvHeader(options: CsvWriteOptions = {}): string {
  const names = [...COLUMNS.map(([name]) => name), ...(options.raw ?? [])];
  return line(names, options);
}

/**
 * One record as a CSV line.
 * @example
 * csvRow(record); // → '12345,article-journal,Magnesium for cramps,"Roffe, Christine; Sills, Sarah",2002,…\n'
 */
export function csvRow(record: BibRecord, options: CsvWriteOptions = {}): string {
  const cells = COLUMNS.map(([, get]) => get(record));
  for (const name of options.raw ?? []) cells.push(record.raw[name]?.join('; '));
  return line(cells, options);
}

/**
 * Records as a CSV file.
 * @example
 * writeCsv([record], { delimiter: ';' }); // → 'id;type;title;…\n12345;article-journal;Magnesium for cramps;…\n'
 */
export function writeCsv(records: Iterable<BibRecord>, options: CsvWriteOptions = {}): string {
  const out = [options.bom ? '\uFEFF' : '', csvHeader(options)];
  for (const record of records) out.push(csvRow(record, options));
  return out.join('');
}

function line(cells: readonly (string | number | undefined)[], options: CsvWriteOptions): string {
  const delimiter = options.delimiter ?? ',';
  return cells.map((c) => quote(c === undefined ? '' : String(c), delimiter)).join(delimiter) + (options.eol ?? '\n');
}

/** A field quoted when it holds the delimiter, a quote, a line break or space at either end; quotes doubled. */
function quote(value: string, delimiter: string): string {
  if (!value.includes(delimiter) && !/["\r\n]|^\s|\s$/.test(value)) return value;
  return `"${value.replace(/"/g, '""')}"`;
}

function authorCell(author: Author): string {
  if (author.literal) return `{${author.literal}}`;
  if (author.family && author.given) return `${author.family}, ${author.given}`;
  const family = author.family ?? author.given ?? '';
  // A family name alone: "Le Quintrec," so that "Le" is not read back as a given name.
  return /\s/.test(family) ? `${family},` : family;
}
