/** The forest plot's effect axis with its ticks and "Favours" texts, and the footer statistics lines. */
import { type Axis, tickValue } from '../axis.js';
import { formatPlain, type Lang } from '../format.js';
import { el, line, text } from '../svg.js';
import { textWidth } from '../text/measure.js';
import { wrapText } from '../text/wrap.js';
import { SMALL } from './columns.js';

export interface AxisBlock {
  markup: string;
  /** Leftmost x any axis text reaches. */
  left: number;
  bottom: number;
}

/** Axis line at y with ticks and labels, and the two "Favours" texts under it (wrapped to `favoursWidth`). */
export function forestAxis(
  axis: Axis,
  xs: (v: number) => number,
  y: number,
  favours: { left: string; right: string } | undefined,
  favoursWidth: number,
  lang: Lang,
): AxisBlock {
  const stroke = { stroke: '#000000', 'stroke-width': 0.8 };
  const parts = [line(xs(axis.min), y, xs(axis.max), y, { class: 'axis', ...stroke })];
  let left = xs(axis.min);
  for (const t of axis.ticks) {
    const label = formatPlain(tickValue(axis, t), lang);
    left = Math.min(left, xs(t) - textWidth(label, SMALL) / 2);
    parts.push(
      el('g', { class: 'tick' }, [
        line(xs(t), y, xs(t), y + 4, stroke),
        text(xs(t), y + 5 + SMALL, label, { anchor: 'middle', size: SMALL }),
      ]),
    );
  }
  let bottom = y + 5 + SMALL + 3;
  if (favours) {
    const zero = xs(Math.min(axis.max, Math.max(axis.min, 0)));
    const top = bottom + SMALL + 2;
    const leftLines = wrapText(favours.left, favoursWidth, SMALL);
    const rightLines = wrapText(favours.right, favoursWidth, SMALL);
    leftLines.forEach((s, i) => {
      left = Math.min(left, zero - 8 - textWidth(s, SMALL));
      parts.push(text(zero - 8, top + i * (SMALL + 2), s, { anchor: 'end', size: SMALL, cls: 'favours' }));
    });
    rightLines.forEach((s, i) => {
      parts.push(text(zero + 8, top + i * (SMALL + 2), s, { size: SMALL, cls: 'favours' }));
    });
    bottom = top + (Math.max(leftLines.length, rightLines.length) - 1) * (SMALL + 2) + 4;
  }
  return { markup: parts.join(''), left, bottom };
}

/** Footer lines from (x, y) down; returns markup and the bottom. */
export function footerLines(lines: readonly string[], x: number, y: number): { markup: string; bottom: number } {
  const step = SMALL + 4;
  const markup = lines.map((s, i) => text(x, y + SMALL + i * step, s, { size: SMALL, cls: 'footer' })).join('');
  return { markup, bottom: y + SMALL + (lines.length - 1) * step + 4 };
}
