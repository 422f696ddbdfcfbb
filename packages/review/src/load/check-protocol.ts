/** Checks within review.yaml, and of the record files it refers to. */
import { type ReviewIssue, reviewIssue } from '../issues.js';
import { BINARY_MEASURES, CONTINUOUS_MEASURES } from '../model/protocol.js';
import type { Review } from '../model/review.js';
import { below, checkReference, checkUnique } from './check-ids.js';

const FILE = 'review.yaml';

/**
 * Unique ids, analyses that name existing outcomes and comparisons with a fitting measure, existing record files
 * (`existing` holds the files named in `searches[].records` that the folder has).
 */
export function checkProtocol(review: Review, issues: ReviewIssue[], existing: ReadonlySet<string>): void {
  const named: [readonly { id: string; at?: Parameters<typeof below>[0] }[], string][] = [
    [review.searches, 'search id'],
    [review.outcomes, 'outcome id'],
    [review.comparisons, 'comparison id'],
    [review.analyses, 'analysis id'],
  ];
  for (const [items, label] of named) {
    checkUnique(
      items,
      (x) => x.id,
      (x) => below(x.at, 'id', FILE),
      label,
      issues,
    );
  }

  const outcomes = new Map(review.outcomes.map((o) => [o.id, o]));
  const comparisons = review.comparisons.map((c) => c.id);
  const studies = review.studies.map((s) => s.id);
  review.question?.outcomes.forEach((id, i) => {
    checkReference(id, [...outcomes.keys()], { file: FILE, path: `question.outcomes[${i}]` }, 'outcome', issues);
  });
  for (const analysis of review.analyses) {
    const where = (field: string) => below(analysis.at, field, FILE);
    checkReference(analysis.comparison, comparisons, where('comparison'), 'comparison', issues);
    const outcome = outcomes.get(analysis.outcome);
    if (checkReference(analysis.outcome, [...outcomes.keys()], where('outcome'), 'outcome', issues) && outcome) {
      const fitting: readonly string[] = outcome.kind === 'binary' ? BINARY_MEASURES : CONTINUOUS_MEASURES;
      if (!fitting.includes(analysis.measure)) {
        issues.push(
          reviewIssue(
            'inconsistent',
            where('measure'),
            `must be one of ${fitting.join(', ')} for the ${outcome.kind} outcome ${outcome.id} (got ${analysis.measure})`,
          ),
        );
      }
    }
    if (review.studies.length > 0) {
      for (const [i, id] of (analysis.studies ?? []).entries()) {
        checkReference(id, studies, where(`studies[${i}]`), 'study', issues);
      }
      for (const [i, s] of analysis.sensitivity.entries()) {
        for (const [j, id] of s.excludeStudies.entries()) {
          checkReference(id, studies, where(`sensitivity[${i}].excludeStudies[${j}]`), 'study', issues);
        }
      }
      const subgroup = analysis.subgroup;
      if (subgroup !== undefined && !review.studies.some((s) => subgroup in s.subgroups)) {
        issues.push(
          reviewIssue('unknown_reference', where('subgroup'), `is not a subgroups key of any study (got ${subgroup})`),
        );
      }
    }
    if (analysis.model === 'common' && analysis.method !== undefined) {
      issues.push(
        reviewIssue('inconsistent', where('method'), 'is a τ² estimator and has no use with model common', 'warning'),
      );
    }
  }
  for (const search of review.searches) {
    search.records.forEach((file, j) => {
      if (!existing.has(file)) {
        issues.push(
          reviewIssue(
            'missing_file',
            below(search.at, `records[${j}]`, FILE),
            `names a file that does not exist (got ${file})`,
          ),
        );
      }
    });
  }
}
