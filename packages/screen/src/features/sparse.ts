/**
 * Sparse matrices in compressed sparse row (CSR) form: row i's non-zero entries are `indices[indptr[i] … indptr[i+1])`
 * (column numbers, ascending) with `values` at the same positions. Typed arrays throughout, so that scoring every record
 * is one pass over contiguous memory.
 */

export interface SparseMatrix {
  rows: number;
  cols: number;
  /** Row starts, length rows + 1. */
  indptr: Int32Array;
  /** Column of each stored entry. */
  indices: Int32Array;
  /** Value of each stored entry. */
  values: Float64Array;
}

/**
 * The dot product of row `i` with a dense vector `w`: Σₖ values[k]·w[indices[k]] over the row's entries.
 *
 * @example
 * const m = fromRows(3, [[[0, 1], [2, 2]]]);
 * rowDot(m, 0, Float64Array.of(1, 5, 3)); // 7
 */
export function rowDot(m: SparseMatrix, i: number, w: Float64Array): number {
  const { indptr, indices, values } = m;
  let s = 0;
  for (let k = indptr[i], end = indptr[i + 1]; k < end; k++) s += values[k] * w[indices[k]];
  return s;
}

/** out[i] = row i · w + bias for every row: one sparse matrix–vector product. */
export function matVec(m: SparseMatrix, w: Float64Array, out: Float64Array, bias = 0): Float64Array {
  const { indptr, indices, values, rows } = m;
  for (let i = 0; i < rows; i++) {
    let s = bias;
    for (let k = indptr[i], end = indptr[i + 1]; k < end; k++) s += values[k] * w[indices[k]];
    out[i] = s;
  }
  return out;
}

/** w += scale · row i (the update every linear learner makes). */
export function addRow(m: SparseMatrix, i: number, scale: number, w: Float64Array): void {
  const { indptr, indices, values } = m;
  for (let k = indptr[i], end = indptr[i + 1]; k < end; k++) w[indices[k]] += scale * values[k];
}

/** Σₖ values[k]² of row i. */
export function rowSquaredNorm(m: SparseMatrix, i: number): number {
  const { indptr, values } = m;
  let s = 0;
  for (let k = indptr[i], end = indptr[i + 1]; k < end; k++) s += values[k] * values[k];
  return s;
}

/** A matrix from rows given as [column, value] pairs (columns ascending), for tests and small examples. */
export function fromRows(cols: number, rows: readonly (readonly (readonly [number, number])[])[]): SparseMatrix {
  const indptr = new Int32Array(rows.length + 1);
  const nnz = rows.reduce((s, r) => s + r.length, 0);
  const indices = new Int32Array(nnz);
  const values = new Float64Array(nnz);
  let k = 0;
  rows.forEach((r, i) => {
    for (const [c, v] of r) {
      indices[k] = c;
      values[k++] = v;
    }
    indptr[i + 1] = k;
  });
  return { rows: rows.length, cols, indptr, indices, values };
}
