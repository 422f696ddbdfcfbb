/** A flow-diagram box: lines of text wrapped to the box's width, and the box's height from the wrapped lines. */
import { el, text } from '../svg.js';
import { wrapText } from '../text/wrap.js';

export const BOX_FS = 11;
const LINE_H = 14;
const PAD = 8;
const INDENT = 12;

/** A logical line of a box; `indent` lines are list items under the line before. */
export interface BoxLine {
  text: string;
  indent?: boolean;
}

/** "(n = 123)" with no-break spaces, so that wrapping never splits a count from its "n =". */
export function count(label: string, n: number): string {
  return `${label} (n\u00a0=\u00a0${n})`;
}

/** The wrapped lines of a box of the given width, each with its indent. */
export function layoutBox(lines: readonly BoxLine[], width: number): { text: string; indent: boolean }[] {
  return lines.flatMap((l) =>
    wrapText(l.text, width - 2 * PAD - (l.indent ? INDENT : 0), BOX_FS).map((t) => ({ text: t, indent: !!l.indent })),
  );
}

export function boxHeight(lines: readonly BoxLine[], width: number): number {
  return layoutBox(lines, width).length * LINE_H + 2 * PAD - 2;
}

/** Draws a box with its top-left corner at (x, y); the text is centred when `center` is set. */
export function drawBox(
  lines: readonly BoxLine[],
  x: number,
  y: number,
  width: number,
  height: number,
  options: { center?: boolean; cls: string },
): string {
  const laid = layoutBox(lines, width);
  const top = y + (height - (laid.length * LINE_H - 2)) / 2;
  const parts = [el('rect', { x, y, width, height, fill: '#ffffff', stroke: '#000000', 'stroke-width': 1 })];
  laid.forEach((l, i) => {
    const base = top + i * LINE_H + BOX_FS * 0.8;
    if (options.center) parts.push(text(x + width / 2, base, l.text, { anchor: 'middle' }));
    else parts.push(text(x + PAD + (l.indent ? INDENT : 0), base, l.text));
  });
  return el('g', { class: options.cls }, parts);
}
