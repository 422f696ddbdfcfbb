/**
 * Builds forest-plot input from the engine's fits, so that every number in the figure is the engine's: study
 * effects, variances and weights, pooled estimates and intervals, τ², Q, I², the effect test, the prediction interval
 * and the test for subgroup differences. The caller adds only words and raw data: labels, arm data, RoB judgements.
 */
import type { Measure, RmaResult, SubgroupResult } from '@evidens/meta';
import type { AxisSpec } from '../axis.js';
import { ReportError } from '../errors.js';
import type { Lang } from '../format.js';
import { type Labels, labels } from '../labels.js';
import type { RobAssessment, RobDomain } from '../rob/judgement.js';
import type { ArmCell, ArmColumn, ForestInput, ForestPooled, ForestStudy } from './types.js';

/** One arm's raw data: events and total, or mean, SD and total. */
export interface ArmData {
  events?: number;
  mean?: number;
  sd?: number;
  total: number;
}

export interface ForestFromRmaOptions {
  /** The effect measure of the fit's yi (decides the log axis and the header). */
  measure: Measure | 'HR';
  lang?: Lang;
  /** Study labels in the order given to the engine (default: the fit's slab). */
  labels?: readonly string[];
  /** The `rows` given to the engine, if any, so that the arrays below can be matched to the studies it kept. */
  rows?: readonly number[];
  /** Per-study arm data, in the order given to the engine. */
  arms?: readonly { experimental: ArmData; control: ArmData }[];
  /** Per-study risk-of-bias judgements, in the order given to the engine. */
  rob?: readonly (RobAssessment | undefined)[];
  robDomains?: readonly RobDomain[];
  armLabels?: { experimental: string; control: string };
  favours?: { left: string; right: string };
  axis?: AxisSpec;
  decimals?: number;
  /** Show the prediction interval of a random-effects total (default true). */
  prediction?: boolean;
  /** Override the header's measure name, as "Risk Ratio". */
  effectLabel?: string;
  title?: string;
}

export interface ForestFromSubgroupsOptions extends ForestFromRmaOptions {
  /** Display names of the subgroups by their value in the data. */
  groupLabels?: Readonly<Record<string, string>>;
  /** Subgroup values in display order (default: the engine's order). */
  groupOrder?: readonly string[];
}

const LOG_MEASURES = new Set(['RR', 'OR', 'PETO', 'ROM', 'HR']);

function armColumnsOf(arms: ForestFromRmaOptions['arms']): ArmColumn[] {
  if (!arms || arms.length === 0) return [];
  const all = (f: (a: ArmData) => boolean) => arms.every((a) => f(a.experimental) && f(a.control));
  if (all((a) => a.events !== undefined)) return ['events', 'total'];
  if (all((a) => a.mean !== undefined && a.sd !== undefined)) return ['mean', 'sd', 'total'];
  return ['total'];
}

function cells(a: ArmData, columns: readonly ArmColumn[]): ArmCell[] {
  return columns.map((c) => a[c] ?? '');
}

function requireIntercept(fit: RmaResult, what: string): void {
  if (fit.p !== 1) {
    throw new ReportError('invalid_argument', `${what} must be an intercept-only model (it has ${fit.p} coefficients)`);
  }
}

/** Index into the caller's arrays of each study the fit kept. */
function inputIndex(fit: RmaResult, o: ForestFromRmaOptions): number[] {
  return fit.rows.map((row) => {
    const i = o.rows ? o.rows.indexOf(row) : row - 1;
    if (i < 0) throw new ReportError('invalid_argument', `row ${row} of the fit is not among options.rows`, 'rows');
    return i;
  });
}

function studies(fit: RmaResult, o: ForestFromRmaOptions, weightOf: (row: number) => number): ForestStudy[] {
  const idx = inputIndex(fit, o);
  const columns = armColumnsOf(o.arms);
  return fit.yi.map((yi, k) => {
    const i = idx[k];
    const arm = o.arms?.[i];
    const rob = o.rob?.[i];
    return {
      label: o.labels?.[i] ?? fit.slab[k],
      yi,
      vi: fit.vi[k],
      weight: weightOf(fit.rows[k]),
      ...(arm
        ? { arms: { experimental: cells(arm.experimental, columns), control: cells(arm.control, columns) } }
        : {}),
      ...(rob ? { rob } : {}),
    };
  });
}

function pooled(fit: RmaResult, o: ForestFromRmaOptions, weight: number, total: boolean): ForestPooled {
  const columns = armColumnsOf(o.arms);
  const kept = inputIndex(fit, o)
    .map((i) => o.arms?.[i])
    .filter((a) => a !== undefined);
  const sum = (arm: 'experimental' | 'control', c: 'events' | 'total') =>
    kept.reduce((s, a) => s + (a[arm][c] ?? 0), 0);
  const random = fit.method !== 'EE';
  return {
    estimate: fit.beta[0],
    ciLb: fit.ciLb[0],
    ciUb: fit.ciUb[0],
    weight,
    ...(columns.length > 0 && kept.length === fit.k
      ? {
          totals: {
            experimental: columns.map((c) => (c === 'total' ? sum('experimental', 'total') : undefined)),
            control: columns.map((c) => (c === 'total' ? sum('control', 'total') : undefined)),
          },
        }
      : {}),
    ...(columns.includes('events') && kept.length === fit.k
      ? { events: { experimental: sum('experimental', 'events'), control: sum('control', 'events') } }
      : {}),
    ...(total && random && o.prediction !== false && fit.piLb !== null && fit.piUb !== null
      ? { prediction: [fit.piLb, fit.piUb] as const }
      : {}),
    // One study has no heterogeneity to report (RevMan: "Not applicable"), so the line is left out.
    ...(fit.k > 1
      ? { heterogeneity: { ...(random ? { tau2: fit.tau2 } : {}), chi2: fit.QE, df: fit.QEdf, p: fit.QEp, i2: fit.I2 } }
      : {}),
    test: { statistic: fit.test === 'knha' ? 't' : 'Z', value: fit.zval[0], p: fit.pval[0] },
  };
}

function frame(fit: RmaResult, o: ForestFromRmaOptions, l: Labels) {
  const log = LOG_MEASURES.has(o.measure);
  const method = l.methods[fit.method === 'EE' ? 'IV-fixed' : 'IV-random'];
  return {
    lang: o.lang ?? 'en',
    log,
    effectLabel: o.effectLabel ?? l.measures[o.measure],
    methodLabel: `${method}, ${l.ci(fit.level)}`,
    level: fit.level,
    armColumns: armColumnsOf(o.arms),
    ...(o.armLabels ? { armLabels: o.armLabels } : {}),
    ...(o.favours ? { favours: o.favours } : {}),
    ...(o.axis ? { axis: o.axis } : {}),
    ...(o.decimals !== undefined ? { decimals: o.decimals } : {}),
    ...(o.robDomains ? { robDomains: o.robDomains } : {}),
    ...(o.title ? { title: o.title } : {}),
  };
}

/**
 * Forest-plot input from one intercept-only `rma` fit.
 * @example
 * const fit = rma({ yi: [-0.89, -1.59, -1.35], vi: [0.33, 0.19, 0.42], method: 'DL' });
 * const svg = forestPlot(forestFromRma(fit, { measure: 'RR', labels: ['A', 'B', 'C'] }));
 */
export function forestFromRma(fit: RmaResult, options: ForestFromRmaOptions): ForestInput {
  requireIntercept(fit, 'the fit');
  const l = labels(options.lang ?? 'en');
  const weightOf = new Map(fit.rows.map((r, k) => [r, fit.weights[k]]));
  return {
    ...frame(fit, options, l),
    sections: [{ studies: studies(fit, options, (r) => weightOf.get(r) ?? 0) }],
    overall: pooled(fit, options, 100, true),
  };
}

/**
 * Forest-plot input from a subgroup analysis: one section per subgroup with its subtotal, the overall total, and the
 * test for subgroup differences. Study weights are those of the overall model, so that they add up to 100 % over the
 * whole plot and each subtotal's weight is the sum of its studies' weights (as RevMan shows them).
 * @example
 * const s = subgroupAnalysis({ yi, vi, groups, method: 'DL' });
 * const svg = forestPlot(forestFromSubgroups(s, { measure: 'RR', labels }));
 */
export function forestFromSubgroups(result: SubgroupResult, options: ForestFromSubgroupsOptions): ForestInput {
  requireIntercept(result.overall, 'the overall fit');
  const l = labels(options.lang ?? 'en');
  const overall = result.overall;
  const weightOf = new Map(overall.rows.map((r, k) => [r, overall.weights[k]]));
  const byName = new Map(result.subgroups.map((g) => [g.name, g.fit]));
  const order = options.groupOrder ?? result.subgroups.map((g) => g.name);
  const sections = order.map((name) => {
    const fit = byName.get(name);
    if (!fit) throw new ReportError('invalid_argument', `groupOrder names an unknown subgroup: ${name}`, 'groupOrder');
    const weight = fit.rows.reduce((s, r) => s + (weightOf.get(r) ?? 0), 0);
    return {
      heading: options.groupLabels?.[name] ?? name,
      studies: studies(fit, options, (r) => weightOf.get(r) ?? 0),
      subtotal: pooled(fit, options, weight, false),
    };
  });
  return {
    ...frame(overall, options, l),
    sections,
    overall: pooled(overall, options, 100, true),
    subgroupTest: { chi2: result.Qb, df: result.QbDf, p: result.QbP, i2: result.I2b },
  };
}
