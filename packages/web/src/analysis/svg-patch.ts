/**
 * Writing a new version of a figure's SVG into the DOM by changing only what differs. A forest plot of 200 studies is
 * some 6,600 elements; replacing them all (innerHTML) on every edit costs the browser far more than the statistics.
 * After an edit the figure mostly keeps its structure and only numbers and positions move, so the new SVG text is read
 * as a flat list of tokens and walked beside the elements already there: a changed attribute or text is set, a node
 * that does not match is built anew, and the rest is left alone. The SVG is the report's own (@evidens/report, every
 * text escaped), so it is trusted as innerHTML trusted it.
 */

const SVG_NS = 'http://www.w3.org/2000/svg';

type Token =
  | { kind: 'open'; tag: string; attrs: [string, string][]; empty: boolean }
  | { kind: 'close' }
  | { kind: 'text'; text: string };

const TOKEN = /<(\/?)([A-Za-z][\w:-]*)((?:\s+[\w:-]+="[^"]*")*)\s*(\/?)>|([^<]+)/g;
const ATTR = /([\w:-]+)="([^"]*)"/g;
const ENTITY = /&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(ENTITY, (_, e: string) => {
    if (e[0] !== '#') return NAMED[e.toLowerCase()];
    const code = e[1] === 'x' || e[1] === 'X' ? Number.parseInt(e.slice(2), 16) : Number(e.slice(1));
    return String.fromCodePoint(code);
  });
}

/** The SVG text as open, close and text tokens; undefined when it holds anything else (comments, CDATA, …). */
export function tokenize(svg: string): Token[] | undefined {
  const out: Token[] = [];
  let at = 0;
  for (const m of svg.matchAll(TOKEN)) {
    if (m.index !== at) return undefined;
    at = m.index + m[0].length;
    if (m[5] !== undefined) out.push({ kind: 'text', text: decode(m[5]) });
    else if (m[1] === '/') out.push({ kind: 'close' });
    else {
      const attrs: [string, string][] = [];
      for (const a of m[3].matchAll(ATTR)) attrs.push([a[1], decode(a[2])]);
      out.push({ kind: 'open', tag: m[2], attrs, empty: m[4] === '/' });
    }
  }
  return at === svg.length ? out : undefined;
}

/** The lines of the SVG last written into each host, to skip the lines that did not change. */
const written = new WeakMap<Element, string[]>();

/**
 * Makes `host`'s content the SVG `svg`, reusing the nodes already there. The report writes one row of a figure per
 * line, so lines equal to the last ones written are skipped without reading them; a changed line is read and synced.
 * Falls back to a full sync, and then to innerHTML, whenever the text or the DOM is not as expected.
 */
export function patchSvg(host: Element, text: string): void {
  // The report ends its SVG with a newline; without it the host holds the root alone.
  const svg = text.trimEnd();
  const lines = svg.split('\n');
  const before = written.get(host);
  written.set(host, lines);
  const root = host.firstElementChild;
  if (root?.localName !== 'svg' || host.childNodes.length !== 1) {
    host.innerHTML = svg;
    return;
  }
  if (before && before.length === lines.length && patchLines(root, before, lines)) return;
  const tokens = tokenize(svg);
  if (tokens?.[0]?.kind !== 'open' || tokens[0].tag !== 'svg' || syncRange(host, tokens, 0, null) !== tokens.length)
    host.innerHTML = svg;
}

/**
 * Syncs the changed lines of an SVG whose first line opens the root, whose last closes it and whose other lines each
 * hold whole elements (the root's children then run: newline, the nodes of line 1, newline, …). False when the
 * DOM or the text is not so; nothing is changed then.
 */
function patchLines(root: Element, before: string[], lines: string[]): boolean {
  const n = lines.length;
  if (n < 2 || lines[n - 1] !== '</svg>' || before[n - 1] !== '</svg>') return false;
  // The root's children split at the newline text nodes: one group of nodes per middle line.
  // An empty line leaves two newlines in one text node: that node is then the break after both lines.
  const breaks: Node[] = [];
  for (let node = root.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === Node.TEXT_NODE && /^\n+$/.test((node as Text).data)) {
      for (let k = 0; k < (node as Text).data.length; k++) breaks.push(node);
    }
  }
  if (breaks.length !== n - 1 || root.firstChild !== breaks[0]) return false;
  const changed: { at: number; tokens: Token[] }[] = [];
  let head: Token[] | undefined;
  if (lines[0] !== before[0]) {
    head = tokenize(lines[0]);
    if (head?.length !== 1 || head[0].kind !== 'open' || head[0].tag !== 'svg') return false;
  }
  for (let j = 1; j < n - 1; j++) {
    if (lines[j] === before[j]) continue;
    if (breaks[j - 1] === breaks[j]) return false;
    const tokens = tokenize(lines[j]);
    if (!tokens || !wholeElements(tokens)) return false;
    changed.push({ at: j, tokens });
  }
  if (head?.[0].kind === 'open') syncAttributes(root, head[0].attrs);
  // Line j's nodes run from the newline before it (break j − 1) to the newline after it (break j).
  for (const { at, tokens } of changed) syncRange(root, tokens, 0, breaks[at], breaks[at - 1].nextSibling);
  return true;
}

/** Whether the tokens are whole elements side by side (no text between them, every element closed). */
function wholeElements(tokens: Token[]): boolean {
  let depth = 0;
  for (const t of tokens) {
    if (t.kind === 'text' && depth === 0) return false;
    if (t.kind === 'open' && !t.empty) depth++;
    if (t.kind === 'close' && --depth < 0) return false;
  }
  return depth === 0;
}

/**
 * Syncs `parent`'s children, from `first` (default its first child) up to `stop` (exclusive; null: the end), with the
 * tokens from `start` up to the parent's close token or the end; returns the index after them.
 */
function syncRange(parent: Node, tokens: Token[], start: number, stop: Node | null, first = parent.firstChild): number {
  let i = start;
  let child = first;
  while (i < tokens.length) {
    const token = tokens[i];
    if (token.kind === 'close') {
      i++;
      break;
    }
    const here = child !== stop ? child : null;
    if (token.kind === 'text') {
      if (here instanceof Text) {
        if (here.data !== token.text) here.data = token.text;
        child = here.nextSibling;
      } else parent.insertBefore(document.createTextNode(token.text), here ?? stop);
      i++;
      continue;
    }
    if (here instanceof Element && here.localName === token.tag) {
      syncAttributes(here, token.attrs);
      i = token.empty ? i + 1 : syncRange(here, tokens, i + 1, null);
      child = here.nextSibling;
    } else {
      const built = document.createElementNS(SVG_NS, token.tag);
      parent.insertBefore(built, here ?? stop);
      syncAttributes(built, token.attrs);
      i = token.empty ? i + 1 : syncRange(built, tokens, i + 1, null);
    }
  }
  while (child && child !== stop) {
    const next = child.nextSibling;
    parent.removeChild(child);
    child = next;
  }
  return i;
}

function syncAttributes(el: Element, attrs: [string, string][]): void {
  for (const [name, value] of attrs) {
    // xmlns is the element's namespace, given by createElementNS; setting it as an attribute is refused.
    if (name !== 'xmlns' && el.getAttribute(name) !== value) el.setAttribute(name, value);
  }
  if (el.attributes.length > attrs.length) {
    const keep = new Set(attrs.map(([name]) => name));
    for (const a of [...el.attributes]) if (!keep.has(a.name) && a.name !== 'xmlns') el.removeAttribute(a.name);
  }
}
