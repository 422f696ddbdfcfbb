/**
 * Everything the report says, computed once from the review: the PRISMA counts, and per planned analysis the run,
 * the RoB 2 assessments of its results, GRADE, the summary-of-findings row, the sensitivity analyses and the
 * information size. The sections only read these numbers; none computes its own.
 */
import { leaveOneOut, type RefitTable } from '@evidens/meta';
import {
  type AnalysisRun,
  type CorrelationSensitivityResult,
  crossoverSensitivity,
  type GradeAssessment,
  gradeOutcome,
  type PrismaCounts,
  prismaCounts,
  type Review,
  type RobResult,
  robForResult,
  runAnalysis,
  type SummaryOfFindingsRow,
  summaryOfFindings,
} from '@evidens/review';
import { type InformationSizeResult, informationSize } from './information-size.js';

/** One planned analysis with everything reported about it. */
export interface AnalysisData {
  run: AnalysisRun;
  /** The RoB 2 assessment of each study's result, in the order of `run.effects`. */
  rob: (RobResult | undefined)[];
  /** GRADE and the summary of findings; absent when the model could not be fitted. */
  grade?: GradeAssessment;
  sof?: SummaryOfFindingsRow;
  /** The footnotes grade.yaml adds for this analysis. */
  gradeNotes: string[];
  /** The analysis over assumed within-person correlations, when a crossover trial depends on one. */
  correlation?: CorrelationSensitivityResult;
  /** The model refitted without each study in turn (two studies or more). */
  leaveOneOut?: RefitTable;
  informationSize?: InformationSizeResult;
}

export interface ReportData {
  review: Review;
  prisma: PrismaCounts;
  analyses: AnalysisData[];
}

/** Runs every planned analysis of the review and collects the numbers of the report. */
export function gatherReport(review: Review): ReportData {
  return {
    review,
    prisma: prismaCounts(review),
    analyses: review.analyses.map((a) => analysisData(review, runAnalysis(review, a.id))),
  };
}

function analysisData(review: Review, run: AnalysisRun): AnalysisData {
  const data: AnalysisData = {
    run,
    rob: run.effects.map((e) => robForResult(review, e.study, run.outcome.id)),
    gradeNotes: review.grade.find((g) => g.analysis === run.analysis.id)?.footnotes ?? [],
  };
  if (!run.fit) return data;
  data.grade = gradeOutcome(review, run);
  data.sof = summaryOfFindings(review, run, data.grade);
  const correlation = crossoverSensitivity(review, run.analysis.id);
  if (correlation.dependent.length > 0) data.correlation = correlation;
  if (run.fit.k > 1) data.leaveOneOut = leaveOneOut(run.fit);
  const size = informationSize(run, data.sof);
  if (size) data.informationSize = size;
  return data;
}
