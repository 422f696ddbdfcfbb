/** Required information size for a meta-analysis, its heterogeneity adjustment, and progress towards it. */
export {
  type AdjustedInformationSize,
  adjustInformationSize,
  type DiversityAdjustment,
  type DiversityFromDataAdjustment,
  type HeterogeneityAdjustment,
  type InconsistencyAdjustment,
} from './adjust.js';
export {
  type BinaryEffect,
  type BinaryInformationSize,
  type BinaryInformationSizeInput,
  binaryInformationSize,
  type EffectAsRiskDifference,
  type EffectAsRr,
  type EffectAsRrr,
} from './binary.js';
export {
  type ContinuousInformationSize,
  type ContinuousInformationSizeInput,
  continuousInformationSize,
} from './continuous.js';
export { type Diversity, diversityD2 } from './diversity.js';
export { type InformationFraction, informationFraction } from './fraction.js';
export type { InformationSize, InformationSizeMethod } from './types.js';
