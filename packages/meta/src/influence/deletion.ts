/**
 * The case-deletion diagnostics of one study, from the full fit and the fit without it (Viechtbauer & Cheung 2010,
 * Res Synth Methods 1:112, with metafor's Knapp–Hartung scaling). With xᵢ the study's design row,
 * b, vb the full fit's coefficients and covariance, b₋ᵢ, vb₋ᵢ, τ²₋ᵢ, s²₋ᵢ those without study i, hᵢ the hat value:
 *
 *   rstudent  = (yᵢ − xᵢ'b₋ᵢ) / √(s²₋ᵢ(vᵢ + τ²₋ᵢ) + xᵢ'vb₋ᵢxᵢ)
 *   DFFITS    = xᵢ'(b − b₋ᵢ) / √(s²₋ᵢ·hᵢ·(vᵢ + τ²₋ᵢ))
 *   Cook's D  = (b − b₋ᵢ)' vb⁻¹ (b − b₋ᵢ)
 *   COVRATIO  = det(vb₋ᵢ) / det(vb)
 *   DFBETASⱼ  = (bⱼ − b₋ᵢ,ⱼ) / √(s²₋ᵢ·[(X'W₋ᵢX)⁻¹]ⱼⱼ),  W₋ᵢ = diag(1/(vₖ + τ²₋ᵢ)) over all k studies
 */
import { crossprodWeighted, invertSymmetric, type Matrix, matVec } from '../linalg.js';
import type { RmaResult } from '../rma/types.js';
import { reWeights } from '../wls.js';

export interface Deletion {
  rstudent: number;
  dffits: number;
  cookD: number;
  covR: number;
  dfbetas: number[];
}

/** Determinant of a symmetric positive-definite p×p matrix (p is small): the product of the Cholesky pivots. */
export function determinant(A: Matrix): number {
  const p = A.length;
  const L: Matrix = A.map((row) => row.map(() => 0));
  let det = 1;
  for (let j = 0; j < p; j++) {
    let d = A[j][j];
    for (let m = 0; m < j; m++) d -= L[j][m] * L[j][m];
    det *= d;
    L[j][j] = Math.sqrt(d);
    for (let i = j + 1; i < p; i++) {
      let s = A[i][j];
      for (let m = 0; m < j; m++) s -= L[i][m] * L[j][m];
      L[i][j] = s / L[j][j];
    }
  }
  return det;
}

function quadratic(A: Matrix, x: readonly number[]): number {
  return matVec(A, x).reduce((s, a, j) => s + a * x[j], 0);
}

/** What the full fit contributes to every study's diagnostics, computed once. */
export interface FullFit {
  fit: RmaResult;
  vbInverse: Matrix;
  vbDeterminant: number;
  hat: number[];
}

export function deletion(full: FullFit, i: number, without: RmaResult): Deletion {
  const { fit } = full;
  const x = fit.X.map((column) => column[i]);
  const b = fit.beta;
  const bDel = without.beta;
  const dfb = b.map((bj, j) => bj - bDel[j]);
  const predicted = x.reduce((s, xj, j) => s + xj * bDel[j], 0);
  const change = x.reduce((s, xj, j) => s + xj * dfb[j], 0);
  const sampling = fit.vi[i] + without.tau2;
  const rstudent = (fit.yi[i] - predicted) / Math.sqrt(without.s2 * sampling + quadratic(without.vb, x));
  const dffits = change / Math.sqrt(without.s2 * full.hat[i] * sampling);
  const vbAll = invertSymmetric(crossprodWeighted(fit.X, reWeights(Float64Array.from(fit.vi), without.tau2)));
  return {
    rstudent,
    dffits,
    cookD: quadratic(full.vbInverse, dfb),
    covR: determinant(without.vb) / full.vbDeterminant,
    dfbetas: dfb.map((d, j) => d / Math.sqrt(without.s2 * vbAll[j][j])),
  };
}
