/**
 * Why the model puts a record where it does: the terms that weigh most for it. A linear score is a sum over the
 * record's terms, score(d) = b + Σ_t x(t, d)·w_t (x the TF-IDF value, w the model's coefficient; for naive Bayes w_t
 * is the log-likelihood ratio ln θ₁(t) − ln θ₀(t) and b = 0), so each term's part x(t, d)·w_t is exactly what it adds
 * to the score. The terms are stems (and stem bigrams, and "#heading" for a whole keyword or MeSH term): a reviewer
 * reads the record's own words instead, so each term is shown as the first word of the record that stems to it.
 */
import type { BibRecord } from '@evidens/biblio';
import { detectLanguage, type SparseMatrix, STOP_WORDS, stemmerFor, words } from '@evidens/screen';

/** One term's part in a record's score. */
export interface WhyTerm {
  /** The model's term: a stem, "stem1 stem2", or "#heading". */
  term: string;
  /** The term in the record's own words ("cramps" for "cramp", "Muscle Cramp" for "#muscle cramp"). */
  word: string;
  /** Every word of the record (lower case) that stems to the term or to one of its two stems, for highlighting. */
  forms: string[];
  /** x(t, d)·w_t: the record's TF-IDF value of the term times the model's coefficient; positive. */
  weight: number;
}

/** The fields of a record the features were made of. */
export type RecordText = Pick<BibRecord, 'title' | 'abstract' | 'keywords' | 'mesh'>;

/**
 * The model's coefficient of every column, read off the learner's own scores: `augment` appends one empty row (its
 * score is the bias b) and one unit row per column (score w_t + b) to the matrix, so that any learner, whatever its
 * internals, reports its coefficients through `scores`. The extra rows are never labelled, so they change no fit.
 */
export function augment(matrix: SparseMatrix): SparseMatrix {
  const { rows, cols } = matrix;
  const nnz = matrix.indices.length;
  const indptr = new Int32Array(rows + 2 + cols);
  indptr.set(matrix.indptr);
  indptr[rows + 1] = nnz;
  for (let t = 0; t < cols; t++) indptr[rows + 2 + t] = nnz + t + 1;
  const indices = new Int32Array(nnz + cols);
  indices.set(matrix.indices);
  const values = new Float64Array(nnz + cols);
  values.set(matrix.values);
  for (let t = 0; t < cols; t++) {
    indices[nnz + t] = t;
    values[nnz + t] = 1;
  }
  return { rows: rows + 1 + cols, cols, indptr, indices, values };
}

/** Splits the scores of an augmented matrix (`augment`) into the records' scores, the bias and the coefficients. */
export function splitScores(scores: Float64Array, rows: number): { scores: Float64Array; coefficients: Float64Array } {
  const bias = scores[rows];
  const coefficients = scores.slice(rows + 1).map((s) => s - bias);
  return { scores: scores.slice(0, rows), coefficients };
}

/**
 * The `top` terms that add most to record `i`'s score (positive parts only, largest first; ties by term).
 *
 * @example
 * whyOf(matrix, terms, coefficients, 3, record, 5);
 * // [{ term: 'magnesium', word: 'magnesium', forms: ['magnesium'], weight: 0.21 }, …]
 */
export function whyOf(
  matrix: SparseMatrix,
  terms: readonly string[],
  coefficients: Float64Array,
  i: number,
  text: RecordText,
  top = 5,
): WhyTerm[] {
  const parts: { term: string; weight: number }[] = [];
  for (let k = matrix.indptr[i], end = matrix.indptr[i + 1]; k < end; k++) {
    const weight = matrix.values[k] * coefficients[matrix.indices[k]];
    if (weight > 0) parts.push({ term: terms[matrix.indices[k]], weight });
  }
  parts.sort((a, b) => b.weight - a.weight || (a.term < b.term ? -1 : 1));
  const chosen = parts.slice(0, top);
  if (chosen.length === 0) return [];
  const surface = surfaceForms(text);
  return chosen.map(({ term, weight }) => ({ term, weight, ...reviewerWords(term, surface, text) }));
}

/**
 * Each stem of the record → the record's words that stem to it, in order of first appearance. The language is
 * guessed from title and abstract as the features guess it (record-terms.ts), so the stems match the model's.
 */
export function surfaceForms(text: RecordText): Map<string, string[]> {
  const prose = words(`${text.title ?? ''} ${text.abstract ?? ''}`);
  const language = detectLanguage(prose);
  const stem = stemmerFor(language);
  const stop = STOP_WORDS[language];
  const forms = new Map<string, string[]>();
  const all = [...prose, ...[...(text.keywords ?? []), ...(text.mesh ?? [])].flatMap((t) => words(t))];
  for (const w of all) {
    if (stop.has(w)) continue;
    const s = stem(w);
    const list = forms.get(s) ?? [];
    if (!list.includes(w)) list.push(w);
    forms.set(s, list);
  }
  return forms;
}

function reviewerWords(
  term: string,
  surface: Map<string, string[]>,
  text: RecordText,
): { word: string; forms: string[] } {
  if (term.startsWith('#')) {
    const heading = [...(text.keywords ?? []), ...(text.mesh ?? [])]
      .map((h) => h.replace(/^\*/, '').split('/')[0])
      .find((h) => `#${words(h).join(' ')}` === term);
    const word = heading ?? term.slice(1);
    return { word, forms: words(word) };
  }
  const stems = term.split(' ');
  const forms = stems.flatMap((s) => surface.get(s) ?? []);
  const word = stems.map((s) => surface.get(s)?.[0] ?? s).join(' ');
  return { word, forms: [...new Set(forms)] };
}
