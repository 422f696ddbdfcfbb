/**
 * The text summary of `evidens meta`, laid out like metafor's print of an `rma` object so that users of metafor find
 * their way: model and k, heterogeneity, the tests, the model results table with significance codes, and for measures
 * on a log scale the back-transformed estimate, CI and prediction interval.
 */
import { formatNumber, formatPvalue, pvalueClause, renderTable } from '../output.js';
import { RATIO_MEASURES } from './options.js';
import type { MetaReport } from './report.js';

const MEASURE_NAMES: Record<string, string> = {
  RR: 'log risk ratio',
  OR: 'log odds ratio',
  RD: 'risk difference',
  PETO: 'log Peto odds ratio',
  MD: 'mean difference',
  SMD: "standardised mean difference (Hedges' g)",
  ROM: 'log ratio of means',
  PR: 'proportion',
  PLO: 'log odds (logit) of the proportion',
  ZCOR: "Fisher's z of the correlation",
  GEN: 'generic outcome (yi, vi)',
};

const TABLE_METHODS: Record<string, string> = { MH: 'Mantel-Haenszel method', PETO: "Peto's method" };

/** Random- (or mixed-) effects: τ² is estimated. */
function isRandom(r: MetaReport): boolean {
  return r.method !== 'EE' && !(r.method in TABLE_METHODS);
}

function title(r: MetaReport): string {
  const withMods = r.coefficients.length > 1;
  if (r.method in TABLE_METHODS) return `Equal-Effects Model (k = ${r.k}; ${TABLE_METHODS[r.method]})`;
  if (r.method === 'EE') return `Equal-Effects ${withMods ? 'with Moderators ' : ''}Model (k = ${r.k})`;
  return `${withMods ? 'Mixed' : 'Random'}-Effects Model (k = ${r.k}; tau^2 estimator: ${r.method})`;
}

/** "label: value" lines with the values aligned. */
function labelled(pairs: [string, string][]): string[] {
  const width = Math.max(...pairs.map(([l]) => l.length)) + 1;
  return pairs.map(([l, v]) => `${`${l}:`.padEnd(width + 1)}${v}`);
}

function heterogeneity(r: MetaReport): string[] {
  const res = r.coefficients.length > 1;
  const pct = r.I2 === null ? 'NA' : `${formatNumber(r.I2, 2)}%`;
  const pairs: [string, string][] = [];
  if (isRandom(r)) {
    const se = r.tau2_se === null ? '' : ` (SE = ${formatNumber(r.tau2_se)})`;
    pairs.push([
      `tau^2 (estimated amount of ${res ? 'residual' : 'total'} heterogeneity)`,
      `${formatNumber(r.tau2)}${se}`,
    ]);
    pairs.push(['tau (square root of estimated tau^2 value)', formatNumber(r.tau)]);
  }
  pairs.push([
    res ? 'I^2 (residual heterogeneity / unaccounted variability)' : 'I^2 (total heterogeneity / total variability)',
    pct,
  ]);
  pairs.push([
    res ? 'H^2 (unaccounted variability / sampling variability)' : 'H^2 (total variability / sampling variability)',
    formatNumber(r.H2, 2),
  ]);
  if (r.R2 !== null) pairs.push(['R^2 (amount of heterogeneity accounted for)', `${formatNumber(r.R2, 2)}%`]);
  return [
    ...labelled(pairs),
    '',
    res ? 'Test for Residual Heterogeneity:' : 'Test for Heterogeneity:',
    `${res ? 'QE' : 'Q'}(df = ${r.Q_df}) = ${formatNumber(r.Q)}, ${pvalueClause(r.Q_p)}`,
  ];
}

function moderatorTest(r: MetaReport): string[] {
  if (r.QM === null || r.QM_df === null) return [];
  const m = r.QM_df;
  const which = m === 1 ? 'coefficient 2' : `coefficients 2:${m + 1}`;
  const stat = r.test === 'knha' ? `F(df1 = ${m}, df2 = ${r.df})` : `QM(df = ${m})`;
  return ['', `Test of Moderators (${which}):`, `${stat} = ${formatNumber(r.QM)}, ${pvalueClause(r.QM_p)}`];
}

function stars(p: number): string {
  return p < 0.001 ? '***' : p < 0.01 ? '**' : p < 0.05 ? '*' : p < 0.1 ? '.' : '';
}

function modelResults(r: MetaReport): string[] {
  const knha = r.test === 'knha';
  const header = ['estimate', 'se', knha ? 'tval' : 'zval', ...(knha ? ['df'] : []), 'pval', 'ci.lb', 'ci.ub', ''];
  const rows = r.coefficients.map((c) => [
    formatNumber(c.estimate),
    formatNumber(c.se),
    formatNumber(knha ? c.tval : c.zval),
    ...(knha ? [String(r.df)] : []),
    formatPvalue(c.pval),
    formatNumber(c.ci_lb),
    formatNumber(c.ci_ub),
    stars(c.pval),
  ]);
  const names = r.coefficients.length > 1 ? r.coefficients.map((c) => c.name) : undefined;
  const scale = RATIO_MEASURES.includes(r.measure) ? ' (log scale)' : '';
  const lines = ['', `Model Results${scale}:`, '', ...renderTable(header, rows, names)];
  if (r.coefficients.length === 1 && isRandom(r) && !scale) {
    lines.push('', `Prediction interval (${r.level}%): ${formatNumber(r.pi_lb)} to ${formatNumber(r.pi_ub)}`);
  }
  return lines;
}

/** Back-transformed estimate, CI and (random-effects models) prediction interval for measures on a log scale. */
function ratioScale(r: MetaReport): string[] {
  if (r.exp_estimate === undefined || r.coefficients.length > 1) return [];
  const withPi = isRandom(r);
  const header = ['estimate', 'ci.lb', 'ci.ub', ...(withPi ? ['pi.lb', 'pi.ub'] : [])];
  const row = [r.exp_estimate, r.exp_ci_lb, r.exp_ci_ub, ...(withPi ? [r.exp_pi_lb, r.exp_pi_ub] : [])];
  const scale = r.measure === 'PETO' ? 'OR' : r.measure;
  return ['', `Model Results (${scale} scale):`, '', ...renderTable(header, [row.map((x) => formatNumber(x))])];
}

function tableTests(r: MetaReport): string[] {
  if (r.CMH === undefined || r.CMH === null) return [];
  return [
    '',
    ...labelled([
      ['Cochran-Mantel-Haenszel Test', `CMH = ${formatNumber(r.CMH)}, df = 1, ${pvalueClause(r.CMH_p)}`],
      [
        "Tarone's Test for Heterogeneity",
        `X^2(${r.TA_df ?? 'NA'}) = ${formatNumber(r.TA ?? null)}, ${pvalueClause(r.TA_p)}`,
      ],
    ]),
  ];
}

export function printSummary(r: MetaReport, file: string): string {
  const about = `Data: ${file}; measure ${r.measure} (${MEASURE_NAMES[r.measure] ?? r.measure})`;
  const level = r.level === 95 ? [] : [`Confidence level: ${r.level}%`];
  const lines = [
    '',
    title(r),
    about,
    ...level,
    '',
    ...heterogeneity(r),
    ...moderatorTest(r),
    ...modelResults(r),
    ...ratioScale(r),
    ...tableTests(r),
    '',
    '---',
    "Signif. codes:  0 '***' 0.001 '**' 0.01 '*' 0.05 '.' 0.1 ' ' 1",
    '',
  ];
  return `${lines.join('\n')}\n`;
}
