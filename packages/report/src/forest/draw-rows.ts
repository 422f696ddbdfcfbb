/** Draws the forest plot's rows: texts in the columns, marks in the plot panel, risk-of-bias circles. */
import type { Axis } from '../axis.js';
import { formatBracket, formatInterval, formatPercent, type Lang } from '../format.js';
import { type RobDomain, robCircle } from '../rob/judgement.js';
import { el, text } from '../svg.js';
import { type Column, cellText, type ForestColumns, FS, SMALL } from './columns.js';
import { diamond, intervalLine, predictionBar, square } from './marks.js';
import type { ForestRow } from './rows.js';
import type { ArmColumn } from './types.js';

export const ROW_H = 16;

export interface RowContext {
  cols: ForestColumns;
  axis: Axis;
  xs: (v: number) => number;
  armColumns: readonly ArmColumn[];
  /** Decimals of each arm column. */
  cellDecimals: readonly number[];
  robDomains: readonly RobDomain[];
  lang: Lang;
  log: boolean;
  decimals: number;
  /** Largest study weight, for the square sizes. */
  maxWeight: number;
}

const right = (c: Column) => c.x + c.width - 6;
const mid = (c: Column) => c.x + c.width / 2;

/** The estimate text of an interval on the display scale. */
export function estimateText(est: number, lb: number, ub: number, ctx: Pick<RowContext, 'log' | 'decimals' | 'lang'>) {
  const d = (v: number) => (ctx.log ? Math.exp(v) : v);
  return formatInterval(d(est), d(lb), d(ub), ctx.decimals, ctx.lang);
}

function armCells(
  cells: { experimental: readonly (number | string | undefined)[]; control: readonly (number | string | undefined)[] },
  ctx: RowContext,
  y: number,
  bold: boolean,
): string[] {
  const out: string[] = [];
  for (const arm of ['experimental', 'control'] as const) {
    ctx.cols.arms[arm].forEach((c, i) => {
      const s = cellText(cells[arm][i], ctx.cellDecimals[i], ctx.lang);
      if (s !== '') out.push(text(right(c), y, s, { anchor: 'end', bold }));
    });
  }
  return out;
}

/** One row with its top at `top`. */
export function drawRow(row: ForestRow, top: number, ctx: RowContext): string {
  const { cols, xs, axis } = ctx;
  const cy = top + ROW_H / 2;
  const base = cy + FS * 0.35;
  switch (row.kind) {
    case 'heading':
      return el('g', { class: 'heading' }, text(cols.label.x, base, row.label, { bold: true }));
    case 'study': {
      const s = row.study;
      const side = Math.max(3, (ROW_H - 4) * Math.sqrt(ctx.maxWeight > 0 ? s.weight / ctx.maxWeight : 0));
      const parts = [
        text(cols.label.x, base, s.label),
        ...(s.arms ? armCells(s.arms, ctx, base, false) : []),
        text(right(cols.weight), base, formatPercent(s.weight, 1, ctx.lang), { anchor: 'end', cls: 'weight' }),
        text(mid(cols.estimate), base, estimateText(s.yi, row.lb, row.ub, ctx), { anchor: 'middle' }),
        intervalLine(row.lb, row.ub, cy, xs, axis),
      ];
      if (s.yi >= axis.min && s.yi <= axis.max) parts.push(square(xs(s.yi), cy, side));
      ctx.robDomains.forEach((d, i) => {
        const j = s.rob?.[d];
        if (j) parts.push(robCircle(mid(cols.rob[i]), cy, 6, j));
      });
      return el('g', { class: 'study' }, parts);
    }
    case 'pooled': {
      const p = row.pooled;
      const parts = [
        text(cols.label.x, base, row.label, { bold: true }),
        ...(p.totals ? armCells(p.totals, ctx, base, true) : []),
        text(right(cols.weight), base, formatPercent(p.weight, 1, ctx.lang), { anchor: 'end', bold: true }),
        text(mid(cols.estimate), base, estimateText(p.estimate, p.ciLb, p.ciUb, ctx), { anchor: 'middle', bold: true }),
        diamond(
          p.estimate,
          p.ciLb,
          p.ciUb,
          cy,
          ROW_H * 0.36,
          xs,
          axis,
          row.total ? 'diamond total' : 'diamond subtotal',
        ),
      ];
      return el('g', { class: row.total ? 'total' : 'subtotal' }, parts);
    }
    case 'events': {
      const parts = [text(cols.label.x, base, row.label)];
      const at = ctx.armColumns.indexOf('events');
      if (at >= 0) {
        parts.push(text(right(cols.arms.experimental[at]), base, String(row.experimental), { anchor: 'end' }));
        parts.push(text(right(cols.arms.control[at]), base, String(row.control), { anchor: 'end' }));
      }
      return el('g', { class: 'events' }, parts);
    }
    case 'prediction': {
      const d = (v: number) => (ctx.log ? Math.exp(v) : v);
      return el('g', { class: 'prediction-row' }, [
        text(cols.label.x, base, row.label),
        text(mid(cols.estimate), base, formatBracket(d(row.lb), d(row.ub), ctx.decimals, ctx.lang), {
          anchor: 'middle',
        }),
        predictionBar(row.lb, row.ub, cy, xs, axis),
      ]);
    }
    case 'note':
      return el('g', { class: 'note' }, text(cols.label.x, base, row.text, { size: SMALL }));
    default:
      return '';
  }
}
