/**
 * The options of `evidens meta`, checked against explicit lists before any data is read. Method names follow metafor:
 * the inverse-variance models of `rma` (EE, alias FE, and the τ² estimators), Mantel–Haenszel (`rma.mh`) and Peto's
 * method (`rma.peto`).
 */
import { CORRECTION_TARGETS, type CorrectionTarget, MEASURES, type Measure, TAU2_METHODS } from '@evidens/meta';
import { choice, numberOption } from '../args.js';
import { CliError } from '../errors.js';

export const METHODS = ['EE', 'FE', ...TAU2_METHODS, 'MH', 'PETO'] as const;
export type MethodName = (typeof METHODS)[number];
/** Inverse-variance methods, fitted by `rma`. */
export const IV_METHODS = ['EE', 'FE', ...TAU2_METHODS] as const;
export const TESTS = ['z', 'knha'] as const;
/** Measures on a log scale: their estimates are also shown back-transformed with exp. */
export const RATIO_MEASURES: readonly string[] = ['RR', 'OR', 'PETO', 'ROM'];

/** Measures each pooling method that is not inverse-variance accepts (metafor's rma.mh and rma.peto). */
const POOLED_MEASURES: Record<'MH' | 'PETO', readonly Measure[]> = { MH: ['OR', 'RR', 'RD'], PETO: ['PETO', 'OR'] };

export type OutputFormat = 'text' | 'json' | 'csv';

export interface MetaRequest {
  /** File name, or "-" for standard input. */
  file: string;
  measure: Measure;
  method: MethodName;
  test: (typeof TESTS)[number];
  mods: string[];
  level: number;
  add: number;
  to: CorrectionTarget;
  format: OutputFormat;
}

export interface MetaValues {
  measure?: string;
  method?: string;
  test?: string;
  mods?: string;
  level?: string;
  add?: string;
  to?: string;
  json?: boolean;
  csv?: boolean;
}

export function metaRequest(values: MetaValues, positionals: string[]): MetaRequest {
  if (positionals.length > 1) {
    throw new CliError(`evidens meta takes one input file (got ${positionals.length}: ${positionals.join(' ')})`);
  }
  if (values.measure === undefined) {
    throw new CliError(`option --measure is required: one of ${MEASURES.join(', ')}`);
  }
  const measure = choice('measure', values.measure, MEASURES);
  const method = choice('method', values.method ?? 'REML', METHODS);
  const test = values.test === undefined ? 'z' : choice('test', values.test, TESTS);
  const mods = values.mods === undefined ? [] : values.mods.split(',').map((m) => m.trim());
  if (mods.some((m) => m === ''))
    throw new CliError(`option --mods must be column names separated by commas (got ${values.mods})`);
  if (new Set(mods).size < mods.length) throw new CliError(`option --mods names a column twice (got ${values.mods})`);
  const level =
    values.level === undefined
      ? 95
      : numberOption('level', values.level, (x) => x > 0 && x < 100, 'a number between 0 and 100, e.g. 95');
  const add =
    values.add === undefined ? 0.5 : numberOption('add', values.add, (x) => x >= 0, 'zero or a positive number');
  const to = values.to === undefined ? 'only0' : choice('to', values.to, CORRECTION_TARGETS);
  if (values.json && values.csv) throw new CliError('options --json and --csv cannot be combined');
  const format: OutputFormat = values.json ? 'json' : values.csv ? 'csv' : 'text';

  if (method === 'MH' || method === 'PETO') {
    const allowed = POOLED_MEASURES[method];
    if (!allowed.includes(measure)) {
      throw new CliError(`--method ${method} works with --measure ${allowed.join(' or ')} (got ${measure})`);
    }
    if (mods.length > 0) {
      throw new CliError(
        `option --mods cannot be used with --method ${method}; use an inverse-variance method such as REML`,
      );
    }
    if (test === 'knha')
      throw new CliError(`option --test knha cannot be used with --method ${method} (its tests are z tests)`);
  }
  return { file: positionals[0] ?? '-', measure, method, test, mods, level, add, to, format };
}
