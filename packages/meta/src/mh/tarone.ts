/**
 * Tarone's test for homogeneity of odds ratios (Tarone 1985, Biometrika 72:91): the Breslow–Day statistic
 * Σ(aᵢ − Âᵢ)²/Var(Âᵢ) minus the correction (Σaᵢ − ΣÂᵢ)²/ΣVar(Âᵢ), where Âᵢ is the cell count expected under the
 * common (Mantel–Haenszel) odds ratio ψ with the table's margins fixed: the root of
 * Â(n2 − m1 + Â) = ψ(n1 − Â)(m1 − Â) within max(0, m1 − n2) ≤ Â ≤ min(n1, m1).
 */
import { pchisqUpper } from '../distributions.js';
import type { Table2x2 } from './tables.js';

function expectedCell({ a, c, n1, n2 }: Table2x2, psi: number): number {
  const m1 = a + c;
  const lo = Math.max(0, m1 - n2);
  const hi = Math.min(n1, m1);
  // (1 − ψ)Â² + (n2 − m1 + ψ(n1 + m1))Â − ψ·n1·m1 = 0
  const A = 1 - psi;
  const B = n2 - m1 + psi * (n1 + m1);
  const C = -psi * n1 * m1;
  if (Math.abs(A) < 1e-12) return -C / B;
  const disc = Math.sqrt(B * B - 4 * A * C);
  const roots = [(-B + disc) / (2 * A), (-B - disc) / (2 * A)];
  return roots.find((r) => r >= lo - 1e-9 && r <= hi + 1e-9) ?? roots[0];
}

export function tarone(tables: Table2x2[], psi: number): { TA: number; TAdf: number; TAp: number } | null {
  let bd = 0;
  let sumDiff = 0;
  let sumVar = 0;
  let used = 0;
  for (const t of tables) {
    const m1 = t.a + t.c;
    const A = expectedCell(t, psi);
    const v = 1 / (1 / A + 1 / (t.n1 - A) + 1 / (m1 - A) + 1 / (t.n2 - m1 + A));
    if (!(v > 0 && Number.isFinite(v))) continue;
    bd += ((t.a - A) * (t.a - A)) / v;
    sumDiff += t.a - A;
    sumVar += v;
    used++;
  }
  if (used < 2) return null;
  const TA = bd - (sumDiff * sumDiff) / sumVar;
  return { TA, TAdf: used - 1, TAp: pchisqUpper(TA, used - 1) };
}
