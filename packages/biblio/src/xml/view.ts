/**
 * A record's elements as a reader sees them: numbered elements (0 is the record element) with a name, child elements,
 * text, attributes and a line. Two kinds give the same answers: a view of an element tree (what saxes's events build),
 * and the flat record the fast path reads without building a tree (./flat-record.ts). A reader written against this
 * interface maps a record the same way whichever read it.
 */
import { cleanText } from '../normalise.js';
import { textOf, type XmlElement } from './element.js';

export interface RecordView {
  /** The element's name. */
  name(e: number): string;
  /** Its first child element, or -1. An element the layout skips has none. */
  firstChild(e: number): number;
  /** The next child element of its parent, or -1. */
  nextSibling(e: number): number;
  /** The text of the element and its descendants, markup dropped, as {@link textOf} gives it. */
  text(e: number): string;
  /** Its text with whitespace collapsed, as {@link cleanText} gives it: undefined when empty. */
  clean(e: number): string | undefined;
  /** The value of one of its attributes (entities resolved, tabs and line ends made spaces), or undefined. */
  attribute(e: number, name: string): string | undefined;
  /** 1-based line of the end of its start tag. */
  line(e: number): number;
}

/**
 * The first child element of `e` with the given name, or -1.
 * @example
 * childNamed(view, 0, 'PMID'); // → 1 for <MedlineCitation><PMID>…
 */
export function childNamed(view: RecordView, e: number, name: string): number {
  for (let c = view.firstChild(e); c >= 0; c = view.nextSibling(c)) if (view.name(c) === name) return c;
  return -1;
}

/** A view of an element tree: its elements numbered in document order. */
export class TreeView implements RecordView {
  private readonly nodes: XmlElement[] = [];
  private readonly first: number[] = [];
  private readonly next: number[] = [];

  constructor(root: XmlElement) {
    this.add(root);
  }

  private add(element: XmlElement): number {
    const e = this.nodes.length;
    this.nodes.push(element);
    this.first.push(-1);
    this.next.push(-1);
    let last = -1;
    for (const c of element.children) {
      if (typeof c === 'string') continue;
      const child = this.add(c);
      if (last < 0) this.first[e] = child;
      else this.next[last] = child;
      last = child;
    }
    return e;
  }

  name(e: number): string {
    return this.nodes[e].name;
  }
  firstChild(e: number): number {
    return this.first[e];
  }
  nextSibling(e: number): number {
    return this.next[e];
  }
  text(e: number): string {
    return textOf(this.nodes[e]);
  }
  clean(e: number): string | undefined {
    return cleanText(textOf(this.nodes[e]));
  }
  attribute(e: number, name: string): string | undefined {
    return this.nodes[e].attributes[name];
  }
  line(e: number): number {
    return this.nodes[e].line;
  }
}
