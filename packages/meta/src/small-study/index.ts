export { type FsnOptions, type FsnResult, type FsnType, fsn } from './fsn.js';
export { type KendallStatistic, kendall } from './kendall-tau.js';
export { type RanktestResult, ranktest } from './ranktest.js';
export { type RegtestOptions, type RegtestResult, regtest } from './regtest.js';
export { type TrimfillOptions, type TrimfillResult, trimfill } from './trimfill.js';
export type { TrimfillEstimator } from './trimfill-estimators.js';
