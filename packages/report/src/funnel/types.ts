import type { AxisSpec } from '../axis.js';
import type { Lang } from '../format.js';

/** A study in the funnel: its effect on the analysis scale and its standard error. */
export interface FunnelPoint {
  yi: number;
  sei: number;
  label?: string;
}

export interface FunnelInput {
  lang?: Lang;
  /** Ratio measure: yi are logs, ticks are shown as ratios. */
  log: boolean;
  /** Name of the measure for the x axis, as "Risk Ratio". */
  effectLabel: string;
  studies: readonly FunnelPoint[];
  /** Studies imputed by trim and fill, drawn as open circles. */
  filled?: readonly FunnelPoint[];
  /** The pooled estimate (analysis scale): the centre line and the centre of the pseudo-confidence region. */
  estimate: number;
  /** Shade the significance regions about the null, p ≤ 0.01, 0.05, 0.10 (default true; Peters et al. 2008). */
  contours?: boolean;
  /** Draw the pseudo 95 % confidence lines estimate ± 1.96·SE (default true). */
  pseudoCi?: boolean;
  /** x-axis ticks on the display scale; chosen from the data when left out. */
  axis?: AxisSpec;
  title?: string;
}
