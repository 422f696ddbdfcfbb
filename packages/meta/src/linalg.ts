/**
 * The few dense-matrix operations the models need. Design matrices are held as columns (`Float64Array` each of length
 * k) because k can be a million while p, the number of coefficients, is a handful: every product here costs O(k·p²)
 * and nothing of size k×k is ever formed.
 */
import { MetaError } from './errors.js';

/** A p×p matrix as rows. */
export type Matrix = number[][];

/** X'·diag(w)·X for a design held as columns. */
export function crossprodWeighted(X: readonly Float64Array[], w: Float64Array): Matrix {
  const p = X.length;
  const k = w.length;
  const out: Matrix = Array.from({ length: p }, () => new Array<number>(p).fill(0));
  for (let a = 0; a < p; a++) {
    const xa = X[a];
    for (let b = a; b < p; b++) {
      const xb = X[b];
      let s = 0;
      for (let i = 0; i < k; i++) s += xa[i] * w[i] * xb[i];
      out[a][b] = s;
      out[b][a] = s;
    }
  }
  return out;
}

/** X'·(w ⊙ y) for a design held as columns. */
export function crossprodVector(X: readonly Float64Array[], w: Float64Array, y: Float64Array): number[] {
  const k = w.length;
  return X.map((x) => {
    let s = 0;
    for (let i = 0; i < k; i++) s += x[i] * w[i] * y[i];
    return s;
  });
}

/** Inverse of a symmetric positive-definite matrix by Cholesky decomposition; throws when it is singular. */
export function invertSymmetric(A: Matrix): Matrix {
  const p = A.length;
  const L: Matrix = Array.from({ length: p }, () => new Array<number>(p).fill(0));
  const scale = Math.max(...A.map((row, i) => Math.abs(row[i])), Number.MIN_VALUE);
  for (let j = 0; j < p; j++) {
    let d = A[j][j];
    for (let m = 0; m < j; m++) d -= L[j][m] * L[j][m];
    if (!(d > 1e-12 * scale)) {
      throw new MetaError(
        'singular_design',
        'the model matrix is not of full rank: a moderator is constant or a combination of others',
      );
    }
    L[j][j] = Math.sqrt(d);
    for (let i = j + 1; i < p; i++) {
      let s = A[i][j];
      for (let m = 0; m < j; m++) s -= L[i][m] * L[j][m];
      L[i][j] = s / L[j][j];
    }
  }
  // inv(A) = inv(L)' · inv(L)
  const Li: Matrix = Array.from({ length: p }, () => new Array<number>(p).fill(0));
  for (let j = 0; j < p; j++) {
    Li[j][j] = 1 / L[j][j];
    for (let i = j + 1; i < p; i++) {
      let s = 0;
      for (let m = j; m < i; m++) s -= L[i][m] * Li[m][j];
      Li[i][j] = s / L[i][i];
    }
  }
  const out: Matrix = Array.from({ length: p }, () => new Array<number>(p).fill(0));
  for (let a = 0; a < p; a++) {
    for (let b = a; b < p; b++) {
      let s = 0;
      for (let m = b; m < p; m++) s += Li[m][a] * Li[m][b];
      out[a][b] = s;
      out[b][a] = s;
    }
  }
  return out;
}

/** A·v. */
export function matVec(A: Matrix, v: readonly number[]): number[] {
  return A.map((row) => row.reduce((s, a, j) => s + a * v[j], 0));
}

/** A·B. */
export function matMul(A: Matrix, B: Matrix): Matrix {
  return A.map((row) => B[0].map((_, j) => row.reduce((s, a, m) => s + a * B[m][j], 0)));
}

/** trace(A·B) for square A, B of the same size. */
export function traceOfProduct(A: Matrix, B: Matrix): number {
  let s = 0;
  for (let i = 0; i < A.length; i++) for (let j = 0; j < A.length; j++) s += A[i][j] * B[j][i];
  return s;
}

/** The sub-matrix of rows and columns `idx`. */
export function subMatrix(A: Matrix, idx: readonly number[]): Matrix {
  return idx.map((i) => idx.map((j) => A[i][j]));
}

/** Fitted values X·b for a design held as columns. */
export function fitted(X: readonly Float64Array[], b: readonly number[], k: number): Float64Array {
  const out = new Float64Array(k);
  for (let a = 0; a < X.length; a++) {
    const x = X[a];
    const ba = b[a];
    for (let i = 0; i < k; i++) out[i] += x[i] * ba;
  }
  return out;
}
