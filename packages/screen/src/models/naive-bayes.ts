/**
 * Naive Bayes on TF-IDF features, incremental: the model is the per-class sums of the feature vectors, so labelling a
 * record adds its row to one sum (O(non-zeros)) and relabelling subtracts it again; a score is one sparse
 * matrix–vector product. This is the model of ASReview's default configuration (multinomial NB on TF-IDF).
 *
 * Multinomial (McCallum & Nigam 1998), with class weights w_c (balance.ts) applied to the sums S_c(t) and
 * additive smoothing α over V terms:
 *
 *   θ_c(t) = (w_c·S_c(t) + α) / (w_c·Σ_t S_c(t) + α·V)
 *   score(d) = Σ_t x(t, d) · (ln θ₁(t) − ln θ₀(t))          (the log-likelihood ratio; equal class priors)
 *
 * Complement (Rennie, Shih, Teevan & Karger 2003, ICML, §3.2 and §3.3): with two classes the complement of each class
 * is the other, so the weights are −ln θ of the other class, each normalised by the sum of its absolute values:
 *
 *   score(d) = Σ_t x(t, d) · (ln θ₁(t) / Σ|ln θ₁| − ln θ₀(t) / Σ|ln θ₀|)
 */
import { inRange, oneOf } from '../errors.js';
import { matVec, type SparseMatrix } from '../features/sparse.js';
import { type Balance, classWeights } from './balance.js';
import type { Label, Learner } from './learner.js';

export const NB_VARIANTS = ['multinomial', 'complement'] as const;

export interface NaiveBayesOptions {
  variant?: (typeof NB_VARIANTS)[number];
  /** Additive smoothing α > 0 (default 3.822, the value ASReview tuned for TF-IDF features). */
  alpha?: number;
  balance?: Balance;
}

/**
 * A naive Bayes learner over the rows of `matrix`.
 *
 * @example
 * const nb = naiveBayes(matrix);
 * nb.setLabel(0, 1); nb.setLabel(1, 0); nb.fit();
 * nb.scores(new Float64Array(matrix.rows)); // higher for records like record 0
 */
export function naiveBayes(matrix: SparseMatrix, options: NaiveBayesOptions = {}): Learner {
  const variant = oneOf('variant', options.variant ?? 'multinomial', NB_VARIANTS);
  const alpha = inRange('alpha', options.alpha ?? 3.822, Number.MIN_VALUE, Number.MAX_VALUE);
  const balance = options.balance ?? 'balanced';
  const V = matrix.cols;
  const sums = [new Float64Array(V), new Float64Array(V)];
  const totals = [0, 0];
  const labels = new Int8Array(matrix.rows).fill(-1);
  const counts = { relevant: 0, irrelevant: 0 };
  const weights = new Float64Array(V);
  const logRelevant = new Float64Array(V);
  const { indptr, indices, values } = matrix;

  const move = (i: number, c: number, sign: number) => {
    const s = sums[c];
    for (let k = indptr[i], end = indptr[i + 1]; k < end; k++) {
      s[indices[k]] += sign * values[k];
      totals[c] += sign * values[k];
    }
    if (c === 1) counts.relevant += sign;
    else counts.irrelevant += sign;
  };

  const logTheta = (c: number, w: number, out: Float64Array) => {
    const s = sums[c];
    const logDenominator = Math.log(w * totals[c] + alpha * V);
    for (let t = 0; t < V; t++) out[t] = Math.log(w * s[t] + alpha) - logDenominator;
  };

  return {
    counts,
    setLabel(i, label: Label) {
      const old = labels[i];
      const next = label === null ? -1 : label;
      if (old === next) return;
      if (old >= 0) move(i, old, -1);
      if (next >= 0) move(i, next, 1);
      labels[i] = next;
    },
    fit() {
      const w = classWeights(counts.relevant, counts.irrelevant, balance);
      const l1 = logRelevant;
      logTheta(1, w.relevant, l1);
      logTheta(0, w.irrelevant, weights);
      if (variant === 'multinomial') {
        for (let t = 0; t < V; t++) weights[t] = l1[t] - weights[t];
        return;
      }
      let a1 = 0;
      let a0 = 0;
      for (let t = 0; t < V; t++) {
        a1 += Math.abs(l1[t]);
        a0 += Math.abs(weights[t]);
      }
      for (let t = 0; t < V; t++) weights[t] = l1[t] / a1 - weights[t] / a0;
    },
    scores(out) {
      return matVec(matrix, weights, out);
    },
  };
}
