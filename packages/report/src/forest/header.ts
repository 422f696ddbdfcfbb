/** The forest plot's two header lines: arm names over their data columns, then the column names. */
import type { Labels } from '../labels.js';
import { line, text } from '../svg.js';
import { type Column, type ForestColumns, FS } from './columns.js';
import type { ArmColumn } from './types.js';

const mid = (c: Column) => c.x + c.width / 2;
const right = (c: Column) => c.x + c.width - 6;

function span(cs: readonly Column[]): Column {
  return { x: cs[0].x, width: cs[cs.length - 1].x + cs[cs.length - 1].width - cs[0].x };
}

export interface HeaderTexts {
  armColumns: readonly ArmColumn[];
  armLabels: { experimental: string; control: string };
  effectLabel: string;
  methodLabel: string;
  robHeaders: readonly string[];
}

/** Draws the header with line 1's baseline at y1; returns the markup and the y of the rule under it. */
export function forestHeader(
  c: ForestColumns,
  t: HeaderTexts,
  l: Labels,
  y1: number,
): { markup: string; bottom: number } {
  const y2 = y1 + FS + 5;
  const bold = { bold: true };
  const parts: string[] = [];
  for (const arm of ['experimental', 'control'] as const) {
    const cs = c.arms[arm];
    if (cs.length === 0) continue;
    const s = span(cs);
    parts.push(text(mid(s), y1, t.armLabels[arm], { anchor: 'middle', bold: true }));
    parts.push(line(s.x + 4, y1 + 4, s.x + s.width - 2, y1 + 4, { stroke: '#000000', 'stroke-width': 0.6 }));
    t.armColumns.forEach((col, i) => {
      const name = col === 'events' ? l.events : col === 'mean' ? l.mean : col === 'sd' ? l.sd : l.total;
      parts.push(text(right(cs[i]), y2, name, { anchor: 'end', bold: true }));
    });
  }
  parts.push(text(c.label.x, y2, l.studyOrSubgroup, bold));
  parts.push(text(right(c.weight), y2, l.weight, { anchor: 'end', bold: true }));
  for (const col of [c.estimate, c.plot]) {
    parts.push(text(mid(col), y1, t.effectLabel, { anchor: 'middle', bold: true }));
    parts.push(text(mid(col), y2, t.methodLabel, { anchor: 'middle', bold: true }));
  }
  if (c.rob.length > 0) {
    parts.push(text(mid(span(c.rob)), y1, l.riskOfBias, { anchor: 'middle', bold: true }));
    c.rob.forEach((col, i) => {
      parts.push(text(mid(col), y2, t.robHeaders[i], { anchor: 'middle', bold: true }));
    });
  }
  const bottom = y2 + 6;
  parts.push(line(c.label.x, bottom, c.right, bottom, { stroke: '#000000', 'stroke-width': 0.8 }));
  return { markup: parts.join(''), bottom };
}
