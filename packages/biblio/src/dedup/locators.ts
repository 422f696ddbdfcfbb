/**
 * Volume, issue and first page as they are compared. Page ranges come as "288-297", "288–97", "288--297",
 * "S417-S429", "100A-101A", "e1234" (an article number) or "532, 534-536"; only the first page is compared, because
 * the last page is abbreviated in some styles and missing in others. A value without a digit ("Suppl", "June") says
 * nothing about where the article is and is not compared.
 */

/**
 * The first page of a page range, lower case, without leading zeros; undefined when it has no digit.
 * @example
 * firstPage('288–97');   // → '288'
 * firstPage('S417-S429'); // → 's417'
 * firstPage('e1234');    // → 'e1234'
 * firstPage('Suppl-29'); // → undefined
 */
export function firstPage(pages: string | undefined): string | undefined {
  if (!pages) return undefined;
  const plain = /^0*([1-9]\d*)(?:-\d*)?$/.exec(pages);
  if (plain) return plain[1];
  const first = pages.trim().split(/\s*(?:-|–|—|,|;|\/|\s)\s*/)[0] ?? '';
  const page = first.toLowerCase().replace(/[^a-z0-9]/g, '');
  if (!/\d/.test(page)) return undefined;
  return page.replace(/^([a-z]*)0+(?=\d)/, '$1');
}

/**
 * The last page of a range of more than one page, written out in full ("288–97" ends at 297), lower case; undefined
 * for a single page, an open range, or anything else.
 * @example
 * lastPage('288–97');    // → '297'
 * lastPage('S212-S216'); // → 's216'
 * lastPage('945');       // → undefined
 */
export function lastPage(pages: string | undefined): string | undefined {
  if (!pages) return undefined;
  const m = /^\s*([a-z]?)0*(\d+)\s*(?:-|–|—|--)\s*([a-z]?)0*(\d+)\s*$/i.exec(pages);
  if (!m) return undefined;
  const [, prefix, first, lastPrefix, last] = m;
  if (lastPrefix && lastPrefix.toLowerCase() !== prefix.toLowerCase()) return undefined;
  const full = last.length < first.length ? first.slice(0, first.length - last.length) + last : last;
  if (Number(full) <= Number(first)) return undefined;
  return prefix.toLowerCase() + full;
}

/**
 * Whether a record sits in a supplement: "Suppl" in its volume or issue, or a first page like "S79".
 * @example
 * inSupplement('145', 'Suppl. 1', '23'); // → true
 * inSupplement('42', undefined, 'S79');  // → true
 * inSupplement('19', '8', '943-945');    // → false
 */
export function inSupplement(
  volume: string | undefined,
  issue: string | undefined,
  pages: string | undefined,
): boolean {
  const marked = (v: string | undefined) => v !== undefined && /\bsup(?:p|pl|plement)?\b\.?/i.test(v);
  return marked(volume) || marked(issue) || /^\s*s\d/i.test(pages ?? '');
}

/**
 * A volume or issue number, lower case alphanumerics without "vol."/"no." and leading zeros; undefined when it has no digit.
 * @example
 * locator('Vol. 019'); // → '19'
 * locator('Suppl 2');  // → 'suppl2'
 */
export function locator(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const plain = /^0*([1-9]\d*)$/.exec(value);
  if (plain) return plain[1];
  const s = value
    .toLowerCase()
    .replace(/\b(?:vol|volume|no|nr|num|number|issue)\b/g, '')
    .replace(/[^a-z0-9]/g, '');
  if (!/\d/.test(s)) return undefined;
  return s.replace(/(^|[a-z])0+(?=\d)/g, '$1');
}

/**
 * How two first pages agree: the same, the same number with a letter prefix on one side only (Nephron Clinical
 * Practice's "c37" is "37" elsewhere), or different; undefined when either is missing.
 * @example
 * comparePages('c37', '37');   // → 'similar'
 * comparePages('s417', '417'); // → 'similar'
 * comparePages('288', '289');  // → 'conflict'
 */
export function comparePages(
  a: string | undefined,
  b: string | undefined,
): 'equal' | 'similar' | 'conflict' | undefined {
  if (!a || !b) return undefined;
  if (a === b) return 'equal';
  const bare = (p: string) => p.replace(/^[a-z]+(?=\d)/, '');
  return bare(a) === bare(b) && (bare(a) === a || bare(b) === b) ? 'similar' : 'conflict';
}
