/**
 * Element paths for issues, like `PubmedArticleSet/PubmedArticle[3]/MedlineCitation/Article/ArticleTitle`. They are
 * built only when an issue needs one, never per element.
 */
import type { XmlElement } from './element.js';

/** Paths deeper than this show their first and last steps around an ellipsis. */
const SHOWN_HEAD = 8;
const SHOWN_TAIL = 4;

/** `name`, or `name[n]` when the element is the n-th (n > 1) of its name under its parent. */
export function step(element: XmlElement, parent: XmlElement | undefined): string {
  if (!parent) return element.name;
  let n = 0;
  for (const c of parent.children) {
    if (typeof c !== 'string' && c.name === element.name) n++;
    if (c === element) break;
  }
  return n > 1 ? `${element.name}[${n}]` : element.name;
}

/** The path of the last element of `open` (the chain from a record element down), below `recordPath`. */
export function pathBelow(recordPath: string, open: readonly XmlElement[]): string {
  const steps: string[] = [];
  for (let i = 1; i < open.length; i++) steps.push(step(open[i], open[i - 1]));
  if (steps.length > SHOWN_HEAD + SHOWN_TAIL) {
    const hidden = steps.length - SHOWN_HEAD - SHOWN_TAIL;
    steps.splice(SHOWN_HEAD, hidden, `…(${hidden} more)…`);
  }
  return steps.length === 0 ? recordPath : `${recordPath}/${steps.join('/')}`;
}
