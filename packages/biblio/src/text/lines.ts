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
  let carry = '';
  let n = 0;
  let skipLf = false;
  for await (const chunk of text) {
    if (chunk.length === 0) continue;
    let s = chunk;
    if (skipLf && s.startsWith('\n')) s = s.slice(1);
    skipLf = false;
    s = carry + s;
    let start = 0;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c !== 10 && c !== 13) continue;
      yield { text: s.slice(start, i), line: ++n };
      if (c === 13) {
        if (i + 1 < s.length) {
          if (s.charCodeAt(i + 1) === 10) i++;
        } else {
          skipLf = true;
        }
      }
      start = i + 1;
    }
    carry = s.slice(start);
  }
  if (carry.length > 0) yield { text: carry, line: ++n };
}

/** Lines of an in-memory string (tests, small inputs). */
export async function* linesOf(text: string): AsyncGenerator<Line> {
  yield* lines(
    (async function* () {
      yield text;
    })(),
  );
}
