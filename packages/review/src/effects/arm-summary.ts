/** One arm's continuous summary as a mean, SD and n, converting from what was reported when needed. */
import { meanSdFromQuantiles, sdFromMeanCi, sdFromSe } from '@evidens/meta';
import { armShape } from '../model/data-shapes.js';
import type { ArmData } from '../model/outcome-data.js';
import { methodSummary } from './notes.js';
import type { ConversionNote } from './types.js';

/** An arm's mean, SD and n, with the conversion used (none when reported as mean and SD). */
export interface MeanSd {
  mean: number;
  sd: number;
  n: number;
  note?: ConversionNote;
}

/**
 * Mean and SD of an arm: as reported; SD = SE·√n (Cochrane Handbook v6 §6.5.2.2); SD from the CI of the mean
 * (normal or t quantile, §6.5.2.2); or mean and SD from the median with the IQR and/or range by Luo et al. 2018 and
 * Wan et al. 2014. Throws the engine's error when the numbers cannot be converted.
 *
 * @example
 * armMeanSd({ median: 3, q1: 2, q3: 6, n: 25, conversion: 'luo-wan' }, 'intervention');
 * // { mean: 3.7156…, sd: 3.1444…, n: 25, note: { method: 'luo2018-wan2014-iqr', … } }
 */
export function armMeanSd(arm: ArmData, part: string): MeanSd {
  const shape = armShape(arm);
  const n = arm.n as number;
  const note = (method: string, detail: string): ConversionNote => ({
    part,
    method,
    summary: methodSummary(method),
    detail,
  });
  if (shape === 'mean-sd') return { mean: arm.mean as number, sd: arm.sd as number, n };
  if (shape === 'mean-se') {
    const r = sdFromSe({ se: arm.se as number, n });
    return { mean: arm.mean as number, sd: r.sd, n, note: note(r.method, r.description) };
  }
  if (shape === 'mean-ci') {
    const [lower, upper] = arm.ci as [number, number];
    const distribution = arm.conversion === 'sd-from-ci-t' ? 't' : 'normal';
    const r = sdFromMeanCi({ lower, upper, n, level: arm.ciLevel, distribution });
    return { mean: arm.mean as number, sd: r.sd, n, note: note(r.method, r.description) };
  }
  if (shape === 'quantiles') {
    const { median, q1, q3, min, max } = arm;
    const r = meanSdFromQuantiles({ n, median: median as number, q1, q3, min, max });
    return { mean: r.mean, sd: r.sd, n, note: note(r.method, r.description) };
  }
  throw new Error(`${part}: a mean or median is needed for a continuous outcome`);
}
