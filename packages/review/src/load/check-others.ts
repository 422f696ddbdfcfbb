/** Checks of grade.yaml, screening.csv and the studies' links to records. */
import { type ReviewIssue, reviewIssue } from '../issues.js';
import type { Review } from '../model/review.js';
import { below, checkReference, checkUnique } from './check-ids.js';

/** Unique study ids. */
export function checkStudies(review: Review, issues: ReviewIssue[]): void {
  checkUnique(
    review.studies,
    (s) => s.id,
    (s) => below(s.at, 'id', 'studies.yaml'),
    'study id',
    issues,
  );
  const screened = new Set(review.screening.map((d) => d.record));
  if (screened.size === 0) return;
  for (const study of review.studies) {
    for (const [i, reference] of study.references.entries()) {
      for (const [j, record] of reference.records.entries()) {
        const at = below(study.at, `references[${i}].records[${j}]`, 'studies.yaml');
        checkReference(record, screened, at, 'screened record', issues, 'warning');
      }
    }
  }
}

/** One GRADE entry per analysis, each naming an analysis that exists. */
export function checkGrade(review: Review, issues: ReviewIssue[]): void {
  const analyses = review.analyses.map((a) => a.id);
  checkUnique(
    review.grade,
    (g) => g.analysis,
    (g) => below(g.at, 'analysis', 'grade.yaml'),
    'analysis',
    issues,
  );
  for (const entry of review.grade)
    checkReference(entry.analysis, analyses, below(entry.at, 'analysis', 'grade.yaml'), 'analysis', issues);
}

/** Decisions name searches that exist; a reviewer decides a record at a stage once. */
export function checkScreening(review: Review, issues: ReviewIssue[]): void {
  const searches = review.searches.map((s) => s.id);
  const seen = new Map<string, number | undefined>();
  for (const decision of review.screening) {
    const at = { file: 'screening.csv', line: decision.line, path: 'source' };
    if (decision.source !== undefined) checkReference(decision.source, searches, at, 'search', issues);
    const key = [decision.record, decision.reviewer, decision.stage].join('\u0000');
    if (seen.has(key)) {
      const line = seen.get(key);
      issues.push(
        reviewIssue(
          'duplicate_id',
          { ...at, path: 'record' },
          `repeats the ${decision.stage} decision of ${decision.reviewer} on ${decision.record} (line ${line}); the later one counts`,
          'warning',
        ),
      );
    }
    seen.set(key, decision.line);
  }
}
