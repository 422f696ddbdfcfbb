/**
 * The figures without the document renderers: what a browser can load (no node:fs, resvg or docx). The web workbench
 * draws the report's own forest plot from this entry, so the page and the report show the same figure.
 */

export { armNames, forestFigure } from './document/figures/forest.js';
export { forestArms } from './document/figures/forest-arms.js';
export type { AnalysisData } from './document/gather.js';
export type { Figure } from './document/types.js';
export * from './forest/forest-plot.js';
export * from './forest/from-rma.js';
export * from './forest/types.js';
export { formatInterval, formatNumber, formatP, formatPercent, LANGS, type Lang } from './format.js';
export { type Labels, labels } from './labels.js';
export { prismaFlow } from './prisma/prisma-flow.js';
export type { NamedCount, PrismaInput, PrismaOtherMethods } from './prisma/types.js';
