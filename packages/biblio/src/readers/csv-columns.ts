/**
 * CSV columns to record fields: a default mapping of the headers that exports and datasets use (matched without
 * regard to case, spaces, "_" or "-"), which `ReaderContext.columns` overrides column by column. Every non-empty cell
 * is also kept in `raw` under its column name, so label columns and anything unmapped travel with the record.
 */
import type { ReadIssue } from '../issues.js';

/**
 * Record fields a column can fill. Besides the record's own: "pageStart"/"pageEnd" (joined into pages),
 * "articleNumber" (pages when there are none), "source" (a whole citation, "Journal (2014) 3:3 (152-160)"), and
 * "raw" (no field; the column is only kept in raw).
 */
export const CSV_FIELDS = [
  'id',
  'type',
  'title',
  'abstract',
  'authors',
  'year',
  'date',
  'journal',
  'journalAbbrev',
  'volume',
  'issue',
  'pages',
  'pageStart',
  'pageEnd',
  'articleNumber',
  'doi',
  'pmid',
  'pmcid',
  'issn',
  'keywords',
  'mesh',
  'publicationTypes',
  'language',
  'url',
  'source',
  'raw',
] as const;
export type CsvField = (typeof CSV_FIELDS)[number];

/** Header (normalised by `headerKey`) → field. */
const DEFAULT_COLUMNS: Record<string, CsvField> = {
  id: 'id',
  recordid: 'id',
  key: 'id',
  citationkey: 'id',
  entrytype: 'type',
  type: 'type',
  documenttype: 'type',
  referencetype: 'type',
  dt: 'type',
  title: 'title',
  articletitle: 'title',
  documenttitle: 'title',
  ti: 'title',
  abstract: 'abstract',
  ab: 'abstract',
  authors: 'authors',
  author: 'authors',
  'author(s)': 'authors',
  authornames: 'authors',
  au: 'authors',
  year: 'year',
  py: 'year',
  publicationyear: 'year',
  date: 'date',
  publicationdate: 'date',
  journal: 'journal',
  journaltitle: 'journal',
  sourcetitle: 'journal',
  so: 'journal',
  containertitle: 'journal',
  booktitle: 'journal',
  secondarytitle: 'journal',
  journalabbrev: 'journalAbbrev',
  journalabbreviation: 'journalAbbrev',
  abbreviatedsourcetitle: 'journalAbbrev',
  ji: 'journalAbbrev',
  j9: 'journalAbbrev',
  volume: 'volume',
  vl: 'volume',
  issue: 'issue',
  number: 'issue',
  is: 'issue',
  pages: 'pages',
  page: 'pages',
  pagestart: 'pageStart',
  startpage: 'pageStart',
  bp: 'pageStart',
  pageend: 'pageEnd',
  endpage: 'pageEnd',
  ep: 'pageEnd',
  artno: 'articleNumber',
  articlenumber: 'articleNumber',
  ar: 'articleNumber',
  doi: 'doi',
  di: 'doi',
  pmid: 'pmid',
  pubmedid: 'pmid',
  pm: 'pmid',
  pmcid: 'pmcid',
  issn: 'issn',
  sn: 'issn',
  keywords: 'keywords',
  authorkeywords: 'keywords',
  de: 'keywords',
  kw: 'keywords',
  mesh: 'mesh',
  meshterms: 'mesh',
  publicationtypes: 'publicationTypes',
  language: 'language',
  la: 'language',
  url: 'url',
  link: 'url',
  source: 'source',
};

/**
 * A header as the default mapping sees it: lower case, without spaces, "_", "-" and ".".
 * @example
 * headerKey('Page start'); // → 'pagestart'
 */
export function headerKey(header: string): string {
  return header
    .trim()
    .toLowerCase()
    .replace(/[\s_.-]+/g, '');
}

/**
 * The field of each column: `columns` (column name → field, names matched exactly, else case-insensitively) first,
 * then the default mapping; unmapped columns are "raw". Overrides that name no known field or no column in the header
 * are reported in `issues`.
 * @example
 * planColumns(['ID', 'Title', 'label_included'], { label_included: 'raw' }, []); // → ['id', 'title', 'raw']
 */
export function planColumns(
  header: readonly string[],
  columns: Readonly<Record<string, string>> | undefined,
  issues: ReadIssue[],
): CsvField[] {
  const plan: CsvField[] = header.map((h) => DEFAULT_COLUMNS[headerKey(h)] ?? 'raw');
  for (const [column, field] of Object.entries(columns ?? {})) {
    if (!(CSV_FIELDS as readonly string[]).includes(field)) {
      const message = `columns: ${column} → ${field}: ${field} is not a record field (known: ${CSV_FIELDS.join(', ')})`;
      issues.push({ code: 'bad_value', severity: 'error', message, line: 1 });
      continue;
    }
    let j = header.indexOf(column);
    if (j < 0) j = header.findIndex((h) => h.trim().toLowerCase() === column.trim().toLowerCase());
    if (j < 0) {
      const message = `columns: the header has no column ${column} (columns: ${header.join(', ')})`;
      issues.push({ code: 'missing_field', severity: 'warning', message, line: 1 });
      continue;
    }
    plan[j] = field as CsvField;
  }
  return plan;
}
