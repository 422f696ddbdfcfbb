export { type Axis, type AxisSpec, autoAxis, axisFromSpec } from './axis.js';
export * from './document/index.js';
export { ReportError, type ReportErrorCode } from './errors.js';
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
export { robSummary, shares as robShares } from './rob/summary.js';
export { robTrafficLight } from './rob/traffic-light.js';
export type { RobFigureInput, RobStudy, RobSummaryInput } from './rob/types.js';
export { textWidth } from './text/measure.js';
export { wrapText } from './text/wrap.js';
