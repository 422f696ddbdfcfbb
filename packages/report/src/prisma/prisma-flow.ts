/**
 * The PRISMA 2020 flow diagram for new systematic reviews with searches of databases and registers, and optionally of
 * other sources (Page et al. 2021, BMJ 372:n71, figure 1): the template's boxes, phase bars and arrows, with text
 * wrapped inside the boxes by the width estimate, so that the layout needs no browser and is the same everywhere.
 */
import type { Lang } from '../format.js';
import { labels } from '../labels.js';
import { el, line, points, svgDocument, text } from '../svg.js';
import { textWidth } from '../text/measure.js';
import { wrapText } from '../text/wrap.js';
import { BOX_FS, type BoxLine, boxHeight, count, drawBox } from './box.js';
import { PRISMA_LABELS, type PrismaLabels } from './labels.js';
import type { NamedCount, PrismaInput } from './types.js';
import { checkPrisma } from './validate.js';

const MARGIN = 10;
const BAR_W = 24;
const COL_W = 250;
const OTHER_W = 230;
const GAP = 40;
const ROW_GAP = 30;
const DB_FILL = '#ffd966';
const OTHER_FILL = '#d9d9d9';
const PHASE_FILL = '#9dc3e6';

const sum = (xs: readonly NamedCount[]) => xs.reduce((s, c) => s + c.n, 0);
const items = (xs: readonly NamedCount[]): BoxLine[] => xs.map((c) => ({ text: count(c.name, c.n), indent: true }));

/** The boxes' lines, row by row: [left column, right column] for databases, and the same for other methods. */
function boxTexts(input: PrismaInput, p: PrismaLabels) {
  const r = input.removedBeforeScreening;
  const identified: BoxLine[] = [{ text: p.identifiedFrom }];
  if (input.databases.length > 0) {
    identified.push({ text: count(p.databases, sum(input.databases)) }, ...items(input.databases));
  }
  if (input.registers && input.registers.length > 0) {
    identified.push({ text: count(p.registers, sum(input.registers)) }, ...items(input.registers));
  }
  const removed: BoxLine[] = [
    { text: p.removedBefore },
    { text: count(p.duplicates, r.duplicates), indent: true },
    ...(r.automation !== undefined ? [{ text: count(p.automation, r.automation), indent: true }] : []),
    ...(r.other !== undefined ? [{ text: count(p.otherReasons, r.other), indent: true }] : []),
  ];
  const main: [BoxLine[], BoxLine[] | null][] = [
    [identified, removed],
    [[{ text: count(p.screened, input.screened) }], [{ text: count(p.excluded, input.excluded) }]],
    [[{ text: count(p.sought, input.soughtForRetrieval) }], [{ text: count(p.notRetrieved, input.notRetrieved) }]],
    [[{ text: count(p.assessed, input.assessed) }], [{ text: p.reportsExcluded }, ...items(input.excludedReports)]],
    [
      [
        { text: count(p.studiesIncluded, input.included.studies) },
        { text: count(p.reportsIncluded, input.included.reports) },
      ],
      null,
    ],
  ];
  const o = input.otherMethods;
  const other: ([BoxLine[], BoxLine[] | null] | null)[] = o
    ? [
        [[{ text: p.identifiedFrom }, ...items(o.sources)], null],
        null,
        [[{ text: count(p.sought, o.soughtForRetrieval) }], [{ text: count(p.notRetrieved, o.notRetrieved) }]],
        [[{ text: count(p.assessed, o.assessed) }], [{ text: p.reportsExcluded }, ...items(o.excludedReports)]],
        null,
      ]
    : [null, null, null, null, null];
  return { main, other };
}

function arrow(x1: number, y1: number, x2: number, y2: number): string {
  const len = Math.hypot(x2 - x1, y2 - y1);
  const ux = (x2 - x1) / len;
  const uy = (y2 - y1) / len;
  const s = 7;
  const bx = x2 - ux * s;
  const by = y2 - uy * s;
  return [
    line(x1, y1, bx, by, { stroke: '#000000', 'stroke-width': 1 }),
    el('polygon', {
      class: 'arrow',
      points: points([
        [x2, y2],
        [bx - uy * s * 0.45, by + ux * s * 0.45],
        [bx + uy * s * 0.45, by - ux * s * 0.45],
      ]),
      fill: '#000000',
    }),
  ].join('');
}

function banner(label: string, x: number, y: number, width: number, fill: string): { markup: string; height: number } {
  const lines = wrapText(label, width - 20, BOX_FS + 1, true);
  const height = lines.length * 15 + 12;
  const parts = [el('rect', { x, y, width, height, rx: 8, fill, stroke: '#000000', 'stroke-width': 0.8 })];
  lines.forEach((s, i) => {
    parts.push(text(x + width / 2, y + 6 + (i + 1) * 15 - 4, s, { anchor: 'middle', bold: true, size: BOX_FS + 1 }));
  });
  return { markup: el('g', { class: 'banner' }, parts), height };
}

/**
 * Draws the PRISMA 2020 flow diagram as an SVG string.
 * @example
 * prismaFlow({
 *   databases: [{ name: 'MEDLINE', n: 412 }, { name: 'Embase', n: 530 }],
 *   removedBeforeScreening: { duplicates: 301 }, screened: 641, excluded: 590, soughtForRetrieval: 51,
 *   notRetrieved: 2, assessed: 49, excludedReports: [{ name: 'Wrong population', n: 30 }],
 *   included: { studies: 11, reports: 19 },
 * });
 */
export function prismaFlow(input: PrismaInput): string {
  checkPrisma(input);
  const lang: Lang = input.lang ?? 'en';
  const p = PRISMA_LABELS[lang];
  const { main, other } = boxTexts(input, p);
  const hasOther = input.otherMethods !== undefined;
  const xA = MARGIN + BAR_W + 14;
  const xB = xA + COL_W + GAP;
  const xC = xB + COL_W + 50;
  const xD = xC + OTHER_W + GAP;
  const right = hasOther ? xD + OTHER_W : xB + COL_W;

  const parts: string[] = [];
  const b1 = banner(p.viaDatabases, xA, MARGIN, xB + COL_W - xA, DB_FILL);
  const b2 = hasOther ? banner(p.viaOther, xC, MARGIN, xD + OTHER_W - xC, OTHER_FILL) : null;
  parts.push(b1.markup, b2?.markup ?? '');
  let y = MARGIN + Math.max(b1.height, b2?.height ?? 0) + 18;

  const rowTop: number[] = [];
  const rowH: number[] = [];
  // The one-row phases need room for their turned labels.
  const phaseMin = (label: string) => textWidth(label, BOX_FS, true) + 16;
  const minH = [phaseMin(p.identification), 0, 0, 0, phaseMin(p.included)];
  main.forEach(([left, rightBox], i) => {
    const o = other[i];
    const h = Math.max(
      minH[i],
      boxHeight(left, COL_W),
      rightBox ? boxHeight(rightBox, COL_W) : 0,
      o ? boxHeight(o[0], OTHER_W) : 0,
      o?.[1] ? boxHeight(o[1], OTHER_W) : 0,
    );
    rowTop.push(y);
    rowH.push(h);
    parts.push(drawBox(left, xA, y, COL_W, h, { cls: 'box', center: i > 0 && i < 4 }));
    if (rightBox) {
      parts.push(drawBox(rightBox, xB, y, COL_W, h, { cls: 'box' }));
      parts.push(arrow(xA + COL_W, y + h / 2, xB, y + h / 2));
    }
    if (o) {
      parts.push(drawBox(o[0], xC, y, OTHER_W, h, { cls: 'box', center: i > 0 }));
      if (o[1]) {
        parts.push(drawBox(o[1], xD, y, OTHER_W, h, { cls: 'box' }));
        parts.push(arrow(xC + OTHER_W, y + h / 2, xD, y + h / 2));
      }
    }
    y += h + ROW_GAP;
  });
  const bottom = (i: number) => rowTop[i] + rowH[i];
  for (let i = 0; i < 4; i++) parts.push(arrow(xA + COL_W / 2, bottom(i), xA + COL_W / 2, rowTop[i + 1]));
  if (hasOther) {
    const cx = xC + OTHER_W / 2;
    parts.push(arrow(cx, bottom(0), cx, rowTop[2]), arrow(cx, bottom(2), cx, rowTop[3]));
    const yi = rowTop[4] + rowH[4] / 2;
    parts.push(line(cx, bottom(3), cx, yi, { stroke: '#000000', 'stroke-width': 1 }), arrow(cx, yi, xA + COL_W, yi));
  }

  const phase = (label: string, top: number, bot: number) => {
    const mid = (top + bot) / 2;
    return el('g', { class: 'phase' }, [
      el('rect', {
        x: MARGIN,
        y: top,
        width: BAR_W,
        height: bot - top,
        rx: 6,
        fill: PHASE_FILL,
        stroke: '#000000',
        'stroke-width': 0.8,
      }),
      text(MARGIN + BAR_W / 2 + BOX_FS * 0.35, mid, label, { anchor: 'middle', bold: true, rotate: -90 }),
    ]);
  };
  parts.push(
    phase(p.identification, rowTop[0], bottom(0)),
    phase(p.screening, rowTop[1], bottom(3)),
    phase(p.included, rowTop[4], bottom(4)),
  );

  const l = labels(lang);
  return svgDocument({
    width: right + MARGIN,
    height: bottom(4) + MARGIN,
    title: input.title ?? l.figures.prisma,
    desc: `${count(p.screened, input.screened).replaceAll('\u00a0', ' ')}; ${count(p.studiesIncluded, input.included.studies).replaceAll('\u00a0', ' ')}.`,
    fontSize: BOX_FS,
    body: parts,
  });
}
