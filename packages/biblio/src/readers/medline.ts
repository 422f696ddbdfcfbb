/**
 * The MEDLINE reader: PubMed's "MEDLINE" text format (also saved as .nbib). A field is a tag padded to four
 * characters, "- ", and the value ("PMID- 12230038", "AU  - Roffe C"); continuation lines are indented by six spaces;
 * a blank line ends a record. Streamed a chunk of text at a time; a record's lines are joined once when it ends.
 *
 * Lenient and explicit: a `PMID` line without the blank line before it starts a new record (warning); a record
 * without PMID is kept with a `file#record` id (warning); a line that is neither a field nor indented continues the
 * field before it (warning once per file); text outside records is ignored with a warning; unknown tags are kept in
 * raw with one `unknown_tag` warning per tag per file. Every record is returned.
 *
 * Built for files of millions of lines: lines are positions in the decoded chunk rather than strings, a field's value
 * is cut from the chunk once, tags are looked up once per file, and records go to the caller a chunk's worth at a time.
 */
import type { IssueCode } from '../issues.js';
import type { Reader, ReaderContext, ReadItem } from '../reader.js';
import { type BibRecord, emptyRecord } from '../record.js';
import { type MedlineFieldList, type MedlineTag, mapMedlineFields, medlineTag } from './medline-fields.js';
import { ReaderState } from './reader-state.js';

const preview = (s: string) => JSON.stringify(s.length > 60 ? `${s.slice(0, 57)}...` : s);

/**
 * Whether a UTF-16 code unit is whitespace as `String.prototype.trim` and `\s` count it: the ASCII controls TAB to
 * CR, space, and the Unicode spaces, line and paragraph separators and the byte-order mark.
 */
function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

const isUpper = (c: number) => c >= 65 && c <= 90;
const isTagChar = (c: number) => (c >= 65 && c <= 90) || (c >= 48 && c <= 57);

/** CR and CRLF line ends, made LF so that lines are found by one native search. */
const CR_LINE_END = /\r\n?/g;

/**
 * Reads MEDLINE text into records and issues, in file order.
 * @example
 * const data = 'PMID- 12230038\nTI  - The Bio* toolkits.\nDP  - 2002 Sep\n';
 * const { records } = await readAll({ data, file: 'a.nbib' });
 * // records[0] → { id: '12230038', pmid: '12230038', title: 'The Bio* toolkits.', year: 2002, date: '2002-09', … }
 */
export const readMedline: Reader = async function* (text, context) {
  const state = new MedlineState(context);
  for await (const chunk of text) {
    state.feed(chunk);
    if (state.queue.length > 0) for (const item of state.take()) yield item;
  }
  state.end();
  for (const item of state.take()) yield item;
};

/** A tag as this reader keeps it: its description, and where its values go in the raw field of the record being closed. */
interface TagEntry extends MedlineTag {
  /** The record whose raw field last had this tag, and the tag's position among that record's distinct tags. */
  record: number;
  slot: number;
  /** PMID, which begins a record even without a blank line before it. */
  startsRecord: boolean;
}

class MedlineState extends ReaderState implements MedlineFieldList {
  // The record being read (`inRecord`): its number, first line, and fields in parallel arrays reused from record to
  // record. A field's value is its first line's text; `more` holds its lines when it has continuation lines.
  private inRecord = false;
  private number = 0;
  private start = 0;
  count = 0;
  tags: TagEntry[] = [];
  values: string[] = [];
  private lines: number[] = [];
  private more: (string[] | undefined)[] = [];

  private outside: { line: number; text: string; count: number } | undefined;
  private records = 0;
  private lineNumber = 0;
  /** The text after the last line end of the chunks so far, and whether they ended with a CR (of a CRLF, perhaps). */
  private carry = '';
  private afterCr = false;
  /**
   * Tags met so far, by their first two characters (`A`–`Z`, `0`–`Z`: 26 × 43 places) and then by their last two, as
   * a number: a file uses a few dozen tags, so each place holds one or two.
   */
  private readonly tagTable: (TagEntry[] | undefined)[] = new Array(26 * 43);
  private readonly tagKeys: (number[] | undefined)[] = new Array(26 * 43);
  /** The raw field of the record being closed: its distinct tags in order and the values of each. */
  private readonly distinct: TagEntry[] = [];
  private readonly lists: string[][] = [];

  constructor(private readonly context: ReaderContext) {
    super();
  }

  take(): ReadItem[] {
    const items = this.queue;
    this.queue = [];
    return items;
  }

  /** Reads the complete lines of a chunk of text; the last, unfinished one waits for the next chunk. */
  feed(chunk: string): void {
    if (chunk.length === 0) return;
    // A CR that ended the previous chunk has ended its line already; the LF of its CRLF may open this one.
    const skip = this.afterCr && chunk.charCodeAt(0) === 10 ? 1 : 0;
    let s = chunk;
    let at = skip;
    if (s.indexOf('\r', at) >= 0) {
      this.afterCr = s.charCodeAt(s.length - 1) === 13;
      s = s.slice(at).replace(CR_LINE_END, '\n');
      at = 0;
    } else this.afterCr = false;
    let end = s.indexOf('\n', at);
    if (end < 0) {
      this.carry += s.slice(at);
      return;
    }
    // The line the previous chunk left unfinished is read on its own, so that this chunk is never copied onto it.
    if (this.carry.length > 0) {
      const first = this.carry + s.slice(at, end);
      this.carry = '';
      this.line(first, 0, first.length);
    } else this.line(s, at, end);
    at = end + 1;
    // The lines of a record that has begun, field and continuation lines, are read here; every other line (blank,
    // a PMID, an unknown tag, text outside records) in `line`.
    const { tags, values, lines, more } = this;
    for (end = s.indexOf('\n', at); end >= 0; end = s.indexOf('\n', at)) {
      if (this.inRecord && end - at > 6) {
        const first = s.charCodeAt(at);
        if (first === 32) {
          let from = at + 1;
          while (from < end && isSpace(s.charCodeAt(from))) from++;
          if (from < end) {
            this.lineNumber++;
            const i = this.count - 1;
            const text = trimmed(s, from, end);
            const parts = more[i];
            if (parts === undefined) more[i] = [values[i], text];
            else parts.push(text);
            at = end + 1;
            continue;
          }
        } else if (isUpper(first)) {
          const tag = this.tagAt(s, at, end);
          if (tag?.known && !tag.startsRecord) {
            const i = this.count++;
            tags[i] = tag;
            lines[i] = ++this.lineNumber;
            values[i] = trimmed(s, at + 6, end);
            more[i] = undefined;
            at = end + 1;
            continue;
          }
        }
      }
      this.line(s, at, end);
      at = end + 1;
    }
    this.carry = s.slice(at);
  }

  end(): void {
    if (this.carry.length > 0) this.line(this.carry, 0, this.carry.length);
    this.carry = '';
    this.closeRecord();
    this.flushOutside();
    if (this.records === 0) {
      this.issue(
        'syntax',
        'error',
        this.lineNumber || 1,
        undefined,
        `${this.context.file}: no MEDLINE record (no "PMID- " line) in the input`,
      );
    }
  }

  /** One line: `s` from `start` to `end` (without its line end). */
  private line(s: string, start: number, end: number): void {
    const n = ++this.lineNumber;
    if (n === 1 && s.charCodeAt(start) === 0xfeff) start++;
    if (start === end) {
      this.closeRecord();
      return;
    }
    const first = s.charCodeAt(start);
    if (isSpace(first)) {
      let from = start + 1;
      while (from < end && isSpace(s.charCodeAt(from))) from++;
      if (from === end) this.closeRecord();
      else this.untagged(s, start, end, from, n);
      return;
    }
    const tag = isUpper(first) ? this.tagAt(s, start, end) : undefined;
    if (tag === undefined) {
      this.untagged(s, start, end, start, n);
      return;
    }
    if (this.inRecord && tag.startsRecord) {
      this.issue(
        'syntax',
        'warning',
        n,
        this.number,
        `line ${n}: PMID without a blank line before it; record ${this.number} ends here`,
      );
      this.closeRecord();
    }
    if (!this.inRecord) {
      this.flushOutside();
      this.inRecord = true;
      this.number = ++this.records;
      this.start = n;
      this.count = 0;
    }
    if (!tag.known && this.once(`tag ${tag.name}`)) {
      this.issue(
        'unknown_tag',
        'warning',
        n,
        this.number,
        `line ${n}: unknown tag ${tag.name}; kept in raw (not reported again in this file)`,
      );
    }
    const i = this.count++;
    this.tags[i] = tag;
    this.lines[i] = n;
    this.values[i] = start + 6 < end ? trimmed(s, start + 6, end) : '';
    this.more[i] = undefined;
  }

  /**
   * The tag of a field line ("PMID- …", "AU  - …", "AB  -"): an upper-case letter, one to three more letters or
   * digits, spaces to four characters, then "-" and a space or the end of the line. Undefined for other lines.
   */
  private tagAt(s: string, start: number, end: number): TagEntry | undefined {
    if (end - start < 5 || s.charCodeAt(start + 4) !== 45 /* - */) return undefined;
    if (end - start > 5 && s.charCodeAt(start + 5) !== 32) return undefined;
    const c1 = s.charCodeAt(start + 1);
    const c2 = s.charCodeAt(start + 2);
    const c3 = s.charCodeAt(start + 3);
    if (!isTagChar(c1)) return undefined;
    if (c2 === 32) {
      if (c3 !== 32) return undefined;
    } else if (!isTagChar(c2) || !(c3 === 32 || isTagChar(c3))) return undefined;
    const place = (s.charCodeAt(start) - 65) * 43 + (c1 - 48);
    const key = c2 * 128 + c3;
    const keys = this.tagKeys[place];
    if (keys !== undefined) {
      for (let k = 0; k < keys.length; k++) if (keys[k] === key) return this.tagTable[place]![k];
    }
    const length = c2 === 32 ? 2 : c3 === 32 ? 3 : 4;
    const name = s.slice(start, start + length);
    const tag: TagEntry = { ...medlineTag(name), record: 0, slot: 0, startsRecord: name === 'PMID' };
    if (keys === undefined) {
      this.tagKeys[place] = [key];
      this.tagTable[place] = [tag];
    } else {
      keys.push(key);
      this.tagTable[place]!.push(tag);
    }
    return tag;
  }

  /** A line that is not a field: the continuation of the field before it, or text outside any record. */
  private untagged(s: string, start: number, end: number, from: number, n: number): void {
    if (this.inRecord && this.count > 0) {
      const i = this.count - 1;
      if (from === start && this.once('unindented')) {
        this.issue(
          'syntax',
          'warning',
          n,
          this.number,
          `line ${n}: a line that is neither a field nor indented; read as part of ${this.tags[i].name} (not reported again in this file)`,
        );
      }
      const text = trimmed(s, from, end);
      const more = this.more[i];
      if (more === undefined) this.more[i] = [this.values[i], text];
      else more.push(text);
      return;
    }
    if (this.outside) this.outside.count++;
    else this.outside = { line: n, text: trimmed(s, from, end), count: 1 };
  }

  private flushOutside(): void {
    const o = this.outside;
    if (!o) return;
    this.outside = undefined;
    const where = o.count === 1 ? `line ${o.line}` : `lines from ${o.line} (${o.count} lines)`;
    this.issue(
      'syntax',
      'warning',
      o.line,
      undefined,
      `${where}: text outside any record ignored, starting ${preview(o.text)}`,
    );
  }

  private closeRecord(): void {
    if (!this.inRecord) return;
    this.inRecord = false;
    const { file } = this.context;
    const { number, start, count, tags, values, more, distinct, lists } = this;
    const record: BibRecord = emptyRecord('', { file, format: 'medline', record: number, line: start });
    // The values of each distinct tag are gathered first, and the raw field built in one go: adding keys to an object
    // in a row costs a fraction of looking each field's key up in it.
    let slots = 0;
    for (let i = 0; i < count; i++) {
      const lines = more[i];
      if (lines !== undefined) {
        values[i] = lines.join('\n');
        more[i] = undefined;
      }
      const tag = tags[i];
      if (tag.record !== number) {
        tag.record = number;
        tag.slot = slots;
        distinct[slots] = tag;
        lists[slots++] = [values[i]];
      } else lists[tag.slot].push(values[i]);
    }
    // Tags are one to four upper-case letters and digits: never a name Object.prototype has, so plain assignment
    // cannot reach the prototype (what addRaw guards against for keys from files).
    const raw = record.raw;
    for (let k = 0; k < slots; k++) raw[distinct[k].name] = lists[k];
    mapMedlineFields(record, this, this);
    record.id = record.pmid ?? `${file}#${number}`;
    if (record.pmid === undefined) {
      this.issue(
        'missing_field',
        'warning',
        start,
        number,
        `record ${number} (line ${start}) has no PMID; its id is ${record.id}`,
      );
    }
    if (record.title === undefined) {
      this.issue('missing_field', 'warning', start, number, `record ${number} (line ${start}) has no title`);
    }
    this.queue.push({ kind: 'record', record });
  }

  /** A problem with the first field tagged `tag` of the record being closed (or with the record, if it has none). */
  report(code: IssueCode, tag: string, message: string): void {
    let line = this.start;
    for (let i = 0; i < this.count; i++) {
      if (this.tags[i].name === tag) {
        line = this.lines[i];
        break;
      }
    }
    this.issue(code, 'warning', line, this.number, `line ${line}: ${message}`);
  }
}

/** `s` from `start` to `end` without whitespace at either end. */
function trimmed(s: string, start: number, end: number): string {
  while (start < end && isSpace(s.charCodeAt(start))) start++;
  while (end > start && isSpace(s.charCodeAt(end - 1))) end--;
  return s.slice(start, end);
}
