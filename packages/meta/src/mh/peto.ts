/**
 * Peto's one-step odds ratio (Yusuf et al. 1985, Prog Cardiovasc Dis 27:335; metafor's `rma.peto`):
 * log ψ = Σ(Oᵢ − Eᵢ)/ΣVᵢ with Eᵢ = n1ᵢm1ᵢ/nᵢ and Vᵢ = n1ᵢn2ᵢm1ᵢ(nᵢ − m1ᵢ)/(nᵢ²(nᵢ − 1)), Var(log ψ) = 1/ΣVᵢ,
 * on the raw counts. Tables with Vᵢ = 0 (no events or no non-events at all) carry no information.
 * Heterogeneity: Q = Σ(Oᵢ − Eᵢ)²/Vᵢ − (Σ(Oᵢ − Eᵢ))²/ΣVᵢ on k − 1 df over the informative tables; Peto's per-study
 * estimate needs no continuity correction, so none is added for Q (the yi/vi kept for plots use escalc's defaults).
 */

import { MetaError } from '../errors.js';
import { escalc } from '../escalc/escalc.js';
import type { Columns } from '../escalc/types.js';
import { listRows } from '../rma/prepare.js';
import { type EscalcSettings, heterogeneityFromQ, inference } from './summary.js';
import { readTables } from './tables.js';
import type { TableMethodResult } from './types.js';

export interface PetoOptions extends EscalcSettings {
  data: Columns;
  /** Confidence level in percent (default 95). */
  level?: number;
  rows?: readonly number[];
  slab?: readonly string[];
}

/**
 * @example
 * rmaPeto({ data: { ai: [4, 6], bi: [119, 300], ci: [11, 29], di: [128, 274] } }).beta[0]; // → -1.2401
 */
export function rmaPeto(options: PetoOptions): TableMethodResult {
  const level = options.level ?? 95;
  const { tables, missing } = readTables(options);
  const warnings: string[] = [];
  if (missing.length > 0)
    warnings.push(`${missing.length} studies with missing values omitted (row ${listRows(missing)})`);
  let OE = 0;
  let V = 0;
  let Q = 0;
  let informative = 0;
  const usable = tables.filter((t) => t.n > 1);
  for (const { a, c, n1, n2, n } of usable) {
    const m1 = a + c;
    const oe = a - (n1 * m1) / n;
    const v = (n1 * n2 * m1 * (n - m1)) / (n * n * (n - 1));
    OE += oe;
    V += v;
    if (v > 0) {
      Q += (oe * oe) / v;
      informative++;
    }
  }
  if (!(V > 0)) {
    throw new MetaError(
      'invalid_value',
      "Peto's odds ratio cannot be computed: no study has both events and non-events",
    );
  }
  const est = OE / V;
  const QE = Math.max(0, Q - (OE * OE) / V);
  const QEdf = informative - 1;
  const es = escalc({
    measure: 'PETO',
    data: options.data,
    add: options.add ?? 0.5,
    to: options.to ?? 'only0',
    drop00: options.drop00 ?? true,
    ...(options.rows ? { rows: options.rows } : {}),
  });
  return {
    model: 'rma.peto',
    measure: 'PETO',
    method: 'PETO',
    level,
    k: usable.length,
    ...inference(est, Math.sqrt(1 / V), level),
    tau2: 0,
    ...heterogeneityFromQ(QE, QEdf),
    yi: es.yi,
    vi: es.vi,
    CMH: null,
    CMHp: null,
    TA: null,
    TAdf: null,
    TAp: null,
    rows: usable.map((t) => t.row),
    slab: usable.map((t) => options.slab?.[t.index] ?? `Study ${t.row}`),
    warnings,
  };
}
