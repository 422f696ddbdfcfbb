export { type CumulativeOrder, type CumulativeResult, cumulative } from './cumulative.js';
export { type InfluenceResult, influence } from './influence.js';
export { leaveOneOut } from './leave-one-out.js';
export type { RefitTable } from './refit-table.js';
