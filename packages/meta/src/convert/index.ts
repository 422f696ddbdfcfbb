/** Conversions for what papers report: SEs from CIs and P values, SDs from SEs and CIs, mean and SD from quantiles. */
export { type LuoMean, meanFromIqr, meanFromRange, meanFromRangeAndIqr } from './luo-mean.js';
export { iqrDivisor, rangeDivisor } from './order-statistics.js';
export {
  type MeanSdFromQuantiles,
  meanSdFromQuantiles,
  type QuantileScenario,
  type QuantileSummary,
} from './quantile-summary.js';
export { type SdFromDifferenceSe, sdFromDifferenceSe } from './sd-from-difference-se.js';
export { type MeanCiInput, type SdFromMeanCi, sdFromMeanCi } from './sd-from-mean-ci.js';
export { type SdFromSe, sdFromSe } from './sd-from-se.js';
export { type CiInput, type SeFromCi, type SeFromRatioCi, seFromCi, seFromRatioCi } from './se-from-ci.js';
export { type PInput, type RatioPInput, type SeFromP, type SeFromRatioP, seFromP, seFromRatioP } from './se-from-p.js';
export type { Conversion, ConversionMethod } from './types.js';
export { sdFromIqr, sdFromRange, sdFromRangeAndIqr, type WanSd } from './wan-sd.js';
