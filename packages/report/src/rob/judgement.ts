/**
 * Risk-of-bias judgements (RoB 2, Sterne et al. 2019, BMJ 366:l4898) and how the figures draw them: the Cochrane
 * colours that robvis uses, and a symbol inside each circle so that the figure reads without colour — "+" low,
 * "−" some concerns, "×" high, "?" no information.
 */
import type { Labels } from '../labels.js';
import { el, line, text } from '../svg.js';

export const ROB_JUDGEMENTS = ['low', 'some-concerns', 'high', 'no-information'] as const;
export type RobJudgement = (typeof ROB_JUDGEMENTS)[number];

/** RoB 2 domains in the tool's order; DS (period and carryover effects) is the crossover trials' extra domain. */
export const ROB_DOMAINS = ['D1', 'DS', 'D2', 'D3', 'D4', 'D5', 'Overall'] as const;
export type RobDomain = (typeof ROB_DOMAINS)[number];

/** One study's judgements by domain. */
export type RobAssessment = Partial<Record<RobDomain, RobJudgement>>;

export const ROB_COLOURS: Record<RobJudgement, string> = {
  low: '#02c100',
  'some-concerns': '#e2df07',
  high: '#bf0000',
  'no-information': '#4ea1f7',
};

/** The judgement's name in the label table. */
export function judgementName(j: RobJudgement, l: Labels): string {
  switch (j) {
    case 'low':
      return l.rob.low;
    case 'some-concerns':
      return l.rob.someConcerns;
    case 'high':
      return l.rob.high;
    default:
      return l.rob.noInformation;
  }
}

/** The domains present in any assessment, in the tool's order. */
export function domainsUsed(assessments: readonly (RobAssessment | undefined)[]): RobDomain[] {
  return ROB_DOMAINS.filter((d) => assessments.some((a) => a?.[d] !== undefined));
}

/**
 * A judgement as a filled circle with its symbol drawn in black strokes (a text glyph only for "?").
 * @example
 * robCircle(10, 10, 6, 'low'); // → '<g class="rob rob-low"><circle …/><line …/><line …/></g>'
 */
export function robCircle(cx: number, cy: number, r: number, j: RobJudgement): string {
  const s = r * 0.5;
  const w = Math.max(1, r * 0.28);
  const stroke = { stroke: '#000000', 'stroke-width': w, 'stroke-linecap': 'round' };
  const parts = [el('circle', { cx, cy, r, fill: ROB_COLOURS[j], stroke: '#000000', 'stroke-width': 0.6 })];
  if (j === 'low' || j === 'some-concerns') parts.push(line(cx - s, cy, cx + s, cy, stroke));
  if (j === 'low') parts.push(line(cx, cy - s, cx, cy + s, stroke));
  if (j === 'high') {
    const d = s * 0.8;
    parts.push(line(cx - d, cy - d, cx + d, cy + d, stroke), line(cx - d, cy + d, cx + d, cy - d, stroke));
  }
  if (j === 'no-information') {
    parts.push(text(cx, cy + r * 0.5, '?', { anchor: 'middle', bold: true, size: r * 1.4 }));
  }
  return el('g', { class: `rob rob-${j}` }, parts);
}
