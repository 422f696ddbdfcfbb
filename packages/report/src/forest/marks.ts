/**
 * The forest plot's marks: a study's weight square and interval line (with an arrowhead where the interval runs past
 * the axis), a pooled diamond, and the prediction-interval bar.
 */
import { el, line, points } from '../svg.js';

export const SQUARE_FILL = '#1f4e8c';

/** Where the interval is cut by the axis limits, and where it is drawn. */
export function clip(lb: number, ub: number, min: number, max: number) {
  return { lb: Math.max(lb, min), ub: Math.min(ub, max), left: lb < min, right: ub > max };
}

function arrowhead(x: number, y: number, dir: -1 | 1, size: number): string {
  return el('polygon', {
    class: 'arrow',
    points: points([
      [x, y],
      [x - dir * size, y - size * 0.55],
      [x - dir * size, y + size * 0.55],
    ]),
    fill: '#000000',
  });
}

/**
 * A horizontal interval at height y, pixel limits x0..x1 of the plot panel; `xs` maps analysis values to pixels.
 * @example
 * intervalLine(-2, 0.5, 40, (v) => 100 + 50 * v, { min: -1, max: 1 }); // clipped on the left: line and arrowhead
 */
export function intervalLine(
  lb: number,
  ub: number,
  y: number,
  xs: (v: number) => number,
  axis: { min: number; max: number },
): string {
  const c = clip(lb, ub, axis.min, axis.max);
  const parts: string[] = [];
  if (c.lb <= c.ub) parts.push(line(xs(c.lb), y, xs(c.ub), y, { stroke: '#000000', 'stroke-width': 1 }));
  if (c.left) parts.push(arrowhead(xs(axis.min), y, -1, 6));
  if (c.right) parts.push(arrowhead(xs(axis.max), y, 1, 6));
  return parts.join('');
}

/** A filled square centred on (x, y) with the given side. */
export function square(x: number, y: number, side: number): string {
  return el('rect', {
    class: 'square',
    x: x - side / 2,
    y: y - side / 2,
    width: side,
    height: side,
    fill: SQUARE_FILL,
  });
}

/** A pooled estimate's diamond: its points are the interval limits and the estimate (clipped to the axis). */
export function diamond(
  est: number,
  lb: number,
  ub: number,
  y: number,
  half: number,
  xs: (v: number) => number,
  axis: { min: number; max: number },
  cls: string,
): string {
  const at = (v: number) => xs(Math.min(axis.max, Math.max(axis.min, v)));
  return el('polygon', {
    class: cls,
    points: points([
      [at(lb), y],
      [at(est), y - half],
      [at(ub), y],
      [at(est), y + half],
    ]),
    fill: '#000000',
  });
}

/** The prediction interval as a bar (clipped to the axis, with arrowheads where cut). */
export function predictionBar(
  lb: number,
  ub: number,
  y: number,
  xs: (v: number) => number,
  axis: { min: number; max: number },
): string {
  const c = clip(lb, ub, axis.min, axis.max);
  const parts = [
    el('rect', {
      class: 'prediction',
      x: xs(c.lb),
      y: y - 2.5,
      width: Math.max(0, xs(c.ub) - xs(c.lb)),
      height: 5,
      fill: '#b03a2e',
    }),
  ];
  if (c.left) parts.push(arrowhead(xs(axis.min), y, -1, 6));
  if (c.right) parts.push(arrowhead(xs(axis.max), y, 1, 6));
  return parts.join('');
}
