/**
 * Reads a CSV text into a header and rows of strings, each row with the line of the file it starts on (header = the
 * first line), for messages that point into the file. The delimiter — comma, semicolon or tab — is the one that occurs
 * most often in the header line (outside quotes); a UTF-8 byte-order mark and Windows line ends are accepted.
 * Problems are returned as issues, not thrown: a row with the wrong number of fields is left out with an issue, and
 * reading stops at broken quoting (csv-parse cannot go past it). Blank rows (every field empty) carry no data and are
 * skipped.
 */
import { CsvError, parse } from 'csv-parse/sync';

export type Delimiter = ',' | ';' | '\t';

export interface CsvRow {
  /** Line of the file the row starts on (1-based; the header is on line 1 unless blank lines precede it). */
  line: number;
  cells: string[];
}

export interface CsvIssue {
  code: 'empty' | 'malformed' | 'field_count' | 'duplicate_column' | 'empty_column_name';
  line: number;
  column?: string;
  message: string;
}

export interface CsvTable {
  columns: string[];
  rows: CsvRow[];
  delimiter: Delimiter;
  issues: CsvIssue[];
}

/** The delimiter that occurs most often outside quotes in the first non-blank line; a comma when there is none. */
export function detectDelimiter(text: string): Delimiter {
  const first = firstLine(text.replace(/^\uFEFF/, ''));
  const counts: Record<Delimiter, number> = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (const ch of first) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === ',' || ch === ';' || ch === '\t')) counts[ch]++;
  }
  const best = (Object.keys(counts) as Delimiter[]).reduce((a, b) => (counts[b] > counts[a] ? b : a), ',');
  return counts[best] > 0 ? best : ',';
}

function firstLine(text: string): string {
  let from = 0;
  while (from < text.length) {
    const end = text.indexOf('\n', from);
    const line = text.slice(from, end < 0 ? text.length : end);
    if (line.trim() !== '') return line;
    if (end < 0) break;
    from = end + 1;
  }
  return '';
}

export function readCsv(text: string): CsvTable {
  const delimiter = detectDelimiter(text);
  const table: CsvTable = { columns: [], rows: [], delimiter, issues: [] };
  let records: string[][];
  try {
    // Blank lines are kept (as one empty field) so that lines can be counted without csv-parse's `info` option,
    // which costs more than the parsing itself on large files.
    records = parse(text, { delimiter, bom: true, trim: true, relax_column_count: true });
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    const line = error.code === 'CSV_QUOTE_NOT_CLOSED' ? unclosedQuoteLine(text) : Number(error.lines);
    table.issues.push({ code: 'malformed', line, message: quotingProblem(error) });
    return table;
  }
  let line = 1;
  let width = -1;
  for (const cells of records) {
    const at = line;
    line += 1 + newlines(cells);
    if (cells.every((c) => c === '')) continue;
    if (width < 0) {
      table.columns = cells;
      width = cells.length;
      checkHeader(table, at);
      continue;
    }
    if (cells.length === width) {
      table.rows.push({ line: at, cells });
      continue;
    }
    const extra = cells.slice(width);
    if (cells.length > width && extra.every((c) => c === '')) {
      table.rows.push({ line: at, cells: cells.slice(0, width) });
      continue;
    }
    const n = cells.length - extra.filter((c) => c === '').length;
    const message = `${n} fields but the header has ${width} (delimiter ${describe(delimiter)})`;
    table.issues.push({ code: 'field_count', line: at, message });
  }
  if (width < 0) table.issues.push({ code: 'empty', line: 1, message: 'the file is empty (no header line)' });
  return table;
}

function checkHeader(table: CsvTable, line: number): void {
  const seen = new Set<string>();
  table.columns.forEach((name, j) => {
    if (name === '') {
      table.issues.push({ code: 'empty_column_name', line, message: `column ${j + 1} of the header has no name` });
    } else if (seen.has(name)) {
      table.issues.push({ code: 'duplicate_column', line, column: name, message: `column ${name} appears twice` });
    }
    seen.add(name);
  });
}

/** The line of the quote that opens a field and is never closed (doubled quotes inside a field cancel out). */
function unclosedQuoteLine(text: string): number {
  let line = 1;
  let openedAt = 1;
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\n') line++;
    else if (ch === '"') {
      quoted = !quoted;
      if (quoted) openedAt = line;
    }
  }
  return openedAt;
}

function quotingProblem(error: CsvError): string {
  switch (error.code) {
    case 'CSV_QUOTE_NOT_CLOSED':
      return 'a quoted field starting here is never closed';
    case 'INVALID_OPENING_QUOTE':
      return 'a double quote inside an unquoted field (quote the whole field and double the inner quotes)';
    case 'CSV_INVALID_CLOSING_QUOTE':
    case 'CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE':
      return 'text after the closing quote of a field';
    default:
      return error.message;
  }
}

function newlines(record: string[]): number {
  let n = 0;
  for (const cell of record) for (const ch of cell) if (ch === '\n') n++;
  return n;
}

export function describe(delimiter: Delimiter): string {
  return delimiter === '\t' ? 'tab' : `"${delimiter}"`;
}
