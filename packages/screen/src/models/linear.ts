/**
 * Linear models trained by dual coordinate descent (dual-step.ts): logistic regression ("lr") and the L2-loss linear
 * SVM ("svm"), both L2-regularised with a regularised bias, as liblinear fits them:
 *
 *   min_w  ½‖w‖² + Σᵢ Cᵢ·loss(yᵢ·(w·xᵢ + b)),   Cᵢ = C·w_class(i)   (class weights from balance.ts)
 *
 * Incremental by warm start: the dual variables of records already labelled are kept, a new record enters with αᵢ at
 * (near) zero, and each `fit` makes up to `epochs` passes over the training set in a seeded random order (fewer
 * once a pass changes no dual variable by more than `tolerance` of its bound). Because the
 * problem is strictly convex in w, enough passes from any start reach the same model as training from scratch.
 * A label change takes the record's contribution αᵢ·yᵢ·xᵢ out of w first, so a relabelled record starts afresh.
 */
import { inRange, oneOf } from '../errors.js';
import { addRow, matVec, rowDot, rowSquaredNorm, type SparseMatrix } from '../features/sparse.js';
import { mulberry32, shuffle } from '../random.js';
import { type Balance, classWeights } from './balance.js';
import { lrStep, svmStep } from './dual-step.js';
import type { Label, Learner } from './learner.js';

export const LINEAR_LOSSES = ['lr', 'svm'] as const;

export interface LinearOptions {
  loss?: (typeof LINEAR_LOSSES)[number];
  /** Inverse regularisation strength C > 0 (default 1). */
  c?: number;
  /**
   * Class weights (balance.ts), default "balanced". ASReview's "double" was measured for logistic regression too
   * (mean WSS@95 38.9 % against 38.6 % on the 14 reference datasets; BENCHMARKS.md): a difference within the runs'
   * noise, so the default stays.
   */
  balance?: Balance;
  /** Passes over the training set per `fit` (default 3). */
  epochs?: number;
  /** Seed of the pass order. */
  seed?: number;
  /** Passes stop early once no α moves by more than this share of its bound C (default 1e-3). */
  tolerance?: number;
}

/** The bias feature's value, appended to every record (liblinear's B). */
const BIAS = 1;

/**
 * A linear learner over the rows of `matrix`.
 *
 * @example
 * const lr = linearModel(matrix, { loss: 'lr' });
 * lr.setLabel(0, 1); lr.setLabel(1, 0); lr.fit();
 * lr.scores(new Float64Array(matrix.rows)); // w·x + b for every record
 */
export function linearModel(matrix: SparseMatrix, options: LinearOptions = {}): Learner {
  const loss = oneOf('loss', options.loss ?? 'lr', LINEAR_LOSSES);
  const c = inRange('c', options.c ?? 1, Number.MIN_VALUE, Number.MAX_VALUE);
  const epochs = inRange('epochs', options.epochs ?? 3, 1, 1e6);
  const tolerance = inRange('tolerance', options.tolerance ?? 1e-3, 0, 1);
  const balance = options.balance ?? 'balanced';
  const random = mulberry32(options.seed ?? 1);
  const step = loss === 'lr' ? lrStep : svmStep;
  const w = new Float64Array(matrix.cols);
  let b = 0;
  const alpha = new Float64Array(matrix.rows);
  /** The C each record's α was last fitted under, so that a change of class weights can rescale it. */
  const boxOf = new Float64Array(matrix.rows);
  const labels = new Int8Array(matrix.rows).fill(-1);
  const q = new Float64Array(matrix.rows);
  const counts = { relevant: 0, irrelevant: 0 };
  let members = new Int32Array(16);
  let size = 0;
  const position = new Int32Array(matrix.rows).fill(-1);

  const shift = (i: number, delta: number) => {
    if (delta === 0) return;
    const scale = delta * (labels[i] === 1 ? 1 : -1);
    addRow(matrix, i, scale, w);
    b += scale * BIAS;
  };

  const leave = (i: number) => {
    shift(i, -alpha[i]);
    alpha[i] = 0;
    const p = position[i];
    members[p] = members[--size];
    position[members[p]] = p;
    position[i] = -1;
    if (labels[i] === 1) counts.relevant--;
    else counts.irrelevant--;
    labels[i] = -1;
  };

  const enter = (i: number, label: 0 | 1) => {
    if (size === members.length) {
      const grown = new Int32Array(members.length * 2);
      grown.set(members);
      members = grown;
    }
    position[i] = size;
    members[size++] = i;
    labels[i] = label;
    q[i] = rowSquaredNorm(matrix, i) + BIAS * BIAS;
    alpha[i] = 0;
    boxOf[i] = 0;
    if (label === 1) counts.relevant++;
    else counts.irrelevant++;
  };

  return {
    counts,
    setLabel(i, label: Label) {
      const next = label === null ? -1 : label;
      if (labels[i] === next) return;
      if (labels[i] >= 0) leave(i);
      if (label !== null) enter(i, label);
    },
    fit() {
      const cw = classWeights(counts.relevant, counts.irrelevant, balance);
      const box = (i: number) => c * (labels[i] === 1 ? cw.relevant : cw.irrelevant);
      // A new record starts just inside the box (logistic) or at zero (SVM); a changed box rescales the old α.
      for (let k = 0; k < size; k++) {
        const i = members[k];
        const ci = box(i);
        const start = boxOf[i] === 0 ? (loss === 'lr' ? Math.min(1e-3 * ci, 1e-8) : 0) : (alpha[i] * ci) / boxOf[i];
        shift(i, start - alpha[i]);
        alpha[i] = start;
        boxOf[i] = ci;
      }
      const order = members.subarray(0, size);
      for (let e = 0; e < epochs; e++) {
        shuffle(random, order);
        let largest = 0;
        for (let k = 0; k < size; k++) {
          const i = order[k];
          const y = labels[i] === 1 ? 1 : -1;
          const margin = y * (rowDot(matrix, i, w) + b * BIAS);
          const next = step(alpha[i], margin, q[i], boxOf[i]);
          largest = Math.max(largest, Math.abs(next - alpha[i]) / boxOf[i]);
          shift(i, next - alpha[i]);
          alpha[i] = next;
        }
        // A pass that moved no α by more than `tolerance` of its box has converged for ranking purposes.
        if (largest < tolerance) break;
      }
      for (let k = 0; k < size; k++) position[members[k]] = k;
    },
    scores(out) {
      return matVec(matrix, w, out, b * BIAS);
    },
  };
}
