/**
 * What a format tells the XML layer about its documents: which elements hold records, which are records, and what
 * the layer hands back. The layer knows nothing else about any format.
 */
import type { ReadIssue } from '../issues.js';
import type { XmlElement } from './element.js';
import type { RecordView } from './view.js';

export interface XmlLayout {
  /**
   * Container element → the names of the record elements it holds, e.g. `PubmedArticleSet` →
   * `['PubmedArticle', 'PubmedBookArticle']`. A record element may also be the document element itself.
   */
  records: Readonly<Record<string, readonly string[]>>;
  /** Elements that may enclose containers without being one (EndNote's `<xml>` around `<records>`). */
  wrappers?: readonly string[];
  /**
   * Elements inside records whose content no reader of the format needs (PubMed's reference lists, grant lists):
   * they appear in the tree without children, and nothing inside them is built.
   */
  skip?: readonly string[];
  /** Names a record that could not be read, from the part that was ("PMID 12345"), for the skip message. */
  identify?: (partial: XmlElement) => string | undefined;
  /**
   * Records read by the fast path come as a flat {@link RecordView} (`view`), with no children in `element`; records
   * read by the parser still come as trees. For a reader that looks at records only through a view: it is then
   * spared building the tree of nearly every record.
   */
  flat?: boolean;
  /**
   * False to read everything with the parser, never the fast path: slower, and the same records, items and issues
   * (which is what it is for: comparing the two). Default true.
   */
  fast?: boolean;
}

/** What the layer emits, in document order. */
export type XmlItem =
  /**
   * The document element, before anything inside it. One the layout does not know is reported at the end, and only
   * if no known element followed (then the input is likely another format).
   */
  | { kind: 'root'; name: string; known: boolean; line: number }
  /**
   * A complete record element; `index` counts records from 1, skipped ones included. With a `flat` layout, `view`
   * may hold the record instead of `element`'s children.
   */
  | { kind: 'record'; element: XmlElement; index: number; path: string; view?: RecordView }
  /** A complete element beside the records that is neither a record nor a container (MEDLINE's DeleteCitation). */
  | { kind: 'other'; element: XmlElement; path: string }
  | { kind: 'issue'; issue: ReadIssue };

export const FORBIDDEN = 1;
export const SKIP = 2;
export type Mark = typeof FORBIDDEN | typeof SKIP;

/** Element names that need action inside a record, with a quick first test by length. */
export interface Marks {
  names: ReadonlyMap<string, Mark>;
  /** 1 at each length (under 64) that a marked name has: most names are ruled out without hashing them. */
  lengths: Uint8Array;
}

export const NO_MARKS: Marks = { names: new Map(), lengths: new Uint8Array(64) };

function marksOf(names: ReadonlyMap<string, Mark>): Marks {
  const lengths = new Uint8Array(64);
  for (const n of names.keys()) if (n.length < 64) lengths[n.length] = 1;
  return { names, lengths };
}

/** The layout in the form the layer looks things up in. */
export interface CompiledLayout {
  /** Container → its record names. */
  containers: Map<string, ReadonlySet<string>>;
  wrappers: ReadonlySet<string>;
  /** Every record name, for a record that is the document element. */
  recordNames: ReadonlySet<string>;
  /**
   * Container (or, for a record that is the document element, its own name) → the element names that need action
   * inside such a record: FORBIDDEN for another record, a container or a wrapper (seeing one means the record was cut
   * short), SKIP for the layout's `skip` elements.
   */
  marks: Map<string, Marks>;
  /** Global patterns for the start tag of what may follow in each place, to resume at after a parse error. */
  resumeIn: Map<string, RegExp>;
  /** The start tag of a document element, to resume at when a second document follows the first. */
  resumeTop: RegExp;
  /** The longest of all the names above, to keep a start tag that a chunk boundary cuts. */
  longestName: number;
  identify?: (partial: XmlElement) => string | undefined;
  flat: boolean;
  fast: boolean;
}

function startTagPattern(names: Iterable<string>): RegExp {
  const alternatives = [...names].map((n) => n.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&')).join('|');
  return new RegExp(`<(?:${alternatives})(?=[\\s/>])`, 'g');
}

/**
 * Checks and compiles a layout.
 * @example
 * compileLayout({ records: { records: ['record'] }, wrappers: ['xml'] }).recordNames; // → Set { 'record' }
 */
export function compileLayout(layout: XmlLayout): CompiledLayout {
  const containers = new Map<string, ReadonlySet<string>>();
  const recordNames = new Set<string>();
  for (const [container, names] of Object.entries(layout.records)) {
    if (names.length === 0) throw new Error(`XML layout: container ${container} lists no record elements`);
    containers.set(container, new Set(names));
    for (const n of names) recordNames.add(n);
  }
  const wrappers = new Set(layout.wrappers ?? []);
  const resumeIn = new Map<string, RegExp>();
  for (const [container, names] of containers) resumeIn.set(container, startTagPattern(names));
  const enclosed = [...containers.keys(), ...wrappers];
  for (const w of wrappers) resumeIn.set(w, startTagPattern(enclosed));
  const all = [...enclosed, ...recordNames];
  const marks = new Map<string, Marks>();
  const marked = (forbidden: string[]) =>
    marksOf(
      new Map<string, Mark>([
        ...(layout.skip ?? []).map((n) => [n, SKIP] as const),
        ...forbidden.map((n) => [n, FORBIDDEN] as const),
      ]),
    );
  for (const [container, names] of containers) marks.set(container, marked([...names, ...enclosed]));
  for (const name of recordNames) if (!containers.has(name)) marks.set(name, marked([name, ...enclosed]));
  return {
    containers,
    wrappers,
    recordNames,
    marks,
    resumeIn,
    resumeTop: startTagPattern(all),
    longestName: Math.max(...all.map((n) => n.length)),
    ...(layout.identify ? { identify: layout.identify } : {}),
    flat: layout.flat === true,
    fast: layout.fast !== false,
  };
}
