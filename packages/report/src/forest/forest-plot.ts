/**
 * The forest plot as Cochrane reviews show it (RevMan): study rows with per-arm data, weight, estimate and interval
 * text, a square sized by weight (area ∝ weight) on an interval line, subgroup and total diamonds, a prediction
 * interval bar, the statistics lines, a logarithmic axis for ratio measures and a null line, and the risk-of-bias
 * judgements beside each study with their legend.
 */
import { autoAxis, axisFromSpec, axisScale } from '../axis.js';
import type { Lang } from '../format.js';
import { labels } from '../labels.js';
import { domainsUsed, ROB_JUDGEMENTS } from '../rob/judgement.js';
import { domainLegend, judgementKey } from '../rob/legend.js';
import { line, svgDocument } from '../svg.js';
import { textWidth } from '../text/measure.js';
import { footerLines, forestAxis } from './axis-footer.js';
import { columnDecimals, FS, forestColumns, SMALL } from './columns.js';
import { drawRow, estimateText, ROW_H } from './draw-rows.js';
import { forestHeader } from './header.js';
import { forestRows } from './rows.js';
import { effectTestLine, heterogeneityLine, subgroupTestLine } from './summary-text.js';
import type { ForestInput } from './types.js';
import { validateForest } from './validate.js';

const PLOT_WIDTH = 220;
const AXIS_PAD = 14;

/**
 * Draws a forest plot as an SVG string. Numbers are taken as given; build the input with {@link forestFromRma} or
 * {@link forestFromSubgroups} so that they come from the engine.
 * @example
 * const svg = forestPlot({
 *   log: true, effectLabel: 'Risk Ratio', methodLabel: 'IV, Random, 95% CI',
 *   sections: [{ studies: [{ label: 'Aronson 1948', yi: -0.89, vi: 0.33, weight: 100 }] }],
 * });
 * svg.startsWith('<svg'); // → true
 */
export function forestPlot(input: ForestInput): string {
  validateForest(input);
  const lang: Lang = input.lang ?? 'en';
  const l = labels(lang);
  const decimals = input.decimals ?? 2;
  const level = input.level ?? 95;
  const rows = forestRows(input, l);
  const studies = input.sections.flatMap((s) => s.studies);
  const armColumns = input.armColumns ?? [];
  const armLabels = input.armLabels ?? { experimental: l.experimental, control: l.control };
  const robDomains = input.robDomains ?? domainsUsed(studies.map((s) => s.rob));
  const robHeaders = robDomains.map((d) => (d === 'Overall' ? l.rob.overall : d));
  const fmt = { log: input.log, decimals, lang };
  const cellDecimals = columnDecimals(rows, armColumns.length);

  const estimates: { text: string; bold: boolean }[] = [];
  const notes: string[] = [];
  const values: number[] = [];
  for (const r of rows) {
    if (r.kind === 'study') {
      estimates.push({ text: estimateText(r.study.yi, r.lb, r.ub, fmt), bold: false });
      values.push(r.study.yi, r.lb, r.ub);
    }
    if (r.kind === 'pooled') {
      estimates.push({ text: estimateText(r.pooled.estimate, r.pooled.ciLb, r.pooled.ciUb, fmt), bold: true });
      values.push(r.pooled.ciLb, r.pooled.ciUb);
    }
    if (r.kind === 'prediction') values.push(r.lb, r.ub);
    if (r.kind === 'note') notes.push(r.text);
  }
  const footer: string[] = [];
  if (input.overall?.heterogeneity) footer.push(heterogeneityLine(input.overall.heterogeneity, l, lang));
  if (input.overall?.test) footer.push(effectTestLine(input.overall.test, l, lang));
  if (input.subgroupTest) footer.push(subgroupTestLine(input.subgroupTest, l, lang));

  const cols = forestColumns(
    rows,
    {
      armColumns,
      decimals: cellDecimals,
      armLabels,
      estimates,
      notes,
      robHeaders,
      effectLabel: input.effectLabel,
      methodLabel: input.methodLabel,
      plotWidth: PLOT_WIDTH,
    },
    l,
    lang,
  );
  const axis = input.axis ? axisFromSpec(input.axis, input.log) : autoAxis(values, input.log);
  const xs = axisScale(axis, cols.plot.x + AXIS_PAD, cols.plot.x + cols.plot.width - AXIS_PAD);

  const header = forestHeader(
    cols,
    { armColumns, armLabels, robHeaders, effectLabel: input.effectLabel, methodLabel: input.methodLabel },
    l,
    10 + FS,
  );
  const ctx = {
    cols,
    axis,
    xs,
    armColumns,
    cellDecimals,
    robDomains,
    lang,
    log: input.log,
    decimals,
    maxWeight: studies.reduce((m, s) => Math.max(m, s.weight), 0),
  };
  const rowsTop = header.bottom + 4;
  const body = rows.map((r, i) => drawRow(r, rowsTop + i * ROW_H, ctx));
  const rowsBottom = rowsTop + rows.length * ROW_H;
  const axisY = rowsBottom + 4;
  const parts = [header.markup];
  if (axis.min <= 0 && axis.max >= 0) {
    parts.push(line(xs(0), rowsTop, xs(0), axisY, { class: 'null-line', stroke: '#000000', 'stroke-width': 0.8 }));
  }
  parts.push(...body);

  const favours = input.favours ?? {
    left: l.favours(input.armLabels?.experimental ?? l.armNouns.experimental),
    right: l.favours(input.armLabels?.control ?? l.armNouns.control),
  };
  const ax = forestAxis(axis, xs, axisY, favours, cols.plot.width / 2 + 30, lang);
  parts.push(ax.markup);

  // Footer lines sit left of the axis when they fit there, as in RevMan; otherwise under it.
  const footerWidth = footer.reduce((m, s) => Math.max(m, textWidth(s, SMALL)), 0);
  const beside = cols.label.x + footerWidth + 10 <= ax.left;
  const foot = footerLines(footer, cols.label.x, beside ? axisY : ax.bottom + 4);
  parts.push(foot.markup);
  let bottom = Math.max(ax.bottom, foot.bottom);
  let width = Math.max(cols.right, cols.label.x + footerWidth);

  if (robDomains.length > 0) {
    const used = ROB_JUDGEMENTS.filter((j) => studies.some((s) => Object.values(s.rob ?? {}).includes(j)));
    const legend = domainLegend(robDomains, l, cols.label.x, bottom + 10, l.riskOfBiasLegend, SMALL, true);
    const key = judgementKey(used, l, cols.label.x, bottom + 14 + legend.height, SMALL);
    parts.push(legend.markup, key.markup);
    bottom += 14 + legend.height + key.height;
    width = Math.max(width, cols.label.x + legend.width, cols.label.x + key.width);
  }

  const overall = input.overall;
  const desc = [
    `${l.studies(studies.length)}.`,
    overall
      ? `${l.overallTotal(level)}: ${estimateText(overall.estimate, overall.ciLb, overall.ciUb, fmt)}.`
      : undefined,
  ]
    .filter((s) => s !== undefined)
    .join(' ');
  return svgDocument({
    width: width + 10,
    height: bottom + 10,
    title: input.title ?? `${l.figures.forest}: ${input.effectLabel} (${input.methodLabel})`,
    desc,
    fontSize: FS,
    body: parts,
  });
}
