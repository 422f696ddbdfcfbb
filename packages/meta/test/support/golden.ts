/**
 * The golden files written by validation/metafor/make-golden.R (metafor's answers), and the rebuilding of each case's
 * input from the shared CSV file exactly as the R script does: the same row filter, column mapping, escalc options,
 * moderator transforms and model settings.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TestContext } from 'node:test';
import {
  type CorrectionTarget,
  type EscalcResult,
  escalc,
  type IvMethod,
  type Measure,
  type Moderator,
  type RmaResult,
  rma,
  type TestType,
} from '@evidens/meta';
import { type Cell, numeric, readDataset, repoRoot, sharedOrSkip } from './shared.js';

export const goldenDir = join(repoRoot, 'validation', 'metafor', 'golden');

export interface GoldenFilter {
  column: string;
  equals: string;
}

export interface GoldenMod {
  /** Coefficient name as metafor prints it (the column name). */
  name: string;
  column: string;
  /** null (as is), "cap3" (min(x, 3)) or "center:<value>" (x − value). */
  transform: string | null;
}

export interface GoldenModelInput {
  measure: Measure;
  /** metafor argument name → dataset column, e.g. { ai: "tpos", bi: "tneg", … } or { yi: "yi", sei: "sei" }. */
  columns: Record<string, string>;
  /** metafor argument → "sqrt" (square root of the mapped column, e.g. sei from a column of variances); absent or null. */
  column_transforms?: Record<string, 'sqrt'> | null;
  filter: GoldenFilter | null;
  add: number | null;
  to: CorrectionTarget | null;
  drop00: boolean | null;
  method: IvMethod;
  test: TestType;
  mods: GoldenMod[];
}

export interface GoldenFit {
  k: number;
  names: string[];
  beta: number[];
  se: number[];
  zval: number[];
  pval: number[];
  ci_lb: number[];
  ci_ub: number[];
  tau2: number;
  se_tau2: number | null;
  QE: number;
  QE_df: number;
  QE_p: number;
  QM: number | null;
  QM_df: [number, number | null] | null;
  QM_p: number | null;
  I2: number;
  H2: number;
  pi_lb: number | null;
  pi_ub: number | null;
}

/** [estimate, lower, upper] */
export type GoldenInterval = [number, number, number];

export interface GoldenEscalc {
  yi: (number | null)[];
  vi: (number | null)[];
}

interface GoldenCommon {
  case: string;
  dataset: string;
  subset: string | null;
  call: string;
  metafor: string;
  escalc: GoldenEscalc;
}

export interface GoldenModelCase extends GoldenCommon {
  input: GoldenModelInput;
  fit: GoldenFit;
  confint: { tau2: GoldenInterval; tau: GoldenInterval; I2: GoldenInterval; H2: GoldenInterval } | null;
}

export interface GoldenTableCase extends GoldenCommon {
  input: {
    kind: 'rma.mh' | 'rma.peto';
    measure: 'OR' | 'RR' | 'RD' | 'PETO';
    columns: Record<string, string>;
    filter: GoldenFilter | null;
  };
  fit: {
    k: number;
    k_yi: number;
    beta: number;
    se: number;
    zval: number;
    pval: number;
    ci_lb: number;
    ci_ub: number;
    QE: number;
    QE_df: number;
    QE_p: number;
    I2: number;
    H2: number;
    MH?: number;
    MH_p?: number;
    TA?: number;
    TA_p?: number;
  };
}

/** Every golden file of one folder ("models" or "mh-peto"), in file-name order. */
export function goldenCases<T>(folder: 'models' | 'mh-peto'): T[] {
  const dir = join(goldenDir, folder);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as T);
}

/** A test name that says the dataset and the call. */
export function caseTitle(c: GoldenCommon): string {
  return `${c.case} [${c.dataset}]: ${c.call}`;
}

const datasets = new Map<string, Record<string, Cell[]>>();

/** The dataset's columns after the case's row filter, or null (test skipped) when the shared data are absent. */
export function caseData(t: TestContext, dataset: string, filter: GoldenFilter | null): Record<string, Cell[]> | null {
  const path = sharedOrSkip(t, join('meta-analysis', 'data_metadat', `${dataset}.csv`));
  if (path === null) return null;
  let data = datasets.get(path);
  if (!data) {
    data = readDataset(path);
    datasets.set(path, data);
  }
  if (filter === null) return data;
  // The R script compares the column as text; readDataset has turned "6" into 6, so compare String(x).
  const keep = data[filter.column]
    .map((x, i) => (x !== null && String(x) === filter.equals ? i : -1))
    .filter((i) => i >= 0);
  return Object.fromEntries(Object.entries(data).map(([name, col]) => [name, keep.map((i) => col[i])]));
}

/** The value of one metafor argument: the mapped column, transformed if the case says so. */
function argument(
  data: Record<string, Cell[]>,
  columns: Record<string, string>,
  transforms: Record<string, 'sqrt'> | null | undefined,
  arg: string,
): (number | null)[] {
  const values = numeric(data[columns[arg]]);
  const transform = transforms?.[arg];
  if (transform === undefined) return values;
  if (transform === 'sqrt') return values.map((x) => (x === null ? null : Math.sqrt(x)));
  throw new Error(`unknown column transform ${transform}`);
}

/** The escalc input columns under metafor's argument names. */
export function mappedColumns(
  data: Record<string, Cell[]>,
  columns: Record<string, string>,
  transforms?: Record<string, 'sqrt'> | null,
): Record<string, (number | null)[]> {
  return Object.fromEntries(Object.keys(columns).map((arg) => [arg, argument(data, columns, transforms, arg)]));
}

export function caseEscalc(data: Record<string, Cell[]>, input: GoldenModelInput): EscalcResult {
  return escalc({
    measure: input.measure,
    data: mappedColumns(data, input.columns, input.column_transforms),
    ...(input.add !== null ? { add: input.add } : {}),
    ...(input.to !== null ? { to: input.to } : {}),
    ...(input.drop00 !== null ? { drop00: input.drop00 } : {}),
  });
}

function transformed(values: Cell[], transform: string | null): Cell[] {
  if (transform === null) return values;
  const num = (f: (x: number) => number) => values.map((x) => (typeof x === 'number' ? f(x) : x));
  if (transform === 'cap3') return num((x) => Math.min(x, 3));
  if (transform.startsWith('center:')) {
    const c = Number(transform.slice('center:'.length));
    return num((x) => x - c);
  }
  throw new Error(`unknown transform ${transform}`);
}

export function caseMods(data: Record<string, Cell[]>, mods: GoldenMod[]): Moderator[] {
  return mods.map((m) => ({ name: m.name, values: transformed(data[m.column], m.transform) }));
}

/** The model of a case with the engine's default convergence settings (already at the exact root). */
export function caseFit(data: Record<string, Cell[]>, input: GoldenModelInput, es: EscalcResult): RmaResult {
  const mods = caseMods(data, input.mods);
  // Standard errors given as such go in as sei, so that path is exercised too (metafor squares them the same way).
  const variance =
    input.columns.sei !== undefined
      ? { sei: argument(data, input.columns, input.column_transforms, 'sei') }
      : { vi: es.vi };
  return rma({
    yi: es.yi,
    ...variance,
    method: input.method,
    test: input.test,
    ...(mods.length > 0 ? { mods } : {}),
  });
}
