/**
 * Records to feature vectors in one call: terms per record (record-terms.ts), the vocabulary (vocabulary.ts) and the
 * TF-IDF matrix (tfidf.ts).
 */
import { recordTermIds, type TermOptions, type TextFields } from './record-terms.js';
import type { SparseMatrix } from './sparse.js';
import { TermTable } from './term-table.js';
import { type TfidfOptions, tfidf } from './tfidf.js';
import { buildVocabulary, type Vocabulary, type VocabularyOptions } from './vocabulary.js';

export type FeatureOptions = TermOptions & VocabularyOptions & TfidfOptions;

export interface Features {
  /** One unit-length TF-IDF row per record, in the records' order. */
  matrix: SparseMatrix;
  vocabulary: Vocabulary;
}

/**
 * The TF-IDF features of `records`.
 *
 * @example
 * const { matrix, vocabulary } = featurize(records); // matrix.rows === records.length
 */
export function featurize(records: readonly TextFields[], options: FeatureOptions = {}): Features {
  const table = new TermTable();
  const documents = records.map((r) => recordTermIds(r, table, options));
  const vocabulary = buildVocabulary(documents, table, options);
  return { matrix: tfidf(documents, vocabulary, options), vocabulary };
}
