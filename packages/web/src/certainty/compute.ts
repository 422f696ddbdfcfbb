/**
 * GRADE and the summary of findings computed in the page, as the report computes them (@evidens/review's
 * runAnalysis, gradeOutcome and summaryOfFindings) but from the page's GRADE entries, so a changed decision moves the
 * certainty at once. Pure.
 */
import {
  type AnalysisRun,
  type GradeAssessment,
  gradeOutcome,
  type Review,
  runAnalysis,
  type SummaryOfFindingsRow,
  summaryOfFindings,
} from '@evidens/review';
import type { Language } from '../i18n/messages';
import { type GradeDoc, toEntry } from './entry';

export interface GradedAnalysis {
  id: string;
  name: string;
  run?: AnalysisRun;
  grade?: GradeAssessment;
  sof?: SummaryOfFindingsRow;
  /** Why there is no GRADE: the analysis could not run or be fitted. */
  failed?: string;
}

/** The review with its GRADE entries taken from `docs` (one per analysis). */
export function withEntries(review: Review, docs: readonly GradeDoc[], lang: Language): Review {
  return { ...review, grade: docs.map((d) => toEntry(d, lang)) };
}

/** Every planned analysis graded; an analysis that cannot be fitted says why. */
export function gradeAll(review: Review, docs: readonly GradeDoc[], lang: Language): GradedAnalysis[] {
  const r = withEntries(review, docs, lang);
  return r.analyses.map((a) => {
    const name = a.title ?? r.outcomes.find((o) => o.id === a.outcome)?.name ?? a.id;
    try {
      const run = runAnalysis(r, a.id);
      if (!run.fit) return { id: a.id, name, run, failed: run.issues.map((i) => i.message).join('; ') || 'no fit' };
      const grade = gradeOutcome(r, run);
      return { id: a.id, name, run, grade, sof: summaryOfFindings(r, run, grade) };
    } catch (e) {
      return { id: a.id, name, failed: e instanceof Error ? e.message : String(e) };
    }
  });
}
