/**
 * Reading an input whole or as a stream: open (gunzip), decode (encoding from content), detect the format from the
 * content unless it is given, and hand the text to the format's reader. `readItems` streams records and issues in
 * file order in bounded memory; `readAll` collects them with the counts every reader reports.
 */
import { basename } from 'node:path';
import { detectFormat } from './detect.js';
import type { ReadCounts, ReadIssue } from './issues.js';
import type { ReadItem } from './reader.js';
import { jatsMessage } from './readers/pubmed-xml.js';
import { type BibRecord, FORMATS, type Format } from './record.js';
import { READERS } from './registry.js';
import { type BytesProgress, fileBytes, memoryBytes } from './source.js';
import { decode } from './text/decode.js';

export type ReadInput = { path: string } | { data: Uint8Array | string; file?: string };

export interface ReadOptions {
  /** The format, or "auto" (default) to detect it from the content. */
  format?: Format | 'auto';
  /** CSV/TSV: column name → record field, overriding the default header mapping. */
  columns?: Record<string, string>;
  /** Told the format once it is known (detected or given), before the first record. */
  onFormat?: (format: Format) => void;
  /** A file read from a path: told the bytes of the file read so far and its size, after each chunk. */
  onBytes?: BytesProgress;
}

export interface ReadResult {
  format: Format | undefined;
  records: BibRecord[];
  issues: ReadIssue[];
  counts: ReadCounts;
}

const DETECT_CHARS = 8192;

async function* prepend(head: string[], rest: AsyncIterator<string>): AsyncGenerator<string> {
  yield* head;
  for (let r = await rest.next(); !r.done; r = await rest.next()) yield r.value;
}

/** Records and issues of an input, in file order. The first item may be an issue about encoding or format. */
export async function* readItems(input: ReadInput, options: ReadOptions = {}): AsyncGenerator<ReadItem> {
  const file = 'path' in input ? basename(input.path) : (input.file ?? 'input');
  const bytes = 'path' in input ? await fileBytes(input.path, options.onBytes) : memoryBytes(input.data);
  const early: ReadIssue[] = [];
  const text = decode(bytes, (issue) => early.push(issue))[Symbol.asyncIterator]();
  const head: string[] = [];
  let headLength = 0;
  while (headLength < DETECT_CHARS) {
    const r = await text.next();
    if (r.done) break;
    head.push(r.value);
    headLength += r.value.length;
  }
  const requested = options.format ?? 'auto';
  if (requested !== 'auto' && !FORMATS.includes(requested)) {
    yield issue('unknown_format', `unknown format ${requested}; known formats: ${FORMATS.join(', ')}`);
    return;
  }
  const start = head.join('').slice(0, DETECT_CHARS);
  const format = requested === 'auto' ? detectFormat(start, file) : requested;
  for (const i of early.splice(0)) yield { kind: 'issue', issue: i };
  if (format === undefined) {
    // PubMed Central's article XML is what a fetch from db=pmc gives: say so, and what to fetch instead.
    const jats = /<(pmc-articleset)[\s>]/.exec(start);
    yield issue(
      'unknown_format',
      jats ? jatsMessage(jats[1], file) : `${file}: the content matches no known format (${FORMATS.join(', ')})`,
    );
    return;
  }
  const reader = READERS[format];
  if (!reader) {
    yield issue('unknown_format', `${file}: reading ${format} is not supported`);
    return;
  }
  options.onFormat?.(format);
  const context = { file, format, ...(options.columns ? { columns: options.columns } : {}) };
  for await (const item of reader(prepend(head, text), context)) {
    if (early.length > 0) for (const i of early.splice(0)) yield { kind: 'issue', issue: i };
    yield item;
  }
  for (const i of early.splice(0)) yield { kind: 'issue', issue: i };
}

function issue(code: ReadIssue['code'], message: string): ReadItem {
  return { kind: 'issue', issue: { code, severity: 'error', message } };
}

/** Everything an input holds, with the counts. */
export async function readAll(input: ReadInput, options: ReadOptions = {}): Promise<ReadResult> {
  const records: BibRecord[] = [];
  const issues: ReadIssue[] = [];
  let format: Format | undefined;
  const onFormat = (f: Format) => {
    format = f;
  };
  for await (const item of readItems(input, { ...options, onFormat })) {
    if (item.kind === 'record') records.push(item.record);
    else issues.push(item.issue);
  }
  return {
    format,
    records,
    issues,
    counts: countsOf(
      records.map((r) => r.source.record),
      issues,
    ),
  };
}

/** Read, skipped and with-issues counts from the record numbers a reader returned and its issues. */
export function countsOf(recordNumbers: readonly number[], issues: readonly ReadIssue[]): ReadCounts {
  const returned = new Set(recordNumbers);
  const withIssues = new Set(
    issues.flatMap((i) => (i.record !== undefined && returned.has(i.record) ? [i.record] : [])),
  );
  return {
    read: recordNumbers.length,
    skipped: issues.filter((i) => i.code === 'record_skipped').length,
    withIssues: withIssues.size,
  };
}
