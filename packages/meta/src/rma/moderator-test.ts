/**
 * Omnibus (Wald-type) test of coefficients 2…p: QM = b'·vb⁻¹·b over those coefficients, χ² with p − 1 df, or under
 * Knapp–Hartung QM/(p − 1) against F(p − 1, k − p) (metafor's `QM` and `QMdf`).
 */
import { pchisqUpper, pfUpper } from '../distributions.js';
import { invertSymmetric, type Matrix, matVec, subMatrix } from '../linalg.js';

export function moderatorTest(
  b: readonly number[],
  vb: Matrix,
  ddf: number | null,
): { QM: number; QMdf: [number, number | null]; QMp: number } | null {
  const m = b.length - 1;
  if (m < 1) return null;
  const idx = Array.from({ length: m }, (_, i) => i + 1);
  const bs = idx.map((i) => b[i]);
  const q = matVec(invertSymmetric(subMatrix(vb, idx)), bs).reduce((s, x, i) => s + x * bs[i], 0);
  if (ddf === null) return { QM: q, QMdf: [m, null], QMp: pchisqUpper(q, m) };
  return { QM: q / m, QMdf: [m, ddf], QMp: pfUpper(q / m, m, ddf) };
}
