/**
 * Problems found while reading are data, not exceptions: each has a code, where it is (line, or XML path, and the
 * record number), and a message. Reading goes on past a bad record; nothing is dropped without an issue saying so.
 */

export const ISSUE_CODES = [
  'encoding', // bytes that are not valid in the detected encoding, or an encoding guessed
  'unknown_format', // the content matches no known format
  'syntax', // a line or element that breaks the format's grammar
  'unknown_tag', // a tag the format does not define (kept verbatim in raw)
  'missing_field', // a required part of a record is absent (e.g. a record without a title)
  'bad_value', // a value that cannot be right (a year of 20xx9, a malformed DOI) — kept in raw, left out of the field
  'record_skipped', // a record that could not be read at all and is not in the output
  'truncated', // the input ended inside a record
  'limit', // a safety limit was reached (XML depth, field size)
] as const;
export type IssueCode = (typeof ISSUE_CODES)[number];

export interface ReadIssue {
  code: IssueCode;
  severity: 'error' | 'warning';
  message: string;
  /** 1-based line in the (decoded) file, for text formats. */
  line?: number;
  /** Element path for XML formats, e.g. "PubmedArticleSet/PubmedArticle[3]/MedlineCitation/Article/ArticleTitle". */
  path?: string;
  /** 1-based number of the record the issue belongs to. */
  record?: number;
}

/** Counts a reader always reports. */
export interface ReadCounts {
  /** Records returned. */
  read: number;
  /** Records that could not be read and are not returned (each has a `record_skipped` issue). */
  skipped: number;
  /** Returned records that have at least one issue. */
  withIssues: number;
}
