/**
 * Judging rows whose quoting went wrong. csv-parse is lenient about quotes, which is right for real exports (a bare
 * `"` inside a field) but lets one stray quote join many lines into one row; these helpers re-read such text line by
 * line and decide whether the lines alone make better rows.
 */
import { parse as parseSync } from 'csv-parse/sync';
import type { CsvDelimiter } from './csv-text.js';

/** One physical line read as a row of its own. */
export interface LineRow {
  cells: string[];
  line: number;
  /** Set when the line's own quoting is broken and it was split at every delimiter. */
  problem?: string;
}

/** Each physical line of `raw` as a row of its own; a line with broken quoting is split without quote handling. */
export function rereadLines(raw: string, firstLine: number, delimiter: CsvDelimiter): LineRow[] {
  const parts = raw.split('\n');
  if (parts[parts.length - 1] === '') parts.pop();
  return parts.map((text, k) => {
    const line = firstLine + k;
    try {
      const rows = parseSync(text, { delimiter, relax_quotes: true, relax_column_count: true }) as string[][];
      if (rows.length === 1) return { cells: rows[0], line };
    } catch {
      // falls through to the plain split
    }
    const problem = 'a quote on this line is not closed; the line was split at every delimiter';
    return { cells: text.split(delimiter), line, problem };
  });
}

/** Whether a row's text parses as exactly one row without csv-parse's leniency about quotes. */
export function strictlyQuoted(raw: string, delimiter: CsvDelimiter): boolean {
  try {
    return (parseSync(raw, { delimiter, relax_column_count: true }) as string[][]).length === 1;
  } catch {
    return false;
  }
}

/** Whether a row has the header's width: not fewer fields, and any extra ones empty (a trailing delimiter). */
export function fits(cells: readonly string[], width: number): boolean {
  return cells.length >= width && used(cells) <= width;
}

/** The number of fields a row uses: empty fields past the last non-empty one do not count. */
export function used(cells: readonly string[]): number {
  let n = cells.length;
  while (n > 0 && cells[n - 1].trim() === '') n--;
  return n;
}
