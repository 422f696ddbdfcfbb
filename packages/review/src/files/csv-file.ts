/**
 * A CSV file with a header row, read with csv-parse (RFC 4180 quoting, BOM, CRLF), each row keeping the line it
 * starts on so that checks can name it.
 */
import { parse } from 'csv-parse/sync';
import { type ReviewIssue, reviewIssue } from '../issues.js';
import { readFolderText } from './folder-file.js';
import type { FolderSource } from './folder-source.js';

/** One data row: its 1-based starting line and its cells by column name (empty cells are absent). */
export interface CsvRow {
  line: number;
  /** 0-based position among the data rows. */
  index: number;
  cells: Record<string, string>;
}

/** A parsed CSV file. */
export interface CsvFile {
  file: string;
  /** Column names from the header row, trimmed. */
  columns: string[];
  rows: CsvRow[];
}

interface ParsedRecord {
  record: string[];
  info: { lines: number };
}

/** Reads a CSV file; a missing file (when required) or a parse error becomes an issue and no file is returned. */
export async function readCsvFile(
  source: FolderSource,
  file: string,
  issues: ReviewIssue[],
  options: { required: boolean },
): Promise<CsvFile | undefined> {
  const text = await readFolderText(source, file, issues, options);
  if (text === undefined) return undefined;
  return parseCsv(file, text, issues);
}

/** Parses CSV text with a header row. Rows with more cells than the header are reported and left out. */
export function parseCsv(file: string, text: string, issues: ReviewIssue[]): CsvFile | undefined {
  let records: ParsedRecord[];
  try {
    // With `info`, csv-parse returns each record with its position; its typings do not express that.
    records = parse(text, {
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
      bom: true,
    }) as unknown as ParsedRecord[];
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    issues.push(reviewIssue('syntax', { file, line, path: '' }, `cannot be read as CSV: ${(error as Error).message}`));
    return undefined;
  }
  if (records.length === 0) {
    issues.push(reviewIssue('required', { file, line: 1, path: '' }, 'has no header row'));
    return undefined;
  }
  const columns = records[0].record.map((c) => c.trim());
  const rows: CsvRow[] = [];
  for (const { record, info } of records.slice(1)) {
    // csv-parse counts the line a record ends on; a quoted cell may span lines.
    const line = info.lines - record.reduce((n, cell) => n + (cell.match(/\n/g)?.length ?? 0), 0);
    const index = rows.length;
    if (record.length > columns.length) {
      issues.push(
        reviewIssue(
          'inconsistent',
          { file, line, path: '' },
          `the row has ${record.length} cells but the header has ${columns.length}; it is left out`,
        ),
      );
      continue;
    }
    const cells: Record<string, string> = {};
    record.forEach((cell, i) => {
      const value = cell.trim();
      if (value !== '') cells[columns[i]] = value;
    });
    rows.push({ line, index, cells });
  }
  return { file, columns, rows };
}
