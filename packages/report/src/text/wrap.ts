/** Greedy word wrapping by the estimated text width; a word longer than the line is broken between characters. */
import { textWidth } from './measure.js';

/**
 * Splits `s` into lines no wider than `maxWidth` px at font `size`; explicit newlines are kept.
 * @example
 * wrapText('Records removed before screening', 100, 10); // → ['Records removed', 'before screening']
 */
export function wrapText(s: string, maxWidth: number, size: number, bold = false): string[] {
  const out: string[] = [];
  for (const paragraph of s.split('\n')) {
    let current = '';
    for (const word of paragraph.split(/ +/).filter((w) => w !== '')) {
      const candidate = current === '' ? word : `${current} ${word}`;
      if (textWidth(candidate, size, bold) <= maxWidth) {
        current = candidate;
        continue;
      }
      if (current !== '') out.push(current);
      current = word;
      while (textWidth(current, size, bold) > maxWidth && current.length > 1) {
        let cut = current.length - 1;
        while (cut > 1 && textWidth(current.slice(0, cut), size, bold) > maxWidth) cut--;
        out.push(current.slice(0, cut));
        current = current.slice(cut);
      }
    }
    out.push(current);
  }
  return out;
}
