export * from './detect.js';
export * from './issues.js';
export * from './normalise.js';
export * from './read.js';
export type { Reader, ReaderContext, ReadItem } from './reader.js';
export * from './record.js';
export { READERS } from './registry.js';
export { decode, sniffEncoding } from './text/decode.js';
export { type Line, lines, linesOf } from './text/lines.js';
