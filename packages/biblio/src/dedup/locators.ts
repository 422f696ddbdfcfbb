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
