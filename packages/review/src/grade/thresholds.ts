/** The effect scale the GRADE checks work on: the analysis scale, with the null and the MID thresholds on it. */
import type { EffectMeasure, Outcome } from '../model/protocol.js';

/** Null and MID thresholds on the analysis scale (log scale for RR and OR). */
export interface Scale {
  ratio: boolean;
  /** 0 on the analysis scale. */
  nullValue: number;
  /** −MID and +MID on the analysis scale (−ln MID and ln MID for ratios); undefined without a MID. */
  mid: [number, number] | undefined;
  /** Shows a value of the analysis scale on the measure's natural scale. */
  show(value: number): string;
}

/** The scale of an outcome analysed with `measure`. */
export function scaleOf(measure: EffectMeasure, outcome: Outcome): Scale {
  const ratio = measure === 'RR' || measure === 'OR';
  let mid: [number, number] | undefined;
  if (outcome.mid !== undefined) {
    const m = ratio ? Math.log(outcome.mid > 1 ? outcome.mid : 1 / outcome.mid) : outcome.mid;
    mid = [-m, m];
  }
  const show = (value: number) => (ratio ? `${measure} ${round(Math.exp(value))}` : `${measure} ${round(value)}`);
  return { ratio, nullValue: 0, mid, show };
}

/** Whether the interval [lower, upper] strictly contains `value`. */
export function spans(lower: number, upper: number, value: number): boolean {
  return lower < value && value < upper;
}

/** A number with 2 decimals, or 3 significant digits when small. */
export function round(x: number): string {
  if (!Number.isFinite(x)) return String(x);
  const abs = Math.abs(x);
  return abs !== 0 && abs < 0.1 ? x.toPrecision(2) : x.toFixed(2);
}
