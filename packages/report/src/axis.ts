/**
 * Effect axes. Values live on the analysis scale (log for ratio measures); ticks are chosen on the display scale and
 * sit symmetric about the null (1 for ratios, 0 otherwise), as RevMan draws them, so that the two "Favours" sides get
 * equal room.
 */
import { finite, ReportError } from './errors.js';

export interface Axis {
  /** Ratio measure: values are logs, tick labels are exp(value). */
  log: boolean;
  /** Axis limits on the analysis scale. */
  min: number;
  max: number;
  /** Tick positions on the analysis scale. */
  ticks: number[];
}

/** A user's choice of axis on the display scale (ratios as ratios). */
export interface AxisSpec {
  /** Tick values on the display scale; the first and last are the axis limits. */
  ticks: readonly number[];
}

/** Ratio tick sets, narrowest first (display scale): RevMan's scales, each symmetric about 1 on the log scale. */
const RATIO_TICKS: readonly (readonly number[])[] = [
  [0.5, 0.7, 1, 1.5, 2],
  [0.2, 0.5, 1, 2, 5],
  [0.1, 0.2, 0.5, 1, 2, 5, 10],
  [0.05, 0.2, 1, 5, 20],
  [0.02, 0.1, 1, 10, 50],
  [0.01, 0.1, 1, 10, 100],
  [0.005, 0.1, 1, 10, 200],
  [0.002, 0.1, 1, 10, 500],
  [0.001, 0.1, 1, 10, 1000],
];

/** The smallest limit m·10^k (m in 1, 2, 4, 10) at or above x > 0, so that the half-way ticks are round too. */
function niceCeil(x: number): number {
  const p = 10 ** Math.floor(Math.log10(x));
  for (const m of [1, 2, 4, 10]) if (m * p >= x * (1 - 1e-9)) return m * p;
  return 10 * p;
}

/**
 * The narrowest symmetric axis covering every value given (analysis scale). Ratio axes stop at 0.001–1000; wider
 * values are drawn clipped, with an arrow.
 * @example
 * autoAxis([Math.log(0.3), Math.log(1.8)], true).ticks.map(Math.exp); // → [0.2, 0.5, 1, 2, 5]
 */
export function autoAxis(values: readonly number[], log: boolean): Axis {
  const extent = values.reduce((m, v) => (Number.isFinite(v) ? Math.max(m, Math.abs(v)) : m), 0);
  if (log) {
    const set =
      RATIO_TICKS.find((t) => Math.log(t[t.length - 1]) >= extent * (1 - 1e-9)) ?? RATIO_TICKS[RATIO_TICKS.length - 1];
    return axisFromSpec({ ticks: set }, true);
  }
  const m = extent > 0 ? niceCeil(extent) : 1;
  return { log: false, min: -m, max: m, ticks: [-m, -m / 2, 0, m / 2, m] };
}

/** An axis from ticks given on the display scale; checks them. */
export function axisFromSpec(spec: AxisSpec, log: boolean): Axis {
  const ticks = spec.ticks.map((t, i) => finite(`axis.ticks[${i}]`, t));
  if (ticks.length < 2) throw new ReportError('invalid_argument', 'axis.ticks needs at least two values', 'axis.ticks');
  for (let i = 1; i < ticks.length; i++) {
    if (!(ticks[i] > ticks[i - 1])) {
      throw new ReportError('invalid_argument', 'axis.ticks must increase', 'axis.ticks');
    }
  }
  if (log && ticks[0] <= 0) {
    throw new ReportError('invalid_argument', `axis.ticks of a ratio axis must be positive (got ${ticks[0]})`);
  }
  const onScale = log ? ticks.map(Math.log) : ticks;
  return { log, min: onScale[0], max: onScale[onScale.length - 1], ticks: onScale };
}

/** Maps analysis-scale values to pixels between x0 and x1. */
export function axisScale(axis: Axis, x0: number, x1: number): (v: number) => number {
  const k = (x1 - x0) / (axis.max - axis.min);
  return (v) => x0 + (v - axis.min) * k;
}

/** A tick's value on the display scale, rounded so that exp(log(0.1)) prints as 0.1. */
export function tickValue(axis: Axis, t: number): number {
  return axis.log ? Number(Math.exp(t).toPrecision(6)) : Number(t.toPrecision(12));
}
