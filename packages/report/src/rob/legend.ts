/** The risk-of-bias key shared by the forest and traffic-light plots: domain names, then the judgement circles. */
import type { Labels } from '../labels.js';
import { text } from '../svg.js';
import { textWidth } from '../text/measure.js';
import { judgementName, type RobDomain, type RobJudgement, robCircle } from './judgement.js';

export interface LegendBlock {
  markup: string;
  width: number;
  height: number;
}

/**
 * Lines "D1: Bias arising from the randomization process" (or "(D1) …" when `parenthesised`), under a bold title.
 * @example
 * domainLegend(['D1', 'Overall'], labels('en'), 10, 20, 'Domains:', 10).height; // → 27
 */
export function domainLegend(
  domains: readonly RobDomain[],
  l: Labels,
  x: number,
  y: number,
  title: string,
  size: number,
  parenthesised = false,
): LegendBlock {
  const step = size + 3;
  const parts = [text(x, y + size, title, { bold: true, size })];
  let width = textWidth(title, size, true);
  domains
    .filter((d) => d !== 'Overall')
    .forEach((d, i) => {
      const s = parenthesised ? `(${d}) ${l.rob.domainNames[d]}` : `${d}: ${l.rob.domainNames[d]}`;
      parts.push(text(x, y + size + step * (i + 1), s, { size }));
      width = Math.max(width, textWidth(s, size));
    });
  const n = domains.filter((d) => d !== 'Overall').length;
  return { markup: parts.join(''), width, height: size + step * n + 4 };
}

/** Judgement circles with their names in one row. */
export function judgementKey(
  judgements: readonly RobJudgement[],
  l: Labels,
  x: number,
  y: number,
  size: number,
): LegendBlock {
  const r = size * 0.6;
  const parts: string[] = [];
  let cx = x + r;
  for (const j of judgements) {
    const name = judgementName(j, l);
    parts.push(robCircle(cx, y + r, r, j), text(cx + r + 4, y + r + size * 0.35, name, { size }));
    cx += r * 2 + 4 + textWidth(name, size) + 14;
  }
  return { markup: parts.join(''), width: cx - x - r - 14, height: 2 * r };
}
