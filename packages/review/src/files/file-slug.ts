/**
 * A review's title as a file name, in ASCII so that every browser and file system keeps it: lower case, æ → ae,
 * ø → oe, ß → ss, accents dropped, every other run of characters one dash, at most 80 characters. The server names
 * its downloads with it and the page shows the same names.
 *
 * @example
 * fileSlug('Magnesium mod natlige lægkramper'); // 'magnesium-mod-natlige-laegkramper'
 */
export function fileSlug(title: string): string {
  const ascii = title
    .toLowerCase()
    .replaceAll('æ', 'ae')
    .replaceAll('ø', 'oe')
    .replaceAll('ß', 'ss')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '');
  return (
    ascii
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 80) || 'review'
  );
}
