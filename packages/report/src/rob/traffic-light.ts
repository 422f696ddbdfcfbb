/**
 * The traffic-light plot (as robvis's `rob_traffic_light` draws it): one row per study, one column per domain and an
 * overall column on grey, each judgement a coloured circle with its symbol; under it the domain names and the key.
 */
import { labels } from '../labels.js';
import { el, line, svgDocument, text } from '../svg.js';
import { textWidth } from '../text/measure.js';
import { ROB_JUDGEMENTS, robCircle } from './judgement.js';
import { domainLegend, judgementKey } from './legend.js';
import type { RobFigureInput } from './types.js';
import { validateRob } from './validate.js';

const FS = 11;
const CELL_W = 34;
const CELL_H = 28;
const STRIP = '#a9a9a9';
const OVERALL_BG = '#d3d3d3';
const GRID = '#b0b0b0';

/**
 * @example
 * robTrafficLight({ studies: [{ label: 'Aronson 1948', rob: { D1: 'low', D2: 'high', Overall: 'high' } }] });
 */
export function robTrafficLight(input: RobFigureInput): string {
  const domains = validateRob(input, false);
  const lang = input.lang ?? 'en';
  const l = labels(lang);
  const margin = 10;
  const headers = domains.map((d) => (d === 'Overall' ? l.rob.overall : d));
  const colW = headers.map((h) => Math.max(CELL_W, textWidth(h, FS, true) + 10));
  const labelW = Math.max(...input.studies.map((s) => textWidth(s.label, FS)), textWidth(l.rob.study, FS, true)) + 16;
  const x0 = margin + 18 + labelW;
  const gridW = colW.reduce((a, b) => a + b, 0);
  const top = margin + FS + 8;
  const headH = FS + 10;
  const rowsTop = top + headH;
  const parts: string[] = [];

  parts.push(text(x0 + gridW / 2, margin + FS, l.rob.domains, { anchor: 'middle', bold: true }));
  const yMid = rowsTop + (input.studies.length * CELL_H) / 2;
  parts.push(text(margin + FS * 0.4 + 2, yMid, l.rob.study, { anchor: 'middle', bold: true, rotate: -90 }));
  let x = x0;
  const colX = colW.map((w) => {
    const at = x;
    x += w;
    return at;
  });
  headers.forEach((h, i) => {
    parts.push(
      el('rect', { x: colX[i], y: top, width: colW[i], height: headH, fill: STRIP, stroke: GRID, 'stroke-width': 0.8 }),
    );
    parts.push(text(colX[i] + colW[i] / 2, top + headH / 2 + FS * 0.35, h, { anchor: 'middle' }));
  });
  input.studies.forEach((s, r) => {
    const y = rowsTop + r * CELL_H;
    const rows: string[] = [
      el('rect', { x: margin + 18, y, width: labelW, height: CELL_H, fill: STRIP, stroke: GRID, 'stroke-width': 0.8 }),
      text(margin + 18 + 8, y + CELL_H / 2 + FS * 0.35, s.label),
    ];
    domains.forEach((d, i) => {
      const fill = d === 'Overall' ? OVERALL_BG : '#ffffff';
      rows.push(el('rect', { x: colX[i], y, width: colW[i], height: CELL_H, fill, stroke: GRID, 'stroke-width': 0.8 }));
      const j = s.rob[d];
      if (j) rows.push(robCircle(colX[i] + colW[i] / 2, y + CELL_H / 2, 10, j));
    });
    parts.push(el('g', { class: 'study' }, rows));
  });
  const gridBottom = rowsTop + input.studies.length * CELL_H;
  parts.push(line(x0, gridBottom, x0 + gridW, gridBottom, { stroke: GRID, 'stroke-width': 0.8 }));

  const used = ROB_JUDGEMENTS.filter((j) => input.studies.some((s) => Object.values(s.rob).includes(j)));
  const legend = domainLegend(domains, l, margin, gridBottom + 12, `${l.rob.domains}:`, FS - 1);
  const key = judgementKey(used, l, margin, gridBottom + 16 + legend.height, FS - 1);
  parts.push(legend.markup, key.markup);
  const width = Math.max(x0 + gridW, margin + legend.width, margin + key.width) + margin;
  const height = gridBottom + 16 + legend.height + key.height + margin;
  return svgDocument({
    width,
    height,
    title: input.title ?? l.figures.trafficLight,
    desc: `${l.studies(input.studies.length)}; ${domains.join(', ')}.`,
    fontSize: FS,
    body: parts,
  });
}
