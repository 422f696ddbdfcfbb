export * from './design.js';
export * from './distributions.js';
export * from './errors.js';
export * from './escalc/index.js';
export { rma } from './rma/fit.js';
export * from './rma/types.js';
export type { Tau2Control } from './tau2/types.js';
