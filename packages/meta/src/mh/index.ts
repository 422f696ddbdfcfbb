export { type MhOptions, rmaMH } from './mantel-haenszel.js';
export { type PetoOptions, rmaPeto } from './peto.js';
export type { TableMethodResult } from './types.js';
