/** Small readers of the figures' SVG for structural tests (the figures write a fixed attribute style). */

export type Attrs = Record<string, string>;

function decode(s: string): string {
  return s.replace(/&#(\d+);/g, (_, d: string) => String.fromCharCode(Number(d)));
}

function attrsOf(s: string): Attrs {
  const out: Attrs = {};
  for (const m of s.matchAll(/([\w:-]+)="([^"]*)"/g)) out[m[1]] = decode(m[2]);
  return out;
}

/** Every `<tag …>` whose class list contains `cls` (or every one when `cls` is left out). */
export function elements(svg: string, tag: string, cls?: string): Attrs[] {
  const out: Attrs[] = [];
  for (const m of svg.matchAll(new RegExp(`<${tag}(\\s[^>]*?)?/?>`, 'g'))) {
    const a = attrsOf(m[1] ?? '');
    if (cls === undefined || (a.class ?? '').split(' ').includes(cls)) out.push(a);
  }
  return out;
}

/** Text elements with their content and attributes, in document order. */
export function texts(svg: string, cls?: string): (Attrs & { content: string })[] {
  const out: (Attrs & { content: string })[] = [];
  for (const m of svg.matchAll(/<text(\s[^>]*)?>([^<]*)<\/text>/g)) {
    const a = attrsOf(m[1] ?? '');
    if (cls === undefined || (a.class ?? '').split(' ').includes(cls)) out.push({ ...a, content: decode(m[2]) });
  }
  return out;
}

/** The inner markup of every `<g class="cls">…</g>` that has no nested `<g>` of the same class. */
export function groups(svg: string, cls: string): string[] {
  const out: string[] = [];
  const open = `<g class="${cls}">`;
  let at = svg.indexOf(open);
  while (at >= 0) {
    let depth = 0;
    let i = at;
    for (;;) {
      const nextOpen = svg.indexOf('<g', i + 1);
      const nextClose = svg.indexOf('</g>', i + 1);
      if (nextOpen >= 0 && nextOpen < nextClose) {
        depth++;
        i = nextOpen;
      } else if (depth > 0) {
        depth--;
        i = nextClose;
      } else {
        out.push(svg.slice(at + open.length, nextClose));
        break;
      }
    }
    at = svg.indexOf(open, at + 1);
  }
  return out;
}

/** "x,y x,y" → pairs. */
export function pointsOf(s: string): [number, number][] {
  return s.split(' ').map((p) => {
    const [x, y] = p.split(',').map(Number);
    return [x, y];
  });
}

/** Numbers written with more than three decimals anywhere in attribute values. */
export function overPrecise(svg: string): string[] {
  return [...svg.matchAll(/="[^"]*?\d\.\d{4,}[^"]*"/g)].map((m) => m[0]);
}
