/** @evidens/report: the figures (also in the browser entry, `./browser`) and the documents of a review. */
export { type Axis, type AxisSpec, autoAxis, axisFromSpec } from './axis.js';
export * from './browser.js';
export * from './document/index.js';
export { ReportError, type ReportErrorCode } from './errors.js';
export { shares as robShares } from './rob/summary.js';
export { textWidth } from './text/measure.js';
export { wrapText } from './text/wrap.js';
