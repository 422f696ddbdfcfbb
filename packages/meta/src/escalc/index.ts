export { hedgesCorrection } from './continuous.js';
export { escalc } from './escalc.js';
export * from './types.js';
