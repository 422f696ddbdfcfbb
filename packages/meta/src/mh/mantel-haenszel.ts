/**
 * Mantel–Haenszel pooling of 2×2 tables (metafor's `rma.mh`), on the raw counts (no continuity correction is needed):
 *  OR: ΣRᵢ/ΣSᵢ, Rᵢ = aᵢdᵢ/nᵢ, Sᵢ = bᵢcᵢ/nᵢ (Mantel & Haenszel 1959); Var(log OR) by Robins, Breslow & Greenland
 *      (1986, Biometrics 42:311, eq. 5)
 *  RR: Σ(aᵢn2ᵢ/nᵢ)/Σ(cᵢn1ᵢ/nᵢ); Var(log RR) by Greenland & Robins (1985, Biometrics 41:55, eq. 13)
 *  RD: Σ(aᵢn2ᵢ − cᵢn1ᵢ)/nᵢ / Σ(n1ᵢn2ᵢ/nᵢ); variance by Sato, Greenland & Robins (1989, Biometrics 45:1323):
 *      (RD·P + Q)/W² with P = Σ(n1ᵢ²cᵢ − n2ᵢ²aᵢ + n1ᵢn2ᵢ(n2ᵢ − n1ᵢ)/2)/nᵢ², Q = Σ(aᵢ(n2ᵢ − cᵢ) + cᵢ(n1ᵢ − aᵢ))/(2nᵢ)
 * plus the Cochran–Mantel–Haenszel test and Tarone's test for OR.
 */
import { pchisqUpper } from '../distributions.js';
import { MetaError, oneOf } from '../errors.js';
import type { Columns } from '../escalc/types.js';
import { listRows } from '../rma/prepare.js';
import { type EscalcSettings, heterogeneityAround, inference } from './summary.js';
import { readTables, type Table2x2 } from './tables.js';
import { tarone } from './tarone.js';
import type { TableMethodResult } from './types.js';

export interface MhOptions extends EscalcSettings {
  measure: 'OR' | 'RR' | 'RD';
  data: Columns;
  /** Confidence level in percent (default 95). */
  level?: number;
  /** Continuity correction in the CMH test (default true, as metafor). */
  correct?: boolean;
  rows?: readonly number[];
  slab?: readonly string[];
}

function pooledOR(t: Table2x2[]): { est: number; se: number } {
  let R = 0;
  let S = 0;
  let PR = 0;
  let PSQR = 0;
  let QS = 0;
  for (const { a, b, c, d, n } of t) {
    const r = (a * d) / n;
    const s = (b * c) / n;
    const p = (a + d) / n;
    const q = (b + c) / n;
    R += r;
    S += s;
    PR += p * r;
    PSQR += p * s + q * r;
    QS += q * s;
  }
  const varLog = PR / (2 * R * R) + PSQR / (2 * R * S) + QS / (2 * S * S);
  return { est: Math.log(R / S), se: Math.sqrt(varLog) };
}

function pooledRR(t: Table2x2[]): { est: number; se: number } {
  let R = 0;
  let S = 0;
  let P = 0;
  for (const { a, c, n1, n2, n } of t) {
    R += (a * n2) / n;
    S += (c * n1) / n;
    P += (n1 * n2 * (a + c) - a * c * n) / (n * n);
  }
  return { est: Math.log(R / S), se: Math.sqrt(P / (R * S)) };
}

function pooledRD(t: Table2x2[]): { est: number; se: number } {
  let num = 0;
  let W = 0;
  for (const { a, c, n1, n2, n } of t) {
    num += (a * n2 - c * n1) / n;
    W += (n1 * n2) / n;
  }
  const rd = num / W;
  let P = 0;
  let Q = 0;
  for (const { a, c, n1, n2, n } of t) {
    P += (n1 * n1 * c - n2 * n2 * a + (n1 * n2 * (n2 - n1)) / 2) / (n * n);
    Q += (a * (n2 - c) + c * (n1 - a)) / (2 * n);
  }
  return { est: rd, se: Math.sqrt((rd * P + Q) / (W * W)) };
}

function cmhTest(t: Table2x2[], correct: boolean): { CMH: number; CMHp: number } {
  let diff = 0;
  let V = 0;
  for (const { a, c, n1, n2, n } of t) {
    const m1 = a + c;
    diff += a - (n1 * m1) / n;
    V += (n1 * n2 * m1 * (n - m1)) / (n * n * (n - 1));
  }
  const num = Math.max(0, Math.abs(diff) - (correct ? 0.5 : 0));
  const CMH = (num * num) / V;
  return { CMH, CMHp: pchisqUpper(CMH, 1) };
}

/**
 * @example
 * rmaMH({ measure: 'RR', data: { ai: [8, 22], bi: [98, 76], ci: [5, 16], di: [115, 69] } }).beta[0]; // → 0.2818 = log 1.3256
 */
export function rmaMH(options: MhOptions): TableMethodResult {
  const measure = oneOf('measure', options.measure, ['OR', 'RR', 'RD'] as const);
  const level = options.level ?? 95;
  const { tables, missing } = readTables(options);
  const warnings: string[] = [];
  if (missing.length > 0)
    warnings.push(`${missing.length} studies with missing values omitted (row ${listRows(missing)})`);
  const usable = tables.filter((t) => t.n > 1);
  if (usable.length === 0) throw new MetaError('too_few_studies', 'no table with complete data to pool');
  const pooled = measure === 'OR' ? pooledOR(usable) : measure === 'RR' ? pooledRR(usable) : pooledRD(usable);
  if (!Number.isFinite(pooled.est) || !Number.isFinite(pooled.se)) {
    throw new MetaError(
      'invalid_value',
      `the Mantel-Haenszel ${measure} cannot be computed: no events (or no non-events) in one of the groups across all studies`,
    );
  }
  const het = heterogeneityAround(pooled.est, measure, options.data, options.rows, options);
  const cmh = measure === 'OR' ? cmhTest(usable, options.correct ?? true) : null;
  const ta = measure === 'OR' ? tarone(usable, Math.exp(pooled.est)) : null;
  const rows = usable.map((t) => t.row);
  return {
    model: 'rma.mh',
    measure,
    method: 'MH',
    level,
    k: usable.length,
    ...inference(pooled.est, pooled.se, level),
    tau2: 0,
    ...het,
    CMH: cmh?.CMH ?? null,
    CMHp: cmh?.CMHp ?? null,
    TA: ta?.TA ?? null,
    TAdf: ta?.TAdf ?? null,
    TAp: ta?.TAp ?? null,
    rows,
    slab: usable.map((t) => options.slab?.[t.index] ?? `Study ${t.row}`),
    warnings,
  };
}
