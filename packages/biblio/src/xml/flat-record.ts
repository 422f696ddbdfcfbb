/**
 * A record read without building an element tree: its elements as positions in the text it was read from, numbered
 * in document order (0 is the record element), with links to child elements. Text and attributes are cut from the
 * text only when a reader asks for them, so what no reader looks at (the whitespace between elements, most
 * attributes) costs nothing. Its answers are those of a {@link TreeView} of the tree the fast path would have built.
 */
import { cleanText } from '../normalise.js';
import { detach } from './element.js';
import { nameEnd, resolveEntities } from './fast-scan.js';
import type { RecordView } from './view.js';

/** The numbers kept for each element, at `e * FIELDS`. */
export const FIELDS = 7;
/** Where its start tag's "<" is. */
export const TAG = 0;
/** Just after its start tag's ">" (or "/>"). */
export const CONTENT = 1;
/** Where its end tag's "<" is (CONTENT for a self-closing element). */
export const CONTENT_END = 2;
/** Just after its end tag's ">" (CONTENT for a self-closing element). */
export const END = 3;
/** Its first child element, and its parent's next child element after it (-1: none). */
export const FIRST = 4;
export const NEXT = 5;
/**
 * SKIPPED for an element the layout skips: it has no children, and no text. TIDY for an element without children
 * whose text (if any) holds no line end, tab, reference or other whitespace than the space.
 */
export const FLAGS = 6;
export const SKIPPED = 1;
export const TIDY = 2;
/** For an element whose attribute values hold no tab, line end or reference: each is as written. */
export const PLAIN_ATTRIBUTES = 4;

const TAB = 9;
const NL = 10;
const SPACE = 32;
const EQ = 61;

/** A record the fast path read flat (see ./flat-scan.ts), answering as the view of its tree would. */
export class FlatRecord implements RecordView {
  constructor(
    /** The text the record was read from, and where in it the record starts (its start tag's "<"). */
    private readonly w: string,
    private readonly from: number,
    /** The line at `from`. */
    private readonly fromLine: number,
    private readonly names: readonly string[],
    private readonly data: Int32Array,
  ) {}

  name(e: number): string {
    return this.names[e];
  }
  firstChild(e: number): number {
    return this.data[e * FIELDS + FIRST];
  }
  nextSibling(e: number): number {
    return this.data[e * FIELDS + NEXT];
  }

  text(e: number): string {
    return detach(this.joined(e));
  }

  /** Its text segments and those of its children, in order, each with its entities resolved (as the tree has them). */
  private joined(e: number): string {
    const { w, data } = this;
    const b = e * FIELDS;
    if (data[b + FLAGS] & SKIPPED) return '';
    let c = data[b + FIRST];
    if (c < 0) return segment(w, data[b + CONTENT], data[b + CONTENT_END]);
    let out = '';
    let at = data[b + CONTENT];
    for (; c >= 0; c = data[c * FIELDS + NEXT]) {
      out += segment(w, at, data[c * FIELDS + TAG]) + this.joined(c);
      at = data[c * FIELDS + END];
    }
    return out + segment(w, at, data[b + CONTENT_END]);
  }

  clean(e: number): string | undefined {
    const { w, data } = this;
    const b = e * FIELDS;
    if (data[b + FLAGS] & TIDY) {
      // What cleanText does to a text whose only whitespace is the space: runs of spaces made one, the ends trimmed
      // (most such texts have none of either).
      const from = data[b + CONTENT];
      const to = data[b + CONTENT_END];
      if (from === to) return undefined;
      let text = w.slice(from, to);
      if (text.includes('  ')) text = text.replace(/ {2,}/g, ' ');
      if (text.charCodeAt(0) === 32 || text.charCodeAt(text.length - 1) === 32) text = text.trim();
      return text.length > 0 ? detach(text) : undefined;
    }
    return cleanText(this.text(e));
  }

  attribute(e: number, name: string): string | undefined {
    const { w } = this;
    let q = nameEnd(w, this.data[e * FIELDS + TAG] + 1);
    // The start tag was read whole by the fast path: only attributes, in quotes, between its name and ">".
    for (;;) {
      let c = w.charCodeAt(q);
      while (c === SPACE || c === NL || c === TAB) c = w.charCodeAt(++q);
      if (c === 62 /* > */ || c === 47 /* / */) return undefined;
      const an = nameEnd(w, q);
      const found = an - q === name.length && w.startsWith(name, q);
      q = an;
      while (w.charCodeAt(q) !== EQ) q++;
      q++;
      c = w.charCodeAt(q);
      while (c === SPACE || c === NL || c === TAB) c = w.charCodeAt(++q);
      const close = w.indexOf(c === 34 ? '"' : "'", q + 1);
      if (found) {
        const value = w.slice(q + 1, close);
        return this.data[e * FIELDS + FLAGS] & PLAIN_ATTRIBUTES ? value : attributeValue(value);
      }
      q = close + 1;
    }
  }

  line(e: number): number {
    const { w } = this;
    const to = this.data[e * FIELDS + CONTENT];
    let line = this.fromLine;
    for (let i = w.indexOf('\n', this.from); i >= 0 && i < to; i = w.indexOf('\n', i + 1)) line++;
    return line;
  }
}

/** A text segment as the tree holds it: entities resolved (the fast path has checked that they resolve). */
function segment(w: string, from: number, to: number): string {
  if (from >= to) return '';
  const text = w.slice(from, to);
  return text.includes('&') ? (resolveEntities(text) ?? text) : text;
}

/** An attribute value as saxes gives it: a literal tab or line end is a space, and entities are resolved. */
export function attributeValue(raw: string): string {
  let value = raw;
  if (value.includes('\n') || value.includes('\t')) value = value.replace(/[\t\n]/g, ' ');
  if (value.includes('&')) value = resolveEntities(value) ?? value;
  return value;
}
