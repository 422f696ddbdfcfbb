/**
 * The decoded text from a known point on (where the current record started, or the last record ended), kept so that
 * after a parse error the reader can look for the next record's start tag and count lines to it. Chunks before that
 * point are dropped as reading moves on, so the window holds about one record.
 */

/** Line breaks in `text` as XML counts them: LF, CRLF and a lone CR each end one line. */
export function countLines(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) n++;
  for (let i = text.indexOf('\r'); i >= 0; i = text.indexOf('\r', i + 1)) if (text.charCodeAt(i + 1) !== 10) n++;
  return n;
}

export class TextWindow {
  private parts: string[] = [];
  /** Absolute position (UTF-16 code units from the start of the input) of the first kept character. */
  private start = 0;
  /** 1-based line of the first kept character. */
  private startLine = 1;
  /** Absolute position just past the last kept character. */
  end = 0;

  append(chunk: string): void {
    if (chunk.length === 0) return;
    this.parts.push(chunk);
    this.end += chunk.length;
  }

  /** Drops the text before `pos`, whose line the caller knows. */
  rebase(pos: number, line: number): void {
    let first = this.start;
    while (this.parts.length > 0 && first + this.parts[0].length <= pos) {
      first += this.parts[0].length;
      this.parts.shift();
    }
    if (this.parts.length > 0 && pos > first) this.parts[0] = this.parts[0].slice(pos - first);
    this.start = Math.min(pos, this.end);
    this.startLine = line;
  }

  /** Drops the text before `pos`, counting its lines. */
  advance(pos: number): void {
    if (pos <= this.start) return;
    this.rebase(pos, this.lineAt(pos));
  }

  /** The 1-based line of the character at `pos` (at or after the window's start). */
  lineAt(pos: number): number {
    return this.startLine + countLines(this.text(this.start, pos));
  }

  /** The kept text from `from` (absolute) to `to` (default: the end). */
  text(from: number, to = this.end): string {
    const whole = this.parts.length === 1 ? this.parts[0] : this.parts.join('');
    if (this.parts.length > 1) this.parts = [whole];
    return whole.slice(Math.max(0, from - this.start), Math.max(0, to - this.start));
  }

  /** Up to `n` characters of the kept text just before `pos` (absolute), without joining the whole window. */
  before(pos: number, n: number): string {
    let out = '';
    let at = this.start;
    for (const part of this.parts) {
      const end = at + part.length;
      if (end > pos - n && at < pos) out += part.slice(Math.max(0, pos - n - at), pos - at);
      at = end;
      if (at >= pos) break;
    }
    return out;
  }

  /** Drops the text from `pos` (absolute, within the window) on, and returns it. */
  truncate(pos: number): string {
    const whole = this.text(this.start);
    const keep = Math.max(0, pos - this.start);
    this.parts = keep > 0 ? [whole.slice(0, keep)] : [];
    this.end = this.start + keep;
    return whole.slice(keep);
  }

  /** The absolute position of the first match of `pattern` (a global regular expression) at or after `from`, or -1. */
  find(pattern: RegExp, from: number): number {
    const base = Math.max(from, this.start);
    pattern.lastIndex = 0;
    const m = pattern.exec(this.text(base));
    return m ? base + m.index : -1;
  }
}
