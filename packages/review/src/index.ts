/** @evidens/review: the review as data, its folder format and validation, effect sizes, RoB 2, GRADE and PRISMA. */
export {
  type CorrelationRow,
  type CorrelationSensitivityResult,
  crossoverSensitivity,
} from './analysis/correlation-sensitivity.js';
export type { ModelSettings } from './analysis/fit.js';
export {
  type AnalysisRun,
  type ExcludedStudy,
  type FittedSet,
  type RunOptions,
  runAnalysis,
  type SensitivityRun,
} from './analysis/run-analysis.js';
export { armMeanSd, type MeanSd } from './effects/arm-summary.js';
export { pairedEffect, sequencesEffect, treatmentsEffect } from './effects/crossover.js';
export { estimateEffect } from './effects/generic.js';
export { armsEffect } from './effects/parallel.js';
export { type EffectOutcome, studyEffect, summarise } from './effects/study-effect.js';
export type { ConversionNote, StudyEffect } from './effects/types.js';
export { type CsvFile, type CsvRow, parseCsv } from './files/csv-file.js';
export { fileSlug } from './files/file-slug.js';
export { type FolderSource, folderInMemory, folderOnDisk } from './files/folder-source.js';
export { certaintyFrom, GRADE_DOMAINS, type GradeOptions, gradeOutcome, proposeGrade } from './grade/certainty.js';
export { type InformationSizeOptions, type Ois, optimalInformationSize } from './grade/information-size.js';
export { proposeImprecision } from './grade/propose-imprecision.js';
export { proposeInconsistency } from './grade/propose-inconsistency.js';
export { proposePublicationBias } from './grade/propose-publication-bias.js';
export { proposeLargeEffect, proposeReviewerOnly } from './grade/propose-raising.js';
export { proposeRiskOfBias, type RiskOfBiasThresholds } from './grade/propose-risk-of-bias.js';
export { type Estimate, riskWith, type SummaryOfFindingsRow, summaryOfFindings } from './grade/summary-of-findings.js';
export { type Scale, scaleOf } from './grade/thresholds.js';
export type { GradeAssessment, GradeDomainResult, GradeProposal, ProposalBasis } from './grade/types.js';
export * from './issues.js';
export { type LoadOptions, type LoadResult, loadReview, loadReviewFrom } from './load/load-review.js';
export { localise } from './load/localise.js';
export type { Protocol } from './load/read-protocol.js';
export * from './model/data-shapes.js';
export * from './model/grade.js';
export * from './model/outcome-data.js';
export * from './model/protocol.js';
export type { Review } from './model/review.js';
export * from './model/rob.js';
export * from './model/screening.js';
export * from './model/study.js';
export { type FinalDecision, finalDecisions } from './prisma/final-decisions.js';
export {
  type PrismaCounts,
  prismaCounts,
  type ReasonCount,
  type ReportCounts,
  type SourceCount,
} from './prisma/prisma-counts.js';
export {
  emptyParts,
  LIST_FILES,
  type ListFile,
  type RawReviewParts,
  REVIEW_FILES,
  type ReviewFile,
} from './raw/raw-parts.js';
export { type RawPartsResult, readRawParts } from './raw/read-raw-parts.js';
export { toCsv } from './raw/write-csv.js';
export { writeReviewFiles } from './raw/write-review-files.js';
export { toYaml } from './raw/write-yaml.js';
export { assessRob2, type DomainAssessment, idDomain, type RobResult } from './rob2/assess.js';
export { domain1 } from './rob2/domain-1.js';
export { domain2 } from './rob2/domain-2.js';
export { domain3 } from './rob2/domain-3.js';
export { domain4 } from './rob2/domain-4.js';
export { domain5 } from './rob2/domain-5.js';
export { domainS } from './rob2/domain-s.js';
export { robForResult } from './rob2/for-result.js';
export { overallJudgement } from './rob2/overall.js';
export { DOMAIN_NAMES, type SignallingQuestion, signallingQuestions, VARIANT_DOMAINS } from './rob2/questions.js';
export type { DomainResult, Reading } from './rob2/walk.js';
export {
  ITEM_KINDS,
  type ItemIssue,
  type ItemKind,
  type ItemKinds,
  type ItemResult,
  validateItem,
} from './validate/validate-item.js';
