/**
 * The figures without the document renderers: what a browser can load (no node:fs, resvg or docx). The web workbench
 * draws the report's own forest plot from this entry, so the page and the report show the same figure.
 */

export { armNames, forestFigure } from './document/figures/forest.js';
export { forestArms } from './document/figures/forest-arms.js';
export { FUNNEL_MIN_STUDIES, funnelFigure } from './document/figures/funnel.js';
export { prismaFigure, prismaInput } from './document/figures/prisma.js';
export { robAssessment, robFigures, robStudies } from './document/figures/rob.js';
export { type AnalysisData, gatherReport, type ReportData } from './document/gather.js';
export type { Figure } from './document/types.js';
export * from './forest/forest-plot.js';
export * from './forest/from-rma.js';
export * from './forest/types.js';
export { formatInterval, formatNumber, formatP, formatPercent, LANGS, type Lang } from './format.js';
export * from './funnel/from-rma.js';
export * from './funnel/funnel-plot.js';
export * from './funnel/types.js';
export { type Labels, labels } from './labels.js';
export { prismaFlow } from './prisma/prisma-flow.js';
export type { NamedCount, PrismaInput, PrismaOtherMethods } from './prisma/types.js';
export {
  ROB_COLOURS,
  ROB_DOMAINS,
  ROB_JUDGEMENTS,
  type RobAssessment,
  type RobDomain,
  type RobJudgement,
} from './rob/judgement.js';
export { robSummary } from './rob/summary.js';
export { robTrafficLight } from './rob/traffic-light.js';
export type { RobFigureInput, RobStudy, RobSummaryInput } from './rob/types.js';
