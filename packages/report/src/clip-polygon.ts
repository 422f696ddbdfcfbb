/**
 * Clips a polygon to an axis-aligned rectangle (Sutherland & Hodgman 1974, Commun ACM 17:32), so that shaded regions
 * stay inside a plot without a clipPath and its document-wide id.
 */
export type Pt = readonly [number, number];

export interface Rect {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

function clipEdge(poly: readonly Pt[], inside: (p: Pt) => boolean, cross: (a: Pt, b: Pt) => Pt): Pt[] {
  const out: Pt[] = [];
  for (let i = 0; i < poly.length; i++) {
    const a = poly[i];
    const b = poly[(i + 1) % poly.length];
    if (inside(b)) {
      if (!inside(a)) out.push(cross(a, b));
      out.push(b);
    } else if (inside(a)) out.push(cross(a, b));
  }
  return out;
}

/**
 * @example
 * clipPolygon([[-1, -1], [9, -1], [9, 9], [-1, 9]], { x0: 0, y0: 0, x1: 5, y1: 5 }); // → [[5, 5], [0, 5], [0, 0], [5, 0]]
 */
export function clipPolygon(poly: readonly Pt[], r: Rect): Pt[] {
  const atX =
    (x: number) =>
    (a: Pt, b: Pt): Pt => [x, a[1] + ((b[1] - a[1]) * (x - a[0])) / (b[0] - a[0])];
  const atY =
    (y: number) =>
    (a: Pt, b: Pt): Pt => [a[0] + ((b[0] - a[0]) * (y - a[1])) / (b[1] - a[1]), y];
  let p: Pt[] = [...poly];
  p = clipEdge(p, (q) => q[0] >= r.x0, atX(r.x0));
  p = clipEdge(p, (q) => q[0] <= r.x1, atX(r.x1));
  p = clipEdge(p, (q) => q[1] >= r.y0, atY(r.y0));
  p = clipEdge(p, (q) => q[1] <= r.y1, atY(r.y1));
  return p;
}
