/**
 * The vocabulary: every term that occurs in at least `minDf` records and in at most the share `maxDf` of them. Terms
 * seen once cannot help rank any other record, and terms in nearly every record separate nothing; dropping both keeps
 * the vectors short. Columns are numbered in the terms' sorted order, so the same corpus always gives the same matrix.
 */
import { inRange } from '../errors.js';
import type { TermTable } from './term-table.js';

export interface VocabularyOptions {
  /** Least number of records a term must occur in (default 2). */
  minDf?: number;
  /** Largest share of records a term may occur in, 0 to 1 (default 0.95). */
  maxDf?: number;
}

export interface Vocabulary {
  /** The terms, by column. */
  terms: string[];
  /** Term number (of the TermTable) → column, −1 for a term left out. */
  column: Int32Array;
  /** Document frequency of each column: the number of records it occurs in. */
  df: Int32Array;
  /** The number of records the vocabulary was built from. */
  documents: number;
}

/**
 * The vocabulary of `documents` (each a list of term numbers of `table`, repeats allowed).
 *
 * @example
 * const table = new TermTable();
 * buildVocabulary(table.documents([['a', 'b'], ['a', 'c'], ['a', 'b']]), table, { minDf: 2, maxDf: 0.9 }).terms;
 * // ['b'] ('a' is in all 3 records, 'c' in 1)
 */
export function buildVocabulary(
  documents: readonly Int32Array[],
  table: TermTable,
  options: VocabularyOptions = {},
): Vocabulary {
  const minDf = inRange('minDf', options.minDf ?? 2, 1, Number.MAX_SAFE_INTEGER);
  const maxDf = inRange('maxDf', options.maxDf ?? 0.95, 0, 1);
  // One pass, no per-record sets: a term's document frequency rises when it is first seen in a new record.
  const counts = new Int32Array(table.size);
  const lastSeen = new Int32Array(table.size).fill(-1);
  documents.forEach((doc, d) => {
    for (const id of doc) {
      if (lastSeen[id] !== d) {
        lastSeen[id] = d;
        counts[id]++;
      }
    }
  });
  const ceiling = maxDf * documents.length;
  const kept: { name: string; id: number }[] = [];
  counts.forEach((n, id) => {
    if (n >= minDf && n <= ceiling) kept.push({ name: table.name(id), id });
  });
  kept.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const column = new Int32Array(table.size).fill(-1);
  kept.forEach((k, j) => {
    column[k.id] = j;
  });
  return {
    terms: kept.map((k) => k.name),
    column,
    df: Int32Array.from(kept, (k) => counts[k.id]),
    documents: documents.length,
  };
}
