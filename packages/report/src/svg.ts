/**
 * A small SVG string builder. Every number goes through {@link num} (at most three decimals, no "-0"), attributes are
 * written in the order given and text is escaped, so the same input always gives the same bytes.
 */

/** The font stack named in every figure; Liberation Sans is metric-compatible with Arial and Helvetica. */
export const FONT_FAMILY = 'Liberation Sans, Arial, Helvetica, sans-serif';

/** Rounds to three decimals and prints without trailing zeros or a negative zero. */
export function num(x: number): string {
  if (!Number.isFinite(x)) throw new Error(`cannot write ${x} into an SVG`);
  const r = Math.round(x * 1000) / 1000;
  return Object.is(r, -0) || r === 0 ? '0' : String(r);
}

const SPECIAL = /[&<>"']/;
const SPECIALS = /[&<>"']/g;

/** Escapes text for element content and attribute values. */
export function esc(text: string): string {
  // Most labels have nothing to escape; a figure of 200 studies escapes thousands of them on every redraw.
  return SPECIAL.test(text) ? text.replace(SPECIALS, (c) => `&#${c.charCodeAt(0)};`) : text;
}

export type AttrValue = string | number | undefined;

function attrs(a: Record<string, AttrValue>): string {
  let out = '';
  // for…in rather than Object.entries: no array per attribute, which showed in the page's redraw profile.
  for (const k in a) {
    const v = a[k];
    if (v === undefined) continue;
    out += ` ${k}="${typeof v === 'number' ? num(v) : esc(v)}"`;
  }
  return out;
}

/** One element; `children` is already-built markup (an empty or missing body gives a self-closing tag). */
export function el(tag: string, a: Record<string, AttrValue>, children?: string | readonly string[]): string {
  const body = children === undefined ? '' : typeof children === 'string' ? children : children.join('');
  return body === '' ? `<${tag}${attrs(a)}/>` : `<${tag}${attrs(a)}>${body}</${tag}>`;
}

export interface TextStyle {
  anchor?: 'start' | 'middle' | 'end';
  bold?: boolean;
  italic?: boolean;
  size?: number;
  fill?: string;
  cls?: string;
  /** Degrees to turn the text about its anchor point (−90 for a vertical axis title). */
  rotate?: number;
}

/** A line of text with its baseline at y. */
export function text(x: number, y: number, content: string, style: TextStyle = {}): string {
  return el(
    'text',
    {
      class: style.cls,
      x,
      y,
      'text-anchor': style.anchor && style.anchor !== 'start' ? style.anchor : undefined,
      'font-weight': style.bold ? 'bold' : undefined,
      'font-style': style.italic ? 'italic' : undefined,
      'font-size': style.size,
      fill: style.fill,
      transform: style.rotate ? `rotate(${num(style.rotate)} ${num(x)} ${num(y)})` : undefined,
    },
    esc(content),
  );
}

export function line(x1: number, y1: number, x2: number, y2: number, extra: Record<string, AttrValue> = {}): string {
  return el('line', { ...extra, x1, y1, x2, y2 });
}

/** Points of a polygon or polyline as "x,y x,y …". */
export function points(ps: readonly (readonly [number, number])[]): string {
  return ps.map(([x, y]) => `${num(x)},${num(y)}`).join(' ');
}

export interface DocumentOptions {
  width: number;
  height: number;
  /** Short name of the figure (the accessible name). */
  title: string;
  /** A sentence or two on what the figure shows. */
  desc: string;
  /** Base font size of the figure. */
  fontSize: number;
  body: readonly string[];
}

/** The outer `<svg>` with a white background, `<title>`, `<desc>`, viewBox and pixel width and height. */
export function svgDocument(o: DocumentOptions): string {
  const head = el('svg', {
    xmlns: 'http://www.w3.org/2000/svg',
    width: Math.ceil(o.width),
    height: Math.ceil(o.height),
    viewBox: `0 0 ${Math.ceil(o.width)} ${Math.ceil(o.height)}`,
    role: 'img',
    'font-family': FONT_FAMILY,
    'font-size': o.fontSize,
  }).replace('/>', '>');
  return [
    head,
    el('title', {}, esc(o.title)),
    el('desc', {}, esc(o.desc)),
    el('rect', { width: Math.ceil(o.width), height: Math.ceil(o.height), fill: '#ffffff' }),
    ...o.body,
    '</svg>',
    '',
  ].join('\n');
}
