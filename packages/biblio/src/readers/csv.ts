/**
 * The CSV/TSV reader, streaming through csv-parse. The delimiter (comma, semicolon or tab) is the one the header line
 * holds most often outside quotes; a BOM is dropped and CRLF or CR line ends become LF before parsing, so quoted
 * fields with embedded line breaks and line counting behave the same for every file.
 *
 * Broken quoting is the one thing that can swallow rows, so a row that spans lines is checked: if its quoting is not
 * valid CSV and its lines one by one make better rows (it has the wrong number of fields and some later line alone
 * has the right one, or every line alone has the right one), the lines are read one by one; otherwise it is kept with
 * an issue naming the lines. A quote never closed (csv-parse gives up on the rest of the file) has that rest read line
 * by line. CSV cannot always tell a stray quote from a field with line breaks; what it cannot tell is flagged.
 * Limit: an unclosed quote holds the rest of the file in memory until the end.
 */
import { Readable } from 'node:stream';
import { type CsvError, parse } from 'csv-parse';
import type { ReadIssue } from '../issues.js';
import type { Reader, ReaderContext, ReadItem } from '../reader.js';
import { type CsvField, planColumns } from './csv-columns.js';
import { fits, rereadLines, strictlyQuoted, used } from './csv-quoting.js';
import { csvRecord } from './csv-record.js';
import { type CsvDelimiter, detectDelimiter, lfOnly, newlines, prepend } from './csv-text.js';

/**
 * Reads CSV or TSV with a header row; `context.columns` overrides the default column mapping.
 * @example
 * for await (const item of readCsv(chunks('ID;Title;Year\nr1;Magnesium for cramps;2002\n'), context)) …
 * // → { kind: 'record', record: { id: 'r1', title: 'Magnesium for cramps', year: 2002, raw: { ID: ['r1'], … }, … } }
 */
export const readCsv: Reader = async function* (text, context) {
  const source = lfOnly(text)[Symbol.asyncIterator]();
  const head: string[] = [];
  let headChars = 0;
  while (headChars < 65536) {
    const r = await source.next();
    if (r.done) break;
    head.push(r.value);
    headChars += r.value.length;
    if (r.value.includes('\n')) break;
  }
  const delimiter = detectDelimiter(head.join(''));
  const parser = parse({
    delimiter,
    relax_quotes: true,
    relax_column_count: true,
    skip_records_with_error: true,
    raw: true,
  });
  const unreadable: CsvError[] = [];
  parser.on('skip', (error: CsvError) => unreadable.push(error));
  const input = Readable.from(prepend(head, source));
  input.on('error', (error) => parser.destroy(error));
  input.pipe(parser);
  const rows = new Rows(context, delimiter);
  for await (const item of parser as AsyncIterable<{ record: string[]; raw: string }>) {
    yield* rows.row(item.record, item.raw);
  }
  for (const error of unreadable) yield* rows.unreadable(error);
  if (!rows.header) yield issue('missing_field', 'error', 'the file has no header row', 1);
};

/** Tracks lines, the header and the record count across rows. */
class Rows {
  header: string[] | undefined;
  private plan: CsvField[] = [];
  private line = 1;
  private count = 0;

  constructor(
    private readonly context: ReaderContext,
    private readonly delimiter: CsvDelimiter,
  ) {}

  *row(cells: string[], raw: string): Generator<ReadItem> {
    const start = this.line;
    const spanned = newlines(raw);
    this.line += spanned;
    if (cells.every((c) => c.trim() === '')) return;
    if (!this.header) {
      this.header = cells.map((c) => c.trim());
      const issues: ReadIssue[] = [];
      this.plan = planColumns(this.header, this.context.columns, issues);
      for (const i of issues) yield { kind: 'issue', issue: i };
      return;
    }
    const width = this.header.length;
    if (spanned > 1 && !strictlyQuoted(raw, this.delimiter)) {
      const end = start + spanned - (raw.endsWith('\n') ? 1 : 0);
      const pieces = rereadLines(raw, start, this.delimiter);
      const later = pieces.filter((p) => p.line > start);
      // Quoting that is not valid CSV joined these lines: split them again when the lines alone make better rows.
      const better = fits(cells, width)
        ? pieces.every((p) => fits(p.cells, width))
        : later.some((p) => fits(p.cells, width));
      if (better) {
        const message = `lines ${start}–${end} read as one row of ${cells.length} fields (the header has ${width}): an unbalanced quote; the lines were read one by one`;
        yield issue('syntax', 'warning', message, start);
        for (const p of pieces) yield* this.record(p.cells, p.line, p.problem);
        return;
      }
      const problem = `lines ${start}–${end} hold a quote in the wrong place; rows may have been joined into this one`;
      yield* this.record(cells, start, problem);
      return;
    }
    yield* this.record(cells, start);
  }

  /** The rest of the file after a quote that never closes, read line by line. */
  *unreadable(error: CsvError): Generator<ReadItem> {
    const raw = (error as { raw?: unknown }).raw;
    const start = this.line;
    if (typeof raw !== 'string' || !this.header) {
      yield issue(
        'record_skipped',
        'error',
        `from line ${start} on the file could not be read: ${error.message}`,
        start,
      );
      return;
    }
    const message = `a quote opened on line ${start} is never closed; the rest of the file was read line by line`;
    yield issue('syntax', 'warning', message, start);
    for (const p of rereadLines(raw, start, this.delimiter)) yield* this.record(p.cells, p.line, p.problem);
  }

  private *record(cells: string[], line: number, problem?: string): Generator<ReadItem> {
    if (cells.every((c) => c.trim() === '')) return;
    const number = ++this.count;
    const issues: ReadIssue[] = [];
    if (problem) issues.push({ code: 'syntax', severity: 'warning', message: problem, line, record: number });
    const width = this.header!.length;
    if (!fits(cells, width)) {
      const n = cells.length < width ? cells.length : used(cells);
      const rest = n > width ? '; the extra fields are kept in raw as "column N"' : '';
      const message = `the row has ${n} fields, the header ${width}${rest}`;
      issues.push({ code: 'syntax', severity: 'warning', message, line, record: number });
    }
    const place = { record: number, line };
    const record = csvRecord(cells, this.header!, this.plan, this.context, place, issues);
    yield { kind: 'record', record };
    for (const i of issues) yield { kind: 'issue', issue: i };
  }
}

function issue(code: ReadIssue['code'], severity: ReadIssue['severity'], message: string, line: number): ReadItem {
  return { kind: 'issue', issue: { code, severity, message, line } };
}
