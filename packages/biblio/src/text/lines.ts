/**
 * Text chunks to numbered lines, for the line-oriented formats (RIS, MEDLINE, Web of Science, BibTeX). LF, CRLF and
 * CR-only line endings are all line ends, also when a CRLF is split between two chunks.
 */

export interface Line {
  /** The line without its line end. */
  text: string;
  /** 1-based line number. */
  line: number;
}

export async function* lines(text: AsyncIterable<string>): AsyncGenerator<Line> {
  for await (const batch of lineBatches(text)) yield* batch;
}

/**
 * The same lines in batches, one batch per chunk of text. Readers loop over a batch synchronously: an await per
 * line costs more than the reading itself when files hold millions of lines.
 */
export async function* lineBatches(text: AsyncIterable<string>): AsyncGenerator<Line[]> {
  let carry = '';
  let n = 0;
  let skipLf = false;
  for await (const chunk of text) {
    if (chunk.length === 0) continue;
    // A CR that ended the previous chunk has ended its line already; the LF of its CRLF may open this one.
    const s: string = carry + (skipLf && chunk.charCodeAt(0) === 10 ? chunk.slice(1) : chunk);
    skipLf = s.charCodeAt(s.length - 1) === 13;
    // The native split is many times faster than scanning characters in JavaScript.
    const parts = s.split(LINE_END);
    carry = parts.pop() ?? '';
    if (parts.length === 0) continue;
    const batch: Line[] = new Array(parts.length);
    for (let k = 0; k < parts.length; k++) batch[k] = { text: parts[k], line: ++n };
    yield batch;
  }
  if (carry.length > 0) yield [{ text: carry, line: ++n }];
}

const LINE_END = /\r\n|\r|\n/;

/** Lines of an in-memory string (tests, small inputs). */
export async function* linesOf(text: string): AsyncGenerator<Line> {
  yield* lines(
    (async function* () {
      yield text;
    })(),
  );
}
