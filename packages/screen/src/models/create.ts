/**
 * A learner by name, with its options: "nb" naive Bayes (naive-bayes.ts), "lr" logistic regression and "svm" the
 * L2-loss linear SVM (linear.ts).
 */
import { oneOf } from '../errors.js';
import type { SparseMatrix } from '../features/sparse.js';
import { type Learner, MODELS, type ModelName } from './learner.js';
import { type LinearOptions, linearModel } from './linear.js';
import { type NaiveBayesOptions, naiveBayes } from './naive-bayes.js';

export interface ModelOptions {
  nb?: NaiveBayesOptions;
  linear?: Omit<LinearOptions, 'loss' | 'seed'>;
}

/**
 * A fresh learner `name` over `matrix`.
 *
 * @example
 * createLearner('nb', matrix); // naive Bayes with ASReview's smoothing and balanced class weights
 */
export function createLearner(name: ModelName, matrix: SparseMatrix, options: ModelOptions = {}, seed = 1): Learner {
  const model = oneOf('model', name, MODELS);
  if (model === 'nb') return naiveBayes(matrix, options.nb);
  return linearModel(matrix, { ...options.linear, loss: model, seed });
}
