/**
 * Text width estimates from the advance widths of Liberation Sans (Arial's metrics), so that layout needs no browser:
 * the sum of the characters' widths times the font size. Kerning is ignored; it changes Liberation Sans lines by well
 * under 2 %, which the layouts' padding absorbs. Characters outside the table count as 0.6 em.
 */
import { BOLD_WIDTHS, REGULAR_WIDTHS } from './char-widths.js';

const FALLBACK_EM = 0.6;

/**
 * Width in pixels of `s` set in Liberation Sans at `size` px.
 * @example
 * textWidth('Total', 10); // → 22.2 (rounded)
 */
export function textWidth(s: string, size: number, bold = false): number {
  const table = bold ? BOLD_WIDTHS : REGULAR_WIDTHS;
  let em = 0;
  for (const ch of s) em += table[ch] ?? FALLBACK_EM;
  return em * size;
}
