/**
 * The fast path's reader of flat records (./flat-record.ts). It accepts a record only where ./fast-scan.ts's
 * `readRecord` would build its tree — the same checks, and the scanner's check for characters the fast path leaves
 * to saxes — and gives the same positions, lines and event count, but it builds no elements, text nodes or attribute
 * objects: it notes where each element is.
 *
 * It reads the text's UTF-16 code units from a typed array (copied from the string natively, once per window) rather
 * than through `charCodeAt` and `indexOf`, each of which costs a call, and classifies each by a table lookup (see
 * ./flat-chars.ts): one pass finds the markup and also checks for line ends, references, whitespace to tidy and
 * characters XML does not allow; only a long run of plain text is crossed by a native search. Element names are
 * interned: reading one allocates nothing, and comparing one is a loop over two typed arrays.
 */
import { endianness } from 'node:os';
import { type FastRecord, isNameStart, resolveEntities, type ScanBounds } from './fast-scan.js';
import {
  APOS,
  CLASS,
  EQ,
  GT,
  LINE_END,
  LONG_RUN,
  LT,
  MARKUP,
  NAME,
  NL,
  PLAIN,
  PLAIN_RUN,
  QUOTE,
  REFERENCE,
  SLASH,
  SPACE,
  startTagAttributes,
  TAB,
  UNTIDY,
  uniqueAttributes,
} from './flat-chars.js';
import {
  CONTENT,
  CONTENT_END,
  END,
  FIELDS,
  FIRST,
  FLAGS,
  FlatRecord,
  NEXT,
  PLAIN_ATTRIBUTES,
  SKIPPED,
  TAG,
  TIDY,
} from './flat-record.js';
import { FORBIDDEN, type Marks, SKIP } from './layout.js';

/** What `read` returns when the text ends before the record does, and when it leaves the record to the tree. */
export const INCOMPLETE = 0;
export const DECLINE = -1;

/** Distinct names kept at most; a record with a name beyond them is left to the tree (it reads the same). */
const TABLE = 1024;
const MASK = TABLE * 2 - 1;
/** The longest name kept in the table (longer ones are left to the tree). */
const LONGEST = 64;

/** Whether this machine stores a UTF-16 code unit as the Uint16Array over a UTF-16LE buffer reads it. */
export const FLAT_SUPPORTED = endianness() === 'LE';

/** What the flat reader keeps from record to record: the text's code units, interned names and scratch space. */
export class FlatScan {
  private bytes = Buffer.allocUnsafeSlow(0);
  private units = new Uint16Array(0);
  private readonly hashes = new Int32Array(TABLE * 2);
  private readonly interned: string[] = new Array(TABLE * 2).fill('');
  private readonly marks = new Uint8Array(TABLE * 2);
  /** Each name's code units, at `at[slot]` in `pool`, for comparing with the text's without a call per character. */
  private readonly at = new Int32Array(TABLE * 2);
  private readonly pool = new Uint16Array(TABLE * LONGEST);
  private count = 0;
  /** The marks the table's were taken from (they depend on the container). */
  private marksOf: Marks | undefined;
  private data = new Int32Array(256 * FIELDS);
  private readonly names: string[] = [];
  /** The open elements outside skipped ones (their numbers, the record's first), and the last child of each. */
  private readonly open: number[] = [];
  private readonly last: number[] = [];
  /** The table slots of the open elements. */
  private readonly slots: number[] = [];
  /** The slots of the open elements inside a skipped one (the skipped one first). */
  private readonly skippedSlots: number[] = [];
  /** The record read last. */
  record: FlatRecord | undefined;

  /** Takes the text that the records given to `read` are in. */
  load(w: string): void {
    const size = (w.length + 1) * 2;
    if (this.bytes.length < size) this.bytes = Buffer.allocUnsafeSlow(Math.max(size, 64 * 1024));
    this.bytes.write(w, 0, 'utf16le');
    this.units = new Uint16Array(this.bytes.buffer, this.bytes.byteOffset, w.length + 1);
    // A "<" after the end, so that a run of text always ends.
    this.units[w.length] = LT;
  }

  /**
   * Reads the record whose start tag's "<" is at `from` in `w` (the text given to `load`), starting on line `line`,
   * as `readRecord` would read it from there to its end tag (the first end tag of its name), filling in `out`'s start
   * tag, positions, lines and event count (not its children) and `record`. Returns just after the record's end tag;
   * INCOMPLETE when the text ends before it does, or reading has gone past `until` (at most `w.length`); DECLINE
   * where `readRecord` would decline, where the record holds a character the fast path leaves to saxes, or where it
   * has more distinct names than the table holds.
   */
  read(w: string, from: number, until: number, line: number, out: FastRecord, bounds: ScanBounds): number {
    const a = this.units;
    const to = until;
    const startLine = line;
    const { open, last, slots, marks, names, skippedSlots } = this;
    if (bounds.marks !== this.marksOf) this.clear(bounds.marks);
    open.length = 0;
    last.length = 0;
    let data = this.data;
    let n = 0;
    let events = 0;
    let skipping = 0;
    let skipped = -1;
    /** The element open last, outside skipped ones (-1: none is), and its slot in the table. */
    let current = -1;
    let currentSlot = -1;
    /** Where the last run of text started, and whether it holds anything to tidy. */
    let textFrom = -1;
    let untidy = false;
    const token = bounds.token;
    let p = from;
    while (p < to) {
      let c = a[p];
      if (c !== LT) {
        // Text, up to the next tag (there is one: the record ends with its end tag).
        const start = p;
        let amp = -1;
        untidy = false;
        let run = 0;
        for (; ; c = a[++p]) {
          const k = CLASS[c];
          if (k === PLAIN) {
            // A long run of plain characters (an abstract's sentence) is crossed by one native search.
            if (++run === LONG_RUN) {
              PLAIN_RUN.lastIndex = p + 1;
              PLAIN_RUN.test(w);
              p = PLAIN_RUN.lastIndex - 1;
            }
            continue;
          }
          run = 0;
          if (k === MARKUP) break;
          if (k === LINE_END) {
            line++;
            untidy = true;
          } else if (k === REFERENCE) {
            if (amp < 0) amp = p;
            untidy = true;
          } else if (k === UNTIDY) untidy = true;
          else return DECLINE;
        }
        textFrom = start;
        if (p >= to) return INCOMPLETE;
        if (p - start > token || current < 0) return DECLINE;
        events++;
        if (amp >= 0 && resolveEntities(w.slice(start, p)) === undefined) return DECLINE;
        continue;
      }
      const c1 = a[p + 1];
      let q: number;
      if (c1 === SLASH) {
        // An end tag, which must close the element open last.
        if (current < 0) return DECLINE;
        q = p + 2;
        const slot = skipping > 0 ? skippedSlots[skipping - 1] : currentSlot;
        const pool = this.pool;
        for (let k = this.at[slot], end = k + this.interned[slot].length; k < end; k++, q++)
          if (a[q] !== pool[k]) return q < to ? DECLINE : INCOMPLETE;
        c = a[q];
        while (c === SPACE || c === NL || c === TAB) {
          if (c === NL) line++;
          c = a[++q];
        }
        if (c !== GT) return q < to ? DECLINE : INCOMPLETE;
        q++;
        events++;
        if (skipping > 0) {
          if (--skipping === 0) data[skipped * FIELDS + END] = q;
        } else {
          const b = current * FIELDS;
          data[b + CONTENT_END] = p;
          data[b + END] = q;
          // A leaf's text is the run just before its end tag, if any, starting where its content does.
          if (data[b + FIRST] < 0 && (textFrom === data[b + CONTENT] ? !untidy : p === data[b + CONTENT]))
            data[b + FLAGS] |= TIDY;
          open.pop();
          last.pop();
          if (open.length === 0) {
            current = -1;
            out.endLine = line;
            p = q;
            break;
          } else {
            current = open[open.length - 1];
            currentSlot = slots[open.length - 1];
          }
        }
      } else {
        // A start tag: name, attributes, ">" or "/>".
        if (p + 1 >= to) return INCOMPLETE;
        if (!isNameStart(c1) || open.length + skipping + 1 >= bounds.depth) return DECLINE;
        let ne = p + 2;
        let h = c1;
        for (c = a[ne]; NAME[c] === 1; c = a[++ne]) h = (Math.imul(h, 31) + c) | 0;
        // A name the text's end cuts short is no name to keep.
        if (ne >= to) return INCOMPLETE;
        const slot = this.slot(a, p + 1, ne, h, w);
        if (slot < 0) return DECLINE;
        const mark = marks[slot];
        if (mark === FORBIDDEN && current >= 0) return DECLINE;
        let selfClosing = false;
        let plainAttributes = true;
        let attributes = 0;
        /** Where the first attribute's name is, and how long it is, to tell a second of the same name cheaply. */
        let firstName = 0;
        let firstLength = 0;
        let repeated = false;
        q = ne;
        for (;;) {
          c = a[q];
          const spaced = c === SPACE || c === NL || c === TAB;
          while (c === SPACE || c === NL || c === TAB) {
            if (c === NL) line++;
            c = a[++q];
          }
          if (c === GT) {
            q++;
            break;
          }
          if (c === SLASH) {
            if (a[q + 1] !== GT) return q + 1 < to ? DECLINE : INCOMPLETE;
            q += 2;
            selfClosing = true;
            break;
          }
          if (!spaced || !isNameStart(c)) return q < to ? DECLINE : INCOMPLETE;
          let an = q + 1;
          while (NAME[a[an]] === 1) an++;
          if (attributes === 0) {
            firstName = q;
            firstLength = an - q;
          } else if (attributes === 1 && an - q === firstLength) {
            let k = 0;
            while (k < firstLength && a[q + k] === a[firstName + k]) k++;
            repeated = k === firstLength;
          }
          q = an;
          c = a[q];
          while (c === SPACE || c === NL || c === TAB) {
            if (c === NL) line++;
            c = a[++q];
          }
          if (c !== EQ) return q < to ? DECLINE : INCOMPLETE;
          c = a[++q];
          while (c === SPACE || c === NL || c === TAB) {
            if (c === NL) line++;
            c = a[++q];
          }
          if (c !== QUOTE && c !== APOS) return q < to ? DECLINE : INCOMPLETE;
          const quote = c;
          const valueStart = q;
          let amp = -1;
          for (c = a[++q]; c !== quote; c = a[++q]) {
            const k = CLASS[c];
            if (k === PLAIN) continue;
            if (k === LINE_END) {
              line++;
              plainAttributes = false;
            } else if (k === REFERENCE) {
              if (amp < 0) amp = q;
              plainAttributes = false;
            } else if (k === UNTIDY) {
              if (c === TAB) plainAttributes = false;
            } else return q < to ? DECLINE : INCOMPLETE;
          }
          if (q >= to) return INCOMPLETE;
          if (amp >= 0 && resolveEntities(w.slice(valueStart + 1, q)) === undefined) return DECLINE;
          q++;
          attributes++;
        }
        // A repeated attribute is an error saxes reports: such a record is the tree's.
        if (repeated || (attributes > 2 && !uniqueAttributes(w, ne, q))) return DECLINE;
        if (q - p > token) return DECLINE;
        events++;
        if (selfClosing) events++;
        const name = this.interned[slot];
        if (skipping > 0) {
          if (!selfClosing) skippedSlots[skipping++] = slot;
        } else {
          if ((n + 1) * FIELDS > data.length) {
            const grown = new Int32Array(data.length * 2);
            grown.set(data);
            data = grown;
            this.data = grown;
          }
          const e = n++;
          const b = e * FIELDS;
          names[e] = name;
          data[b + TAG] = p;
          data[b + CONTENT] = q;
          data[b + CONTENT_END] = q;
          data[b + END] = q;
          data[b + FIRST] = -1;
          data[b + NEXT] = -1;
          data[b + FLAGS] = plainAttributes ? PLAIN_ATTRIBUTES : 0;
          if (e === 0) {
            // The record's own start tag: the scanner gives it to the tree, which makes the record's element.
            out.name = name;
            out.attributes = startTagAttributes(w, ne);
            out.startEnd = q;
            out.startLine = line;
            out.children = [];
            if (selfClosing) {
              out.endLine = line;
              p = q;
              break;
            } else {
              open.push(e);
              last.push(-1);
              slots[0] = slot;
              current = e;
              currentSlot = slot;
            }
          } else {
            if (current < 0) return DECLINE;
            const sibling = last[last.length - 1];
            if (sibling < 0) data[current * FIELDS + FIRST] = e;
            else data[sibling * FIELDS + NEXT] = e;
            last[last.length - 1] = e;
            if (mark === SKIP) {
              data[b + FLAGS] |= SKIPPED;
              if (!selfClosing) {
                skippedSlots[skipping++] = slot;
                skipped = e;
              }
            } else if (!selfClosing) {
              slots[open.length] = slot;
              open.push(e);
              last.push(-1);
              current = e;
              currentSlot = slot;
            }
          }
        }
      }
      p = q;
    }
    if (current >= 0 || n === 0) return INCOMPLETE;
    out.events = events;
    this.record = new FlatRecord(w, from, startLine, names.slice(0, n), data.slice(0, n * FIELDS));
    return p;
  }

  private clear(marks: Marks): void {
    this.interned.fill('');
    this.count = 0;
    this.marksOf = marks;
  }

  /** The table slot of the name in `a[from, to)` with hash `h`, added (cut from `w`) if new; -1 when full. */
  private slot(a: Uint16Array, from: number, to: number, h: number, w: string): number {
    const length = to - from;
    const { pool } = this;
    let i = h & MASK;
    for (let known = this.interned[i]; known !== ''; i = (i + 1) & MASK, known = this.interned[i]) {
      if (this.hashes[i] !== h || known.length !== length) continue;
      let k = 0;
      const base = this.at[i];
      while (k < length && a[from + k] === pool[base + k]) k++;
      if (k === length) return i;
    }
    if (this.count >= TABLE || length > LONGEST) return -1;
    this.at[i] = this.count * LONGEST;
    pool.set(a.subarray(from, to), this.at[i]);
    this.count++;
    // The engine's own copy of the name (a property key is one): it keeps nothing of the text alive, and comparing it
    // with a string constant (a reader's `case 'PMID':`) is comparing two references.
    const name = Object.keys({ [w.slice(from, to)]: 0 })[0];
    this.hashes[i] = h;
    this.interned[i] = name;
    this.marks[i] = this.marksOf?.names.get(name) ?? 0;
    return i;
  }
}
