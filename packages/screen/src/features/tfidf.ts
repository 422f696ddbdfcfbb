/**
 * TF-IDF vectors, as sklearn's TfidfVectorizer computes them with `smooth_idf` and `sublinear_tf` (Manning, Raghavan
 * & Schütze 2008, Introduction to Information Retrieval, §6.2–6.4):
 *
 *   tf(t, d)  = 1 + ln(count of t in d)             (sublinear; the raw count with `sublinear: false`)
 *   idf(t)    = ln((1 + n) / (1 + df(t))) + 1        (n records; df(t) records contain t)
 *   x(t, d)   = tf(t, d) · idf(t) / ‖tf(·, d) · idf‖₂ (each record scaled to unit length)
 *
 * A record with no term in the vocabulary is an empty row.
 */
import type { SparseMatrix } from './sparse.js';
import type { Vocabulary } from './vocabulary.js';

export interface TfidfOptions {
  /** Use 1 + ln(count) instead of the count (default true). */
  sublinear?: boolean;
}

/**
 * The TF-IDF matrix of `documents` (term numbers) over `vocabulary`, one row per document.
 *
 * @example
 * const table = new TermTable();
 * const docs = table.documents([['a', 'b'], ['a']]);
 * tfidf(docs, buildVocabulary(docs, table, { minDf: 1, maxDf: 1 })).values;
 * // idf(a) = ln(3/3) + 1 = 1, idf(b) = ln(3/2) + 1 = 1.405; row 0 = (1, 1.405)/1.725 → [0.580, 0.815]; row 1 → [1]
 */
export function tfidf(
  documents: readonly Int32Array[],
  vocabulary: Vocabulary,
  options: TfidfOptions = {},
): SparseMatrix {
  const sublinear = options.sublinear ?? true;
  const n = vocabulary.documents;
  const V = vocabulary.terms.length;
  const idf = Float64Array.from(vocabulary.df, (df) => Math.log((1 + n) / (1 + df)) + 1);
  const indptr = new Int32Array(documents.length + 1);
  // Counts go into a dense scratch row; `touched` lists its non-zero columns so that clearing costs O(row).
  const scratch = new Float64Array(V);
  const touched = new Int32Array(V);
  let indices = new Int32Array(1024);
  let values = new Float64Array(1024);
  let nnz = 0;
  documents.forEach((doc, i) => {
    let width = 0;
    for (const t of doc) {
      const j = vocabulary.column[t];
      if (j < 0) continue;
      if (scratch[j] === 0) touched[width++] = j;
      scratch[j]++;
    }
    const row = touched.subarray(0, width).sort();
    if (nnz + width > indices.length) {
      const size = Math.max(2 * indices.length, nnz + width);
      indices = grow(indices, new Int32Array(size));
      values = grow(values, new Float64Array(size));
    }
    let norm = 0;
    for (let k = 0; k < width; k++) {
      const j = row[k];
      const x = (sublinear ? 1 + Math.log(scratch[j]) : scratch[j]) * idf[j];
      scratch[j] = x;
      norm += x * x;
    }
    const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
    for (let k = 0; k < width; k++) {
      const j = row[k];
      indices[nnz + k] = j;
      values[nnz + k] = scratch[j] * scale;
      scratch[j] = 0;
    }
    nnz += width;
    indptr[i + 1] = nnz;
  });
  return {
    rows: documents.length,
    cols: vocabulary.terms.length,
    indptr,
    indices: indices.slice(0, nnz),
    values: values.slice(0, nnz),
  };
}

function grow<T extends Int32Array | Float64Array>(from: T, to: T): T {
  to.set(from);
  return to;
}
