/**
 * Records to CSL-JSON, the item format of citeproc, Zotero and Pandoc (CSL 1.0.2 schema `csl-data.json`). Names keep
 * family, given and literal; the date is `issued.date-parts`; keywords are one string, as the schema has it.
 */
import type { BibRecord } from '../record.js';

/** A CSL name. */
export interface CslName {
  family?: string;
  given?: string;
  literal?: string;
}

/** The CSL item members written for a record. */
export interface CslItem {
  id: string;
  type: string;
  title?: string;
  author?: CslName[];
  issued?: { 'date-parts': number[][] };
  'container-title'?: string;
  'container-title-short'?: string;
  volume?: string;
  issue?: string;
  page?: string;
  DOI?: string;
  PMID?: string;
  PMCID?: string;
  ISSN?: string;
  URL?: string;
  abstract?: string;
  keyword?: string;
  language?: string;
}

/**
 * One record as a CSL item; the type defaults to "article-journal" for a record with a journal, else "document".
 * @example
 * cslItem(record);
 * // → { id: 'roffe2002', type: 'article-journal', title: 'Magnesium for cramps',
 * //     author: [{ family: 'Roffe', given: 'Christine' }], issued: { 'date-parts': [[2002, 5]] }, … }
 */
export function cslItem(record: BibRecord): CslItem {
  const item: CslItem = { id: record.id, type: record.type ?? (record.journal ? 'article-journal' : 'document') };
  const set = <K extends keyof CslItem>(key: K, value: CslItem[K] | undefined): void => {
    if (value !== undefined && value !== '') item[key] = value;
  };
  set('title', record.title);
  if (record.authors.length > 0) item.author = record.authors.map((a) => ({ ...a }));
  set('issued', dateParts(record));
  set('container-title', record.journal);
  set('container-title-short', record.journalAbbrev);
  set('volume', record.volume);
  set('issue', record.issue);
  set('page', record.pages);
  set('DOI', record.doi);
  set('PMID', record.pmid);
  set('PMCID', record.pmcid);
  set('ISSN', record.issn.join(', '));
  set('URL', record.url);
  set('abstract', record.abstract);
  set('keyword', record.keywords.join(record.keywords.some((k) => k.includes(',')) ? '; ' : ', '));
  set('language', record.language);
  return item;
}

/**
 * Records as a CSL-JSON array.
 * @example
 * writeCslJson([record]); // → '[\n  {\n    "id": "roffe2002",\n    "type": "article-journal",\n…}\n]\n'
 */
export function writeCslJson(records: Iterable<BibRecord>): string {
  return `${JSON.stringify(Array.from(records, cslItem), null, 2)}\n`;
}

/** [[year, month, day]] from an ISO date that agrees with the year, else [[year]]. */
function dateParts(record: BibRecord): CslItem['issued'] {
  if (record.year === undefined) return undefined;
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(record.date ?? '');
  if (!m || Number(m[1]) !== record.year) return { 'date-parts': [[record.year]] };
  const parts = [m[1], m[2], m[3]].filter((p) => p !== undefined).map(Number);
  return { 'date-parts': [parts] };
}
