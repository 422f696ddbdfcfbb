/**
 * The small element tree the XML layer builds for one record at a time, and the few ways readers look into it. A
 * record's tree is all the memory a reader holds; the document as a whole is never built.
 */

/**
 * An element of a record: its name, attributes, and children (elements and text) in document order. An element the
 * layout skips has no children.
 */
export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlNode[];
  /** 1-based line of the end of the element's start tag in the decoded input. */
  line: number;
}

/** A child of an element: an element or a run of text (entities already resolved). */
export type XmlNode = XmlElement | string;

/**
 * A copy of `text` that holds no reference to the input it was cut from. V8 keeps a substring of 13 or more
 * characters as a view into the whole string it came from, so a record holding a 20-character title would keep the
 * parser's whole input chunk alive, and a file's records its whole text. A new string built from it breaks the link.
 * @example
 * detach(hugeChunk.slice(100, 140)); // → the same 40 characters, without hugeChunk behind them
 */
export function detach(text: string): string {
  return text.length < 13 ? text : ` ${text}`.slice(1);
}

/**
 * The text of an element and all its descendants, markup dropped: `<i>TERT</i>` inside a title gives "TERT". The
 * result is detached from the input (see {@link detach}), so it can be kept.
 * @example
 * textOf({ name: 'ArticleTitle', attributes: {}, line: 1, children: ['The ', { name: 'i', attributes: {}, line: 1, children: ['TERT'] }, ' gene'] });
 * // → 'The TERT gene'
 */
export function textOf(element: XmlElement): string {
  return detach(joinText(element));
}

function joinText(element: XmlElement): string {
  const { children } = element;
  if (children.length === 1 && typeof children[0] === 'string') return children[0];
  let out = '';
  for (const c of children) out += typeof c === 'string' ? c : joinText(c);
  return out;
}

/** The first child element with the given name. */
export function childNamed(element: XmlElement, name: string): XmlElement | undefined {
  for (const c of element.children) if (typeof c !== 'string' && c.name === name) return c;
  return undefined;
}

/** All child elements with the given name, in order. */
export function childrenNamed(element: XmlElement, name: string): XmlElement[] {
  const out: XmlElement[] = [];
  for (const c of element.children) if (typeof c !== 'string' && c.name === name) out.push(c);
  return out;
}

/** The child elements (text between them left out). */
export function elementsOf(element: XmlElement): XmlElement[] {
  const out: XmlElement[] = [];
  for (const c of element.children) if (typeof c !== 'string') out.push(c);
  return out;
}
