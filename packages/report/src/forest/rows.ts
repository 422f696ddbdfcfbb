/**
 * Flattens a forest plot's input into the rows it draws, top to bottom, RevMan's order: per subgroup a heading, the
 * studies, the subtotal, its total events, heterogeneity and effect-test lines, and a gap; then the total, the
 * prediction interval and the total events. The footer lines go under the axis (see forest-plot.ts).
 */
import { qnorm } from '@evidens/meta';
import type { Labels } from '../labels.js';
import { effectTestLine, heterogeneityLine } from './summary-text.js';
import type { ForestInput, ForestPooled, ForestStudy } from './types.js';

export type ForestRow =
  | { kind: 'heading'; label: string }
  | { kind: 'study'; study: ForestStudy; lb: number; ub: number }
  | { kind: 'pooled'; label: string; pooled: ForestPooled; total: boolean }
  | { kind: 'events'; label: string; experimental: number; control: number }
  | { kind: 'prediction'; label: string; lb: number; ub: number }
  | { kind: 'note'; text: string }
  | { kind: 'gap' };

function studyRow(s: ForestStudy, z: number): ForestRow {
  if (s.ci) return { kind: 'study', study: s, lb: s.ci[0], ub: s.ci[1] };
  const half = z * Math.sqrt(s.vi ?? 0);
  return { kind: 'study', study: s, lb: s.yi - half, ub: s.yi + half };
}

function pooledRows(p: ForestPooled, label: string, total: boolean, l: Labels, input: ForestInput): ForestRow[] {
  const lang = input.lang ?? 'en';
  const rows: ForestRow[] = [{ kind: 'pooled', label, pooled: p, total }];
  if (total && p.prediction) {
    rows.push({ kind: 'prediction', label: l.predictionInterval, lb: p.prediction[0], ub: p.prediction[1] });
  }
  if (p.events) rows.push({ kind: 'events', label: l.totalEvents, ...p.events });
  // The total's statistics lines are footer lines, drawn beside or under the axis.
  if (!total && p.heterogeneity) rows.push({ kind: 'note', text: heterogeneityLine(p.heterogeneity, l, lang) });
  if (!total && p.test) rows.push({ kind: 'note', text: effectTestLine(p.test, l, lang) });
  return rows;
}

export function forestRows(input: ForestInput, l: Labels): ForestRow[] {
  const level = input.level ?? 95;
  const z = qnorm(0.5 + level / 200);
  const rows: ForestRow[] = [];
  for (const section of input.sections) {
    if (section.heading !== undefined) rows.push({ kind: 'heading', label: section.heading });
    for (const s of section.studies) rows.push(studyRow(s, z));
    if (section.subtotal) rows.push(...pooledRows(section.subtotal, l.subtotal(level), false, l, input));
    rows.push({ kind: 'gap' });
  }
  if (input.overall) rows.push(...pooledRows(input.overall, l.overallTotal(level), true, l, input));
  else if (rows[rows.length - 1]?.kind === 'gap') rows.pop();
  return rows;
}
