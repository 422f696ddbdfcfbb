/**
 * The small element tree the XML layer builds for one record at a time, and the few ways readers look into it. A
 * record's tree is all the memory a reader holds; the document as a whole is never built.
 */

/** An element of a record: its name, attributes, and children (elements and text) in document order. */
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
 * The text of an element and all its descendants, markup dropped: `<i>TERT</i>` inside a title gives "TERT".
 * @example
 * textOf({ name: 'ArticleTitle', attributes: {}, line: 1, children: ['The ', { name: 'i', attributes: {}, line: 1, children: ['TERT'] }, ' gene'] });
 * // → 'The TERT gene'
 */
export function textOf(element: XmlElement): string {
  const { children } = element;
  if (children.length === 1 && typeof children[0] === 'string') return children[0];
  let out = '';
  for (const c of children) out += typeof c === 'string' ? c : textOf(c);
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
