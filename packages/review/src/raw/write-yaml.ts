/**
 * Plain data as YAML 1.2 text for people to read and edit, written with the `yaml` package so that reading the text
 * back gives the same data. Text that a reader could take for something else is quoted, even where YAML 1.2 would
 * not need it: dates ("2014-02"), numbers ("1.1", "0.5"), YAML 1.1 booleans and nulls ("Y", "N", "yes", "off", "~")
 * and R's missing value ("NA"), so that older YAML readers and spreadsheets see text too.
 */
import {
  Document,
  isCollection,
  isPair,
  isScalar,
  isSeq,
  parseDocument,
  type Scalar,
  visit,
  type YAMLMap,
  type YAMLSeq,
} from 'yaml';

const OPTIONS = { lineWidth: 0 } as const;

/** The longest collection of plain values written on one line, `{ mean: 11.8, sd: 7.6, n: 42 }`, in characters. */
const FLOW_WIDTH = 100;

/** Text that looks like a date or date-time, or a missing value or special number in R and spreadsheets. */
const LOOKS_LIKE_VALUE = /^(\d{4}-\d{1,2}(-\d{1,2})?([Tt ].*)?|NA|N\/A|NaN|-?Inf(inity)?|<<|=)$/;

/**
 * YAML 1.2 text of `value`: block style with two-space indents, except that short maps and lists of single-line
 * values inside an item go on one line (`{ mean: 9.5, sd: 5.1, n: 21 }`); no line folding, no anchors; multi-line text as literal block scalars. Map keys keep their
 * order, so the same value always gives the same text.
 *
 * @example
 * toYaml({ date: '2014-02', hits: 2, arm: { mean: 9.5, n: 21 }, answer: 'Y', notes: 'One.\nTwo.\n' });
 * // 'date: "2014-02"\nhits: 2\narm: { mean: 9.5, n: 21 }\nanswer: "Y"\nnotes: |\n  One.\n  Two.\n'
 */
export function toYaml(value: unknown): string {
  const doc = new Document(value, { aliasDuplicateObjects: false });
  visit(doc, {
    Scalar(key, node) {
      if (typeof node.value !== 'string') return;
      const type = styleOf(node.value, key === 'key');
      if (type !== undefined) node.type = type;
    },
  });
  // After the scalars, whose quotes count in the width.
  visit(doc, {
    Collection(_key, node, path) {
      if (!isFileItem(path) && flowWidth(node) <= FLOW_WIDTH) node.flow = true;
    },
  });
  return doc.toString(OPTIONS);
}

/**
 * Whether the collection at `path` is the root or an item of a list at the root (a study, a data entry, a search):
 * the things a file is made of are blocks, however short.
 */
function isFileItem(path: readonly unknown[]): boolean {
  const parents = path.filter(isCollection);
  return parents.length === 0 || (parents.length === 2 && isSeq(parents[1]) && path.at(-1) === parents[1]);
}

/** About how wide `node` is on one line; infinite when it holds a collection or multi-line text. */
function flowWidth(node: YAMLMap | YAMLSeq): number {
  let width = 4;
  for (const item of node.items) {
    for (const part of isPair(item) ? [item.key, item.value] : [item]) {
      if (!isSingleLine(part)) return Number.POSITIVE_INFINITY;
      width += String(part.value).length + (part.type === 'QUOTE_DOUBLE' ? 4 : 2);
    }
  }
  return width;
}

function isSingleLine(node: unknown): node is Scalar {
  return isScalar(node) && !(typeof node.value === 'string' && node.value.includes('\n'));
}

/** The style a text needs, or undefined to leave the choice to the `yaml` package. */
function styleOf(text: string, isKey: boolean): Scalar.Type | undefined {
  if (text.includes('\n')) return !isKey && literalKeeps(text) ? 'BLOCK_LITERAL' : 'QUOTE_DOUBLE';
  // Keys that only YAML 1.1 would read as booleans stay plain, so that fields such as `n` read as people write them.
  const versions = isKey ? (['1.2'] as const) : (['1.1', '1.2'] as const);
  if (LOOKS_LIKE_VALUE.test(text) || versions.some((version) => readBack(text, version) !== text)) {
    return 'QUOTE_DOUBLE';
  }
  return undefined;
}

/** What a reader makes of `text`; undefined when it cannot read it (a syntax error, an alias to nothing: "*x"). */
function readBack(text: string, version: '1.1' | '1.2' = '1.2'): unknown {
  const doc = parseDocument(text, { version, logLevel: 'silent' });
  if (doc.errors.length > 0) return undefined;
  try {
    return doc.toJS();
  } catch {
    return undefined;
  }
}

/**
 * Whether a literal block scalar gives back `text`. The `yaml` package writes some texts (a first line of only
 * spaces, for one) as blocks that read back differently; those are written double-quoted instead.
 */
function literalKeeps(text: string): boolean {
  const doc = new Document({ text });
  visit(doc, {
    Scalar(key, node) {
      if (key === 'value') node.type = 'BLOCK_LITERAL';
    },
  });
  return (readBack(doc.toString(OPTIONS)) as { text?: unknown } | undefined)?.text === text;
}
