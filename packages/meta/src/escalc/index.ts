export { hedgesCorrection } from './continuous.js';
export { escalc, measureColumns } from './escalc.js';
export * from './types.js';
