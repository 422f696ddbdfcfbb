/**
 * The contour-enhanced funnel plot (Peters et al. 2008, J Clin Epidemiol 61:991): effects against their standard
 * errors, SE axis reversed (precise studies at the top), regions of conventional significance about the null shaded,
 * the pooled estimate with its pseudo 95 % confidence lines, and trim-and-fill studies as open circles.
 */
import { type Axis, axisFromSpec, axisScale, tickValue } from '../axis.js';
import { clipPolygon, type Pt, type Rect } from '../clip-polygon.js';
import { finite, oneOf, ReportError } from '../errors.js';
import { formatPlain, LANGS, type Lang } from '../format.js';
import { labels } from '../labels.js';
import { el, line, points, svgDocument, text } from '../svg.js';
import { textWidth } from '../text/measure.js';
import { niceTicks, ratioTicksIn } from '../ticks.js';
import { funnelLegend, REGIONS } from './legend.js';
import type { FunnelInput, FunnelPoint } from './types.js';

const FS = 11;
const PLOT_W = 400;
const PLOT_H = 300;

function check(input: FunnelInput): void {
  oneOf('lang', input.lang ?? 'en', LANGS);
  finite('estimate', input.estimate);
  if (input.studies.length === 0) throw new ReportError('invalid_argument', 'studies must not be empty', 'studies');
  const each = (ps: readonly FunnelPoint[], name: string) =>
    ps.forEach((p, i) => {
      finite(`${name}[${i}].yi`, p.yi);
      if (!(finite(`${name}[${i}].sei`, p.sei) > 0)) {
        throw new ReportError(
          'invalid_value',
          `${name}[${i}].sei must be positive (got ${p.sei})`,
          `${name}[${i}].sei`,
        );
      }
    });
  each(input.studies, 'studies');
  each(input.filled ?? [], 'filled');
}

/** An x axis covering the points and the pseudo-confidence lines at the largest SE, with round ticks. */
function funnelAxis(input: FunnelInput, seMax: number): Axis {
  if (input.axis) return axisFromSpec(input.axis, input.log);
  const ys = [...input.studies, ...(input.filled ?? [])].map((p) => p.yi);
  const half = 1.96 * seMax;
  let lo = Math.min(...ys, input.estimate - half);
  let hi = Math.max(...ys, input.estimate + half);
  const pad = (hi - lo) * 0.04;
  lo -= pad;
  hi += pad;
  const ticks = input.log ? ratioTicksIn(Math.exp(lo), Math.exp(hi)).map(Math.log) : niceTicks(lo, hi, 6);
  return { log: input.log, min: Math.min(lo, ticks[0]), max: Math.max(hi, ticks[ticks.length - 1]), ticks };
}

function regions(rect: Rect, xs: (v: number) => number, ys: (se: number) => number, seMax: number): string[] {
  const out = [
    el('rect', { x: rect.x0, y: rect.y0, width: rect.x1 - rect.x0, height: rect.y1 - rect.y0, fill: REGIONS[0].fill }),
  ];
  for (const r of REGIONS.slice(1)) {
    const tri: Pt[] = [
      [xs(0), ys(0)],
      [xs(r.z * seMax), ys(seMax)],
      [xs(-r.z * seMax), ys(seMax)],
    ];
    const p = clipPolygon(tri, rect);
    if (p.length >= 3) out.push(el('polygon', { class: 'contour', points: points(p), fill: r.fill }));
  }
  return out;
}

/**
 * Draws a contour-enhanced funnel plot as an SVG string.
 * @example
 * funnelPlot({ log: true, effectLabel: 'Risk Ratio', estimate: -0.71,
 *   studies: [{ yi: -0.89, sei: 0.57 }, { yi: -1.59, sei: 0.44 }, { yi: -0.22, sei: 0.23 }] });
 */
export function funnelPlot(input: FunnelInput): string {
  check(input);
  const lang: Lang = input.lang ?? 'en';
  const l = labels(lang);
  const all = [...input.studies, ...(input.filled ?? [])];
  const seTicks = niceTicks(0, Math.max(...all.map((p) => p.sei)) * 1.02, 5);
  const seMax = seTicks[seTicks.length - 1];
  const axis = funnelAxis(input, seMax);

  const seLabelW = Math.max(...seTicks.map((t) => textWidth(formatPlain(t, lang), FS)));
  const rect: Rect = { x0: 30 + seLabelW, y0: 12, x1: 30 + seLabelW + PLOT_W, y1: 12 + PLOT_H };
  const xs = axisScale(axis, rect.x0, rect.x1);
  const ys = (se: number) => rect.y0 + (se / seMax) * (rect.y1 - rect.y0);
  const inX = (v: number) => v >= axis.min && v <= axis.max;

  const parts: string[] = [];
  if (input.contours !== false) parts.push(...regions(rect, xs, ys, seMax));
  const clipLine = (a: Pt, b: Pt, attrs: Record<string, string | number>) => {
    const p = clipPolygon([a, b], rect);
    if (p.length >= 2) parts.push(line(p[0][0], p[0][1], p[1][0], p[1][1], attrs));
  };
  if (input.pseudoCi !== false) {
    for (const sign of [-1, 1]) {
      clipLine([xs(input.estimate), ys(0)], [xs(input.estimate + sign * 1.96 * seMax), ys(seMax)], {
        class: 'pseudo-ci',
        stroke: '#000000',
        'stroke-width': 0.8,
        'stroke-dasharray': '4 3',
      });
    }
  }
  if (inX(input.estimate)) {
    parts.push(
      line(xs(input.estimate), ys(0), xs(input.estimate), ys(seMax), {
        class: 'estimate',
        stroke: '#000000',
        'stroke-width': 1,
      }),
    );
  }
  for (const p of input.filled ?? []) {
    if (inX(p.yi))
      parts.push(
        el('circle', {
          class: 'filled',
          cx: xs(p.yi),
          cy: ys(p.sei),
          r: 3.5,
          fill: '#ffffff',
          stroke: '#000000',
          'stroke-width': 1,
        }),
      );
  }
  for (const p of input.studies) {
    if (inX(p.yi)) parts.push(el('circle', { class: 'study', cx: xs(p.yi), cy: ys(p.sei), r: 3.5, fill: '#000000' }));
  }
  const frame = { stroke: '#000000', 'stroke-width': 0.8 };
  parts.push(
    el('rect', { x: rect.x0, y: rect.y0, width: rect.x1 - rect.x0, height: rect.y1 - rect.y0, fill: 'none', ...frame }),
  );
  for (const t of axis.ticks) {
    parts.push(
      el('g', { class: 'tick x' }, [
        line(xs(t), rect.y1, xs(t), rect.y1 + 4, frame),
        text(xs(t), rect.y1 + 6 + FS, formatPlain(tickValue(axis, t), lang), { anchor: 'middle' }),
      ]),
    );
  }
  for (const t of seTicks) {
    parts.push(
      el('g', { class: 'tick y' }, [
        line(rect.x0 - 4, ys(t), rect.x0, ys(t), frame),
        text(rect.x0 - 6, ys(t) + FS * 0.35, formatPlain(t, lang), { anchor: 'end' }),
      ]),
    );
  }
  const xLabel = input.log ? `${input.effectLabel} (${l.funnel.logScale})` : input.effectLabel;
  parts.push(text((rect.x0 + rect.x1) / 2, rect.y1 + 12 + 2 * FS, xLabel, { anchor: 'middle' }));
  const yMid = (rect.y0 + rect.y1) / 2;
  parts.push(text(12 + FS * 0.35, yMid, l.standardError, { anchor: 'middle', rotate: -90 }));
  const legend = funnelLegend(l, rect.x1 + 16, rect.y0, FS, {
    contours: input.contours !== false,
    filled: (input.filled ?? []).length > 0,
    pseudoCi: input.pseudoCi !== false,
  });
  parts.push(legend.markup);

  const k = input.studies.length;
  const k0 = (input.filled ?? []).length;
  return svgDocument({
    width: rect.x1 + 16 + legend.width + 12,
    height: Math.max(rect.y1 + 14 + 2 * FS + 8, rect.y0 + legend.height + 8),
    title: input.title ?? `${l.figures.funnel}: ${input.effectLabel}`,
    desc: `${l.studies(k)}${k0 > 0 ? ` + ${k0} ${l.funnel.filled.toLowerCase()}` : ''}.`,
    fontSize: FS,
    body: parts,
  });
}
