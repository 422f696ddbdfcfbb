/**
 * The one normalised shape every reader produces and every writer consumes: close to CSL-JSON, plus where the record
 * came from and the original fields verbatim, so that nothing a file held is thrown away.
 */

/** Formats Evidens reads (and, for some, writes). */
export const FORMATS = [
  'medline',
  'pubmed-xml',
  'ris',
  'bibtex',
  'endnote-xml',
  'wos',
  'wos-tab',
  'csv',
  'csljson',
  'jsonl',
] as const;
export type Format = (typeof FORMATS)[number];

/** A person as authors are cited: family name and given names (or initials); `literal` for group authors. */
export interface Author {
  family?: string;
  given?: string;
  /** A corporate or group author, kept whole ("Cochrane Pain Group"). */
  literal?: string;
}

/** Where a record came from. */
export interface RecordSource {
  /** The file name (or "pubmed" for a search). */
  file: string;
  format: Format;
  /** 1-based position of the record in the file. */
  record: number;
  /** 1-based line where the record starts, for text formats. */
  line?: number;
}

/** A bibliographic record. Empty fields are absent, never empty strings. */
export interface BibRecord {
  /** The record's id as imported: the file's own id (RIS ID, BibTeX key, CSV id column, PMID), else `file#record`. */
  id: string;
  /** CSL item type: article-journal, book, chapter, paper-conference, thesis, report, webpage, dataset, … */
  type?: string;
  title?: string;
  abstract?: string;
  authors: Author[];
  year?: number;
  /** Publication date as given (ISO 8601 where it could be parsed, else verbatim). */
  date?: string;
  /** Full journal (container) title. */
  journal?: string;
  /** Abbreviated journal title (ISO / MEDLINE TA). */
  journalAbbrev?: string;
  volume?: string;
  issue?: string;
  /** Page range as "123-131" (or an article number). */
  pages?: string;
  /** Lower-case DOI without a resolver prefix: "10.1002/14651858.cd009402.pub3". */
  doi?: string;
  pmid?: string;
  pmcid?: string;
  issn: string[];
  keywords: string[];
  /** MeSH headings, with qualifiers as "Heading/Qualifier" and major topics marked with a leading "*". */
  mesh: string[];
  publicationTypes: string[];
  language?: string;
  url?: string;
  source: RecordSource;
  /** The original fields verbatim: tag (or element path, or column) → values in file order. */
  raw: Record<string, string[]>;
}

/** A record with only the required parts, for readers to fill in. */
export function emptyRecord(id: string, source: RecordSource): BibRecord {
  return { id, authors: [], issn: [], keywords: [], mesh: [], publicationTypes: [], source, raw: {} };
}

/**
 * Appends a raw field value, keeping file order. Keys are a file's own names (a CSV header, an XML path), so a key such
 * as "constructor" or "__proto__" must become an own property like any other, never reach the object's prototype.
 */
export function addRaw(record: BibRecord, key: string, value: string): void {
  const raw = record.raw;
  const list = raw[key];
  if (Array.isArray(list) && Object.hasOwn(raw, key)) list.push(value);
  else if (list === undefined && key !== '__proto__') raw[key] = [value];
  else Object.defineProperty(raw, key, { value: [value], enumerable: true, writable: true, configurable: true });
}
