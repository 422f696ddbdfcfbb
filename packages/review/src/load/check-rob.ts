/** Checks of rob.yaml: references, the variant against the design, and answers against the tool's questions. */
import { formatPath, type Location, type ReviewIssue, reviewIssue } from '../issues.js';
import type { Review } from '../model/review.js';
import { signallingQuestions } from '../rob2/questions.js';
import { below, checkReference } from './check-ids.js';

const FILE = 'rob.yaml';

/** Every assessment names a study and outcome, one per result, with answers the variant's questions allow. */
export function checkRob(review: Review, issues: ReviewIssue[]): void {
  const studies = new Map(review.studies.map((s) => [s.id, s]));
  const outcomes = review.outcomes.map((o) => o.id);
  const seen = new Map<string, Location>();
  for (const assessment of review.rob) {
    const where = (field: string) => below(assessment.at, field, FILE);
    const study = studies.get(assessment.study);
    checkReference(assessment.study, [...studies.keys()], where('study'), 'study', issues);
    checkReference(assessment.outcome, outcomes, where('outcome'), 'outcome', issues);
    const key = [assessment.study, assessment.outcome, assessment.result ?? ''].join('\u0000');
    const first = seen.get(key);
    if (first) {
      issues.push(
        reviewIssue(
          'duplicate_id',
          where('study'),
          `repeats the assessment of ${first.path}; add result to tell them apart`,
        ),
      );
    } else if (assessment.at) seen.set(key, assessment.at);
    const variant = assessment.variant ?? (study?.design === 'crossover' ? 'crossover' : 'parallel');
    if (study && assessment.variant === 'parallel' && study.design === 'crossover') {
      issues.push(
        reviewIssue(
          'inconsistent',
          where('variant'),
          `is parallel, but study ${study.id} is a crossover trial: use the crossover variant`,
          'warning',
        ),
      );
    }
    const questions = new Map(signallingQuestions(variant).map((q) => [q.id, q]));
    for (const [id, answer] of Object.entries(assessment.answers)) {
      const at = below(assessment.at, formatPath(['answers', id]), FILE);
      const question = questions.get(id);
      if (!question) {
        issues.push(reviewIssue('unknown_reference', at, `is not a signalling question of the ${variant} variant`));
        continue;
      }
      if (!question.responses.includes(answer.answer)) {
        issues.push(
          reviewIssue(
            'invalid_value',
            at,
            `must be one of ${question.responses.join(', ')} for question ${id} (got ${answer.answer})`,
          ),
        );
      }
    }
  }
}
