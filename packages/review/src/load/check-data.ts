/** Checks of data.yaml against the protocol and the studies. */
import { type Location, type ReviewIssue, reviewIssue } from '../issues.js';
import { armShape } from '../model/data-shapes.js';
import type { ArmData, OutcomeData } from '../model/outcome-data.js';
import type { Outcome } from '../model/protocol.js';
import type { Review } from '../model/review.js';
import type { ArmRole, Study } from '../model/study.js';
import { below, checkReference } from './check-ids.js';

const FILE = 'data.yaml';

/** Every entry names a study, outcome and comparison that exist, its arms fit the study and the outcome's kind. */
export function checkData(review: Review, issues: ReviewIssue[]): void {
  const studies = new Map(review.studies.map((s) => [s.id, s]));
  const outcomes = new Map(review.outcomes.map((o) => [o.id, o]));
  const comparisons = review.comparisons.map((c) => c.id);
  const seen = new Map<string, Location>();
  for (const entry of review.data) {
    const where = (field: string) => below(entry.at, field, FILE);
    const study = studies.get(entry.study);
    checkReference(entry.study, [...studies.keys()], where('study'), 'study', issues);
    const outcome = outcomes.get(entry.outcome);
    checkReference(entry.outcome, [...outcomes.keys()], where('outcome'), 'outcome', issues);
    if (entry.comparison !== undefined) {
      checkReference(entry.comparison, comparisons, where('comparison'), 'comparison', issues);
    } else if (comparisons.length > 1) {
      issues.push(
        reviewIssue('required', where('comparison'), 'is required when the review has more than one comparison'),
      );
    }
    const key = [entry.study, entry.outcome, entry.comparison ?? '', entry.timepoint ?? ''].join('\u0000');
    const first = seen.get(key);
    if (first) {
      issues.push(
        reviewIssue(
          'duplicate_id',
          where('study'),
          `repeats the result of ${first.path} (same study, outcome, comparison and timepoint)`,
        ),
      );
    } else if (entry.at) seen.set(key, entry.at);
    if (study && outcome) checkShapes(entry, study, outcome, where, issues);
  }
}

function checkShapes(
  entry: OutcomeData,
  study: Study,
  outcome: Outcome,
  where: (field: string) => Location,
  issues: ReviewIssue[],
): void {
  const crossover = study.design === 'crossover';
  if ((entry.paired || entry.sequences) && !crossover) {
    const shape = entry.paired ? 'paired' : 'sequences';
    issues.push(
      reviewIssue('inconsistent', where(shape), `is only for crossover trials (study ${study.id} is ${study.design})`),
    );
  }
  if (entry.correlation !== undefined && !crossover) {
    issues.push(
      reviewIssue(
        'inconsistent',
        where('correlation'),
        `is only for crossover trials (study ${study.id} is ${study.design})`,
      ),
    );
  }
  if (entry.rescale && outcome.kind === 'binary') {
    issues.push(
      reviewIssue('inconsistent', where('rescale'), `is only for continuous outcomes (${outcome.id} is binary)`),
    );
  }
  if ((entry.paired || entry.sequences) && outcome.kind === 'binary') {
    issues.push(
      reviewIssue(
        'not_computable',
        where(entry.paired ? 'paired' : 'sequences'),
        `cannot be used for the binary outcome ${outcome.id}`,
      ),
    );
  }
  if (entry.effect) {
    const binary = ['RR', 'OR', 'RD'].includes(entry.effect.measure);
    if (binary !== (outcome.kind === 'binary')) {
      issues.push(
        reviewIssue(
          'inconsistent',
          where('effect.measure'),
          `does not fit the ${outcome.kind} outcome ${outcome.id} (got ${entry.effect.measure})`,
        ),
      );
    }
  }
  if (entry.arms) {
    checkArm(entry.arms.intervention, 'intervention', study, outcome, where('arms.intervention'), issues);
    checkArm(entry.arms.comparator, 'comparator', study, outcome, where('arms.comparator'), issues);
  }
  const sequences = new Set(study.crossover?.sequences.map((s) => s.id) ?? []);
  entry.sequences?.forEach((sequence, i) => {
    checkReference(
      sequence.sequence,
      sequences,
      where(`sequences[${i}].sequence`),
      `sequence of study ${study.id}`,
      issues,
    );
    checkArm(sequence.intervention, 'intervention', study, outcome, where(`sequences[${i}].intervention`), issues);
    checkArm(sequence.comparator, 'comparator', study, outcome, where(`sequences[${i}].comparator`), issues);
  });
}

function checkArm(
  arm: ArmData,
  role: ArmRole,
  study: Study,
  outcome: Outcome,
  at: Location,
  issues: ReviewIssue[],
): void {
  if (arm.arm !== undefined) {
    const named = study.arms.find((a) => a.id === arm.arm);
    const armAt = { ...at, path: `${at.path}.arm` };
    if (
      checkReference(
        arm.arm,
        study.arms.map((a) => a.id),
        armAt,
        `arm of study ${study.id}`,
        issues,
      ) &&
      named?.role !== role
    ) {
      issues.push(reviewIssue('inconsistent', armAt, `names the ${named?.role} arm ${arm.arm}, not an ${role} arm`));
    }
  } else if (study.arms.filter((a) => a.role === role).length > 1) {
    issues.push(
      reviewIssue(
        'required',
        { ...at, path: `${at.path}.arm` },
        `is required: study ${study.id} has more than one ${role} arm`,
      ),
    );
  }
  const shape = armShape(arm);
  if (shape === undefined) return;
  if (outcome.kind === 'binary' && shape !== 'events') {
    issues.push(reviewIssue('inconsistent', at, `must give events and n for the binary outcome ${outcome.id}`));
  }
  if (outcome.kind === 'continuous' && shape === 'events') {
    issues.push(
      reviewIssue(
        'inconsistent',
        at,
        `must give a mean or median, not events, for the continuous outcome ${outcome.id}`,
      ),
    );
  }
}
