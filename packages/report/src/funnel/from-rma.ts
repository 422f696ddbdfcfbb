/** Funnel-plot input from an engine fit and, optionally, its trim-and-fill result. */
import type { Measure, RmaResult, TrimfillResult } from '@evidens/meta';
import type { AxisSpec } from '../axis.js';
import { ReportError } from '../errors.js';
import type { Lang } from '../format.js';
import { labels } from '../labels.js';
import type { FunnelInput } from './types.js';

export interface FunnelFromRmaOptions {
  measure: Measure | 'HR';
  lang?: Lang;
  /** Trim and fill of the same fit: its filled studies are drawn open and its estimate is the centre line. */
  trimfill?: TrimfillResult;
  contours?: boolean;
  axis?: AxisSpec;
  title?: string;
}

const LOG_MEASURES = new Set(['RR', 'OR', 'PETO', 'ROM', 'HR']);

/**
 * @example
 * const fit = rma({ yi, vi, method: 'REML' });
 * const svg = funnelPlot(funnelFromRma(fit, { measure: 'RR', trimfill: trimfill(fit) }));
 */
export function funnelFromRma(fit: RmaResult, options: FunnelFromRmaOptions): FunnelInput {
  if (fit.p !== 1) {
    throw new ReportError('invalid_argument', `the fit must be an intercept-only model (it has ${fit.p} coefficients)`);
  }
  const l = labels(options.lang ?? 'en');
  const tf = options.trimfill;
  return {
    lang: options.lang ?? 'en',
    log: LOG_MEASURES.has(options.measure),
    effectLabel: l.measures[options.measure],
    studies: fit.yi.map((yi, i) => ({ yi, sei: Math.sqrt(fit.vi[i]), label: fit.slab[i] })),
    ...(tf && tf.k0 > 0 ? { filled: tf.filled.yi.map((yi, i) => ({ yi, sei: Math.sqrt(tf.filled.vi[i]) })) } : {}),
    estimate: tf ? tf.fit.beta[0] : fit.beta[0],
    ...(options.contours !== undefined ? { contours: options.contours } : {}),
    ...(options.axis ? { axis: options.axis } : {}),
    ...(options.title ? { title: options.title } : {}),
  };
}
