/** Paired (within-person) estimates for two-period crossover trials. */
export { type CrossoverImputed, crossoverFromArms } from './from-arms.js';
export {
  crossoverFromDifference,
  type PairedDifferenceSource,
  type PairedFromCi,
  type PairedFromP,
  type PairedFromSd,
  type PairedFromSe,
  type PairedFromT,
} from './from-difference.js';
export {
  crossoverImpliedCorrelation,
  type ImpliedCorrelation,
  type ImpliedCorrelationInput,
  type ImpliedFromSdDiff,
  type ImpliedFromSe,
} from './implied-correlation.js';
export {
  type CorrelationSensitivity,
  type CorrelationSensitivityRow,
  CROSSOVER_DEFAULT_CORRELATIONS,
  crossoverCorrelationSensitivity,
} from './sensitivity.js';
export { type CrossoverSmd, crossoverSmdFromArms, crossoverSmdFromDifference } from './smd.js';
export type { CrossoverArms, CrossoverEstimate, CrossoverMethod } from './types.js';
