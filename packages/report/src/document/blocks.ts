/** Small constructors for document blocks, so that section builders read as the text they write. */
import type { Block, Cell, Figure, Inline } from './types.js';

export const h3 = (text: string): Block => ({ kind: 'heading', level: 3, text });

export const para = (...runs: Inline[]): Block => ({ kind: 'paragraph', runs });

/** Paragraphs from a text with blank lines between them (review.yaml's block scalars). */
export function paragraphs(text: string): Block[] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s*\n\s*/g, ' ').trim())
    .filter((p) => p !== '')
    .map((p) => para(p));
}

export const list = (items: Inline[][], ordered = false): Block => ({ kind: 'list', ordered, items });

export const cell = (text: string, numeric = false): Cell => (numeric ? { runs: [text], numeric } : { runs: [text] });

/** A figure block; the size is read from the SVG's root element, and the name is made safe as a file name. */
export function figure(name: string, caption: string, svg: string): Figure {
  const size = (attr: string) => Number(new RegExp(`<svg[^>]*\\s${attr}="([\\d.]+)"`).exec(svg)?.[1] ?? 0);
  const file = name.replace(/[^A-Za-z0-9._-]/g, '-');
  return { kind: 'figure', name: file, caption, svg, width: size('width'), height: size('height') };
}
