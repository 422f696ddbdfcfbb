/**
 * Column geometry of the forest plot, from the widest text each column holds: study labels, the per-arm data columns
 * (grouped under the arm names), weight, the estimate text, the plot panel, and the risk-of-bias columns.
 */
import { formatNumber, type Lang } from '../format.js';
import type { Labels } from '../labels.js';
import { textWidth } from '../text/measure.js';
import type { ForestRow } from './rows.js';
import type { ArmCell, ArmColumn } from './types.js';

export const FS = 11;
export const SMALL = 10;
const PAD = 12;

export interface Column {
  x: number;
  width: number;
}

export interface ForestColumns {
  label: Column;
  /** Per arm, one column per arm column. */
  arms: { experimental: Column[]; control: Column[] };
  weight: Column;
  estimate: Column;
  plot: Column;
  rob: Column[];
  /** Right edge of the last column. */
  right: number;
}

export interface ColumnTexts {
  armColumns: readonly ArmColumn[];
  /** Decimals of each arm column (see {@link columnDecimals}). */
  decimals: readonly number[];
  armLabels: { experimental: string; control: string };
  /** Estimate texts of every row that has one (bold for pooled rows). */
  estimates: { text: string; bold: boolean }[];
  /** Notes that run across the data columns (subgroup statistics lines). */
  notes: string[];
  robHeaders: string[];
  effectLabel: string;
  methodLabel: string;
  plotWidth: number;
}

/** A cell's text: strings as given, numbers with the column's decimals in the figure's language. */
export function cellText(c: ArmCell | undefined, decimals: number, lang: Lang): string {
  if (c === undefined) return '';
  return typeof c === 'string' ? c : formatNumber(c, decimals, lang);
}

/** Decimals of a number as written in JavaScript's shortest form, at most 4 (3.10 → 1, 12 → 0). */
function decimalsOf(x: number): number {
  const s = String(x);
  const dot = s.indexOf('.');
  return /e/i.test(s) ? 4 : dot < 0 ? 0 : Math.min(4, s.length - dot - 1);
}

/**
 * Decimals per arm column: the most any study's number in that column has, in either arm, so that a column reads
 * 3.0, 2.6, 4.5 rather than 3, 2.6, 4.5.
 */
export function columnDecimals(rows: readonly ForestRow[], nCols: number): number[] {
  const out = new Array<number>(nCols).fill(0);
  for (const r of rows) {
    if (r.kind !== 'study' || !r.study.arms) continue;
    for (const cells of [r.study.arms.experimental, r.study.arms.control]) {
      cells.forEach((c, i) => {
        if (typeof c === 'number') out[i] = Math.max(out[i], decimalsOf(c));
      });
    }
  }
  return out;
}

function armHeader(c: ArmColumn, l: Labels): string {
  return c === 'events' ? l.events : c === 'mean' ? l.mean : c === 'sd' ? l.sd : l.total;
}

function place(x: number, width: number): Column {
  return { x, width };
}

export function forestColumns(rows: readonly ForestRow[], t: ColumnTexts, l: Labels, lang: Lang): ForestColumns {
  const margin = 10;
  let labelW = textWidth(l.studyOrSubgroup, FS, true);
  for (const r of rows) {
    if (r.kind === 'heading' || r.kind === 'pooled') labelW = Math.max(labelW, textWidth(r.label, FS, true));
    if (r.kind === 'study') labelW = Math.max(labelW, textWidth(r.study.label, FS));
    if (r.kind === 'events' || r.kind === 'prediction') labelW = Math.max(labelW, textWidth(r.label, FS));
  }
  labelW += PAD;

  const armWidths = (arm: 'experimental' | 'control'): number[] =>
    t.armColumns.map((c, i) => {
      let w = textWidth(armHeader(c, l), FS, true);
      for (const r of rows) {
        if (r.kind === 'study') w = Math.max(w, textWidth(cellText(r.study.arms?.[arm][i], t.decimals[i], lang), FS));
        if (r.kind === 'pooled')
          w = Math.max(w, textWidth(cellText(r.pooled.totals?.[arm][i], t.decimals[i], lang), FS, true));
        if (r.kind === 'events' && c === 'events') w = Math.max(w, textWidth(String(r[arm]), FS, true));
      }
      return w + PAD;
    });
  const widen = (ws: number[], name: string): number[] => {
    const need = textWidth(name, FS, true) + PAD - ws.reduce((a, b) => a + b, 0);
    if (need > 0 && ws.length > 0) ws[ws.length - 1] += need;
    return ws;
  };
  const expW = widen(armWidths('experimental'), t.armLabels.experimental);
  const ctlW = widen(armWidths('control'), t.armLabels.control);
  const weightW = Math.max(textWidth(l.weight, FS, true), textWidth('100.0 %', FS, true)) + PAD;
  let estW = Math.max(textWidth(t.effectLabel, FS, true), textWidth(t.methodLabel, FS, true));
  for (const e of t.estimates) estW = Math.max(estW, textWidth(e.text, FS, e.bold));
  estW += PAD;

  // Statistics lines run from the label column over the data columns and must end before the plot panel.
  const dataW = expW.concat(ctlW).reduce((a, b) => a + b, 0) + weightW + estW;
  const noteW = t.notes.reduce((m, n) => Math.max(m, textWidth(n, SMALL)), 0) + PAD;
  labelW = Math.max(labelW, noteW - dataW);

  let x = margin;
  const label = place(x, labelW);
  x += labelW;
  const arms = {
    experimental: expW.map((w) => {
      const c = place(x, w);
      x += w;
      return c;
    }),
    control: ctlW.map((w) => {
      const c = place(x, w);
      x += w;
      return c;
    }),
  };
  const weight = place(x, weightW);
  x += weightW;
  const estimate = place(x, estW);
  x += estW;
  const plotW = Math.max(
    t.plotWidth,
    textWidth(t.methodLabel, FS, true) + PAD,
    textWidth(t.effectLabel, FS, true) + PAD,
  );
  const plot = place(x, plotW);
  x += plotW + (t.robHeaders.length > 0 ? 6 : 0);
  const rob = t.robHeaders.map((h) => {
    const c = place(x, Math.max(18, textWidth(h, FS, true) + 6));
    x += c.width;
    return c;
  });
  return { label, arms, weight, estimate, plot, rob, right: x };
}
