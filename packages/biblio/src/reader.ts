/**
 * What a reader is: a function from decoded text chunks to a stream of records and issues, in file order. Readers
 * never throw for bad input: a broken record becomes an issue (with its line or XML path) and reading goes on.
 */
import type { ReadIssue } from './issues.js';
import type { BibRecord, Format } from './record.js';

export type ReadItem = { kind: 'record'; record: BibRecord } | { kind: 'issue'; issue: ReadIssue };

export interface ReaderContext {
  /** File name used in `source.file` and in default ids (`file#record`). */
  file: string;
  /** The format being read (for `source.format`). */
  format: Format;
  /** CSV/TSV only: column name → record field, overriding the default header mapping. */
  columns?: Record<string, string>;
}

export type Reader = (text: AsyncIterable<string>, context: ReaderContext) => AsyncGenerator<ReadItem>;
