/**
 * The XML layer's fast path: a hand-written reader for the plain, well-formed records nearly every export consists
 * of — elements, attributes in quotes, text, the five XML entities and character references, LF line ends, ASCII
 * names. It reads one whole record (start tag to end tag) at a time and either builds what the tree (./tree.ts) would
 * build from saxes's events for it, with the same lines and positions, or declines. It declines anything else — a
 * comment, CDATA, a processing instruction, another entity, a CR, a character XML does not allow, a surrogate, a
 * name beyond ASCII, any error, a limit within reach — and the scanner then reads that record with saxes, as it reads
 * everything the fast path does not. The fast path never reports anything itself, and it never expands anything but
 * the five XML entities and character references.
 */
import type { XmlElement, XmlNode } from './element.js';
import { FORBIDDEN, type Marks, SKIP } from './layout.js';

/**
 * A record as the fast path read it, in an object reused from record to record: its start tag, and the children of
 * its element built as the tree builds them (see RecordTree.onOpen: a skipped element without children).
 */
export class FastRecord {
  name = '';
  attributes: Record<string, string> = Object.create(null);
  /** Just after the start tag's ">", and its line. */
  startEnd = 0;
  startLine = 1;
  children: XmlNode[] = [];
  /** The line of the end tag's ">". */
  endLine = 1;
  /** How many parser events saxes would have given for it. */
  events = 0;
  /** The open elements, the record's own first. */
  readonly stack: XmlElement[] = [];
  /** The names of the open elements inside a skipped one (the skipped one first), which are not built. */
  readonly skipped: string[] = [];
  /**
   * The text being read and, in it, the next line end and the next "&" at or after where reading is: kept from record
   * to record, so that finding them costs one pass over the text however many records it holds.
   */
  text = '';
  nextNl = 0;
  nextAmp = 0;
}

/** What the fast path must keep clear of, so that no limit or check of the parser could be reached in its records. */
export interface ScanBounds {
  /** The most elements open at once, the record element included. */
  depth: number;
  /** The longest text, tag or run of whitespace. */
  token: number;
  /** The names that need action inside the record: a FORBIDDEN one is left to saxes. */
  marks: Marks;
}

const TAB = 9;
const NL = 10;
const SPACE = 32;
const QUOTE = 34;
const APOS = 39;
const SLASH = 47;
const LT = 60;
const EQ = 61;
const GT = 62;

/** An ASCII name start character: a letter, "_" or ":". */
export const isNameStart = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || c === 58;

/** Where the ASCII name starting at `from` ends: letters, digits, "_", ":", "." and "-". */
export function nameEnd(w: string, from: number): number {
  let q = from + 1;
  for (;;) {
    const c = w.charCodeAt(q);
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 58) || c === 95 || c === 45 || c === 46) q++;
    else return q;
  }
}

/**
 * Characters the fast path leaves to saxes wherever they are: controls XML does not allow, CR (whose line ends saxes
 * normalises), surrogates (whose pairing saxes checks) and the two non-characters.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding the control characters XML does not allow is its purpose.
export const DECLINED_CHARACTERS = /[\0-\x08\x0b-\x1f\ud800-\udfff\ufffe\uffff]/g;

const NAMED: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** A character XML 1.0 allows (the Char production). */
const isXmlChar = (n: number) =>
  n === 9 ||
  n === 10 ||
  n === 13 ||
  (n >= 0x20 && n <= 0xd7ff) ||
  (n >= 0xe000 && n <= 0xfffd) ||
  (n >= 0x10000 && n <= 0x10ffff);

/**
 * Text with its entity references resolved as saxes resolves them: the five XML entities, and character references
 * (`&#38;`, `&#x26;`) to characters XML allows. Undefined for any other reference, which the fast path leaves to saxes.
 */
export function resolveEntities(text: string): string | undefined {
  let out = '';
  let from = 0;
  for (let amp = text.indexOf('&'); amp >= 0; amp = text.indexOf('&', from)) {
    const semi = text.indexOf(';', amp + 1);
    if (semi < 0) return undefined;
    const name = text.slice(amp + 1, semi);
    let resolved = NAMED[name];
    if (resolved === undefined || !Object.hasOwn(NAMED, name)) {
      let n = Number.NaN;
      if (/^#x[0-9a-fA-F]{1,6}$/.test(name)) n = Number.parseInt(name.slice(2), 16);
      else if (/^#[0-9]{1,7}$/.test(name)) n = Number.parseInt(name.slice(1), 10);
      if (!isXmlChar(n)) return undefined;
      resolved = String.fromCodePoint(n);
    }
    out += text.slice(from, amp) + resolved;
    from = semi + 1;
  }
  return out + text.slice(from);
}

/**
 * Reads the record `w[from, to)` (from its start tag's "<" to just after its end tag's ">"), starting on line `line`,
 * into `out`. False if the record has anything the fast path leaves to saxes; `out` is then meaningless.
 */
export function readRecord(
  w: string,
  from: number,
  to: number,
  line: number,
  out: FastRecord,
  bounds: ScanBounds,
): boolean {
  const { stack } = out;
  stack.length = 0;
  const { names, lengths } = bounds.marks;
  if (out.text !== w || out.nextNl < from || out.nextAmp < from) {
    out.text = w;
    out.nextNl = w.indexOf('\n', from);
    if (out.nextNl < 0) out.nextNl = w.length;
    out.nextAmp = w.indexOf('&', from);
    if (out.nextAmp < 0) out.nextAmp = w.length;
  }
  let { nextNl, nextAmp } = out;
  let events = 0;
  /** How deep inside a skipped element (0: not in one). */
  let skipping = 0;
  let current: XmlElement | undefined;
  let p = from;
  while (p < to) {
    if (w.charCodeAt(p) !== LT) {
      // Text, up to the next tag (there is one: the record ends with its end tag).
      const end = w.indexOf('<', p);
      if (end - p > bounds.token || current === undefined) return false;
      while (nextNl < end) {
        line++;
        nextNl = w.indexOf('\n', nextNl + 1);
        if (nextNl < 0) nextNl = w.length;
      }
      if (nextAmp < p) {
        nextAmp = w.indexOf('&', p);
        if (nextAmp < 0) nextAmp = w.length;
      }
      events++;
      if (nextAmp < end) {
        const resolved = resolveEntities(w.slice(p, end));
        if (resolved === undefined) return false;
        if (skipping === 0) current.children.push(resolved);
        nextAmp = w.indexOf('&', end);
        if (nextAmp < 0) nextAmp = w.length;
      } else if (skipping === 0) current.children.push(w.slice(p, end));
      p = end;
      continue;
    }
    const c1 = w.charCodeAt(p + 1);
    let q: number;
    if (c1 === SLASH) {
      // An end tag, which must close the element open last.
      if (current === undefined) return false;
      const name = skipping > 0 ? out.skipped[skipping - 1] : current.name;
      q = p + 2;
      for (let k = 0; k < name.length; k++, q++) if (w.charCodeAt(q) !== name.charCodeAt(k)) return false;
      let c = w.charCodeAt(q);
      while (c === SPACE || c === NL || c === TAB) c = w.charCodeAt(++q);
      if (c !== GT) return false;
      q++;
      while (nextNl < q) {
        line++;
        nextNl = w.indexOf('\n', nextNl + 1);
        if (nextNl < 0) nextNl = w.length;
      }
      events++;
      if (skipping > 0) skipping--;
      else {
        stack.pop();
        current = stack[stack.length - 1];
        if (current === undefined) {
          if (q !== to) return false;
          out.endLine = line;
        }
      }
    } else {
      // A start tag: name, attributes, ">" or "/>".
      if (!isNameStart(c1) || stack.length + skipping + 1 >= bounds.depth) return false;
      const ne = nameEnd(w, p + 1);
      const name = w.slice(p + 1, ne);
      // As the tree looks it up: most names are ruled out by their length.
      const mark = name.length >= lengths.length || lengths[name.length] === 1 ? names.get(name) : undefined;
      if (mark === FORBIDDEN && current !== undefined) return false;
      const attributes: Record<string, string> = Object.create(null);
      let attributeCount = 0;
      let selfClosing = false;
      q = ne;
      for (;;) {
        let c = w.charCodeAt(q);
        const spaced = c === SPACE || c === NL || c === TAB;
        while (c === SPACE || c === NL || c === TAB) c = w.charCodeAt(++q);
        if (c === GT) {
          q++;
          break;
        }
        if (c === SLASH) {
          if (w.charCodeAt(q + 1) !== GT) return false;
          q += 2;
          selfClosing = true;
          break;
        }
        if (!spaced || !isNameStart(c)) return false;
        const an = nameEnd(w, q);
        const attribute = w.slice(q, an);
        q = an;
        c = w.charCodeAt(q);
        while (c === SPACE || c === NL || c === TAB) c = w.charCodeAt(++q);
        if (c !== EQ) return false;
        c = w.charCodeAt(++q);
        while (c === SPACE || c === NL || c === TAB) c = w.charCodeAt(++q);
        if (c !== QUOTE && c !== APOS) return false;
        const close = w.indexOf(c === QUOTE ? '"' : "'", q + 1);
        if (close < 0 || close >= to) return false;
        let value = w.slice(q + 1, close);
        if (value.includes('<')) return false;
        // Attribute-value normalisation as saxes does it: a literal tab or line end is a space.
        if (value.includes('\n') || value.includes('\t')) value = value.replace(/[\t\n]/g, ' ');
        if (value.includes('&')) {
          const resolved = resolveEntities(value);
          if (resolved === undefined) return false;
          value = resolved;
        }
        if (attributeCount++ > 0 && attributes[attribute] !== undefined) return false;
        attributes[attribute] = value;
        q = close + 1;
      }
      if (q - p > bounds.token) return false;
      while (nextNl < q) {
        line++;
        nextNl = w.indexOf('\n', nextNl + 1);
        if (nextNl < 0) nextNl = w.length;
      }
      events++;
      if (selfClosing) events++;
      if (current === undefined) {
        // The record's own start tag: the scanner gives it to the tree, which makes the record's element.
        out.name = name;
        out.attributes = attributes;
        out.startEnd = q;
        out.startLine = line;
        out.children = [];
        if (selfClosing) {
          if (q !== to) return false;
          out.endLine = line;
        } else {
          current = { name, attributes, children: out.children, line };
          stack.push(current);
        }
      } else if (skipping > 0) {
        if (!selfClosing) out.skipped[skipping++] = name;
      } else {
        const element: XmlElement = { name, attributes, children: [], line };
        current.children.push(element);
        if (mark === SKIP) {
          if (!selfClosing) out.skipped[skipping++] = name;
        } else if (!selfClosing) {
          stack.push(element);
          current = element;
        }
      }
    }
    p = q;
  }
  out.nextNl = nextNl;
  out.nextAmp = nextAmp;
  out.events = events;
  return current === undefined && skipping === 0 && p === to;
}

/** Just after the end tag `</name>` (spaces allowed before ">") at or after `from`; -1 if `w` holds none yet. */
export function endOfElement(w: string, endTag: string, from: number): number {
  for (let k = w.indexOf(endTag, from); k >= 0; k = w.indexOf(endTag, k + 1)) {
    let j = k + endTag.length;
    let c = w.charCodeAt(j);
    while (c === SPACE || c === NL || c === TAB) c = w.charCodeAt(++j);
    if (c === GT) return j + 1;
    if (j >= w.length) return -1;
  }
  return -1;
}
