/**
 * The text side of CSV reading: the delimiter from the header line, and the input made uniform before csv-parse sees
 * it (BOM dropped, every line end LF) so that line numbers are simply counted newlines.
 */

export type CsvDelimiter = ',' | ';' | '\t';

/**
 * The delimiter the first line holds most often outside quotes; a comma when it holds none.
 * @example
 * detectDelimiter('"Title; subtitle";Year;DOI\n…'); // → ';'
 */
export function detectDelimiter(text: string): CsvDelimiter {
  const counts = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (const c of text) {
    if (c === '\n' && !quoted) break;
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === ',' || c === ';' || c === '\t')) counts[c]++;
  }
  if (counts['\t'] > counts[','] && counts['\t'] >= counts[';']) return '\t';
  return counts[';'] > counts[','] ? ';' : ',';
}

/** Text with the BOM dropped and every CRLF or CR turned into LF, also when a CRLF is split between chunks. */
export async function* lfOnly(text: AsyncIterable<string>): AsyncGenerator<string> {
  let started = false;
  let pendingCr = false;
  for await (let chunk of text) {
    if (!started && chunk.length > 0) {
      chunk = chunk.replace(/^\uFEFF/, '');
      started = true;
    }
    const afterCr = pendingCr;
    pendingCr = false;
    if (afterCr && chunk.startsWith('\n')) chunk = chunk.slice(1);
    if (chunk.length === 0) continue;
    pendingCr = chunk.endsWith('\r');
    yield chunk.replace(/\r\n?/g, '\n');
  }
}

/** `head`, then the rest of an iterator already started. */
export async function* prepend(head: string[], rest: AsyncIterator<string>): AsyncGenerator<string> {
  yield* head;
  for (let r = await rest.next(); !r.done; r = await rest.next()) yield r.value;
}

/** The number of LF characters in `s`. */
export function newlines(s: string): number {
  let n = 0;
  for (let i = s.indexOf('\n'); i >= 0; i = s.indexOf('\n', i + 1)) n++;
  return n;
}
