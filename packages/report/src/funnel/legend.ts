/** The funnel plot's key: the shaded significance regions, the point kinds and the lines. */
import { qnorm } from '@evidens/meta';
import type { Labels } from '../labels.js';
import { el, line, text } from '../svg.js';
import { textWidth } from '../text/measure.js';

/**
 * Shading from the outside in: the whole panel is the p ≤ 0.01 region, then triangles |y| < z·SE for two-sided
 * p = 0.01, 0.05 and 0.10 paint the less significant regions over it, the innermost (p > 0.10) white.
 */
export const REGIONS: readonly { z: number; fill: string; key: keyof Labels['funnel'] }[] = [
  { z: Number.POSITIVE_INFINITY, fill: '#e3e3e3', key: 'p01' },
  { z: qnorm(0.995), fill: '#c4c4c4', key: 'p05' },
  { z: qnorm(0.975), fill: '#9c9c9c', key: 'p10' },
  { z: qnorm(0.95), fill: '#ffffff', key: 'pGt10' },
];

export function funnelLegend(
  l: Labels,
  x: number,
  y: number,
  size: number,
  show: { contours: boolean; filled: boolean; pseudoCi: boolean },
): { markup: string; width: number; height: number } {
  const step = size + 8;
  const parts: string[] = [];
  let width = 0;
  let row = 0;
  /** One key line: a mark drawn about height cy, then its label. */
  const entry = (mark: (cy: number) => string, label: string) => {
    const cy = y + row * step + size / 2 + 2;
    parts.push(mark(cy), text(x + 26, cy + size * 0.35, label, { size }));
    width = Math.max(width, 26 + textWidth(label, size));
    row++;
  };
  const thin = { stroke: '#000000', 'stroke-width': 0.6 };
  if (show.contours) {
    for (const r of [...REGIONS].reverse()) {
      entry((cy) => el('rect', { x, y: cy - 6, width: 18, height: 12, fill: r.fill, ...thin }), l.funnel[r.key]);
    }
  }
  entry((cy) => el('circle', { cx: x + 9, cy, r: 3.5, fill: '#000000' }), l.funnel.observed);
  if (show.filled) {
    entry(
      (cy) => el('circle', { cx: x + 9, cy, r: 3.5, fill: '#ffffff', stroke: '#000000', 'stroke-width': 1 }),
      l.funnel.filled,
    );
  }
  entry((cy) => line(x, cy, x + 18, cy, { stroke: '#000000', 'stroke-width': 1 }), l.funnel.pooled);
  if (show.pseudoCi) {
    entry(
      (cy) => line(x, cy, x + 18, cy, { stroke: '#000000', 'stroke-width': 0.8, 'stroke-dasharray': '4 3' }),
      l.funnel.pseudoCi,
    );
  }
  return { markup: parts.join(''), width, height: row * step };
}
