/**
 * What every model offers the screening loop: labels set and changed one record at a time (each change costs
 * O(non-zeros of that record)), an update after a batch of changes, and a score for every record, higher meaning more
 * likely relevant. Scores rank; they are not probabilities.
 */

/** A training label: 1 relevant, 0 irrelevant, null not in the training set. */
export type Label = 0 | 1 | null;

export interface Learner {
  /** Puts record `i` into the training set with `label`, changes its label, or (null) takes it out. */
  setLabel(i: number, label: Label): void;
  /** Brings the model up to date with the labels set so far. */
  fit(): void;
  /** Writes the score of every record into `out` (length = records) and returns it. */
  scores(out: Float64Array): Float64Array;
  /** Relevant and irrelevant records in the training set. */
  readonly counts: { relevant: number; irrelevant: number };
}

export const MODELS = ['nb', 'lr', 'svm'] as const;
export type ModelName = (typeof MODELS)[number];

/**
 * The default model: logistic regression, which saved the most work at 95 % recall in simulations on the 14 labelled
 * reference datasets (mean WSS@95 38.6 % against 37.2 % for naive Bayes and 33.5 % for the SVM; BENCHMARKS.md).
 */
export const DEFAULT_MODEL: ModelName = 'lr';
