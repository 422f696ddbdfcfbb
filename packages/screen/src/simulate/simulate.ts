/**
 * A simulation of several runs (run.ts), each with its own prior records, summarised by the mean and standard
 * deviation of every metric (metrics.ts), the mean recall curve, the time per step, and the random-order expectation
 * (baseline.ts) beside them.
 */
import { inRange } from '../errors.js';
import type { SparseMatrix } from '../features/sparse.js';
import { type Baseline, randomBaseline } from './baseline.js';
import { atd, recallAt, rrf, wss } from './metrics.js';
import { type RunOptions, type RunResult, simulateRun } from './run.js';

export interface SimulateOptions extends RunOptions {
  /** Number of runs (default 15). */
  runs?: number;
  /** Told after each run, for progress. */
  onRun?: (done: number, result: RunResult) => void;
}

/** Mean and sample standard deviation (0 for one run). */
export interface Spread {
  mean: number;
  sd: number;
}

export interface SimulationSummary {
  runs: number;
  /** Records and relevant records in the dataset (prior knowledge included). */
  records: number;
  relevant: number;
  /** Work saved over sampling at 95 % and 100 % recall, relevant records found after 10 %, average time to discovery. */
  wss95: Spread;
  wss100: Spread;
  rrf10: Spread;
  atd: Spread;
  /** Mean milliseconds per step (decision, model update, re-ranking), over all steps of all runs. */
  msPerStep: number;
  /** Mean recall (0 to 1) after screening each share in `curve.screened` (0, 0.05, …, 1) of the records. */
  curve: { screened: number[]; recall: number[] };
  /** The same metrics for random-order screening (expected values). */
  random: Baseline;
  perRun: RunResult[];
}

function spread(xs: number[]): Spread {
  const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
  const ss = xs.reduce((s, x) => s + (x - mean) ** 2, 0);
  return { mean, sd: xs.length > 1 ? Math.sqrt(ss / (xs.length - 1)) : 0 };
}

/**
 * Simulates `runs` screenings of `matrix` with `labels` and summarises them (shares from 0 to 1).
 *
 * @example
 * const s = simulate(matrix, labels, { model: 'nb', runs: 15, seed: 1 });
 * s.wss95.mean; // e.g. 0.71
 */
export function simulate(matrix: SparseMatrix, labels: Uint8Array, options: SimulateOptions = {}): SimulationSummary {
  const runs = inRange('runs', options.runs ?? 15, 1, 1e6);
  const perRun: RunResult[] = [];
  for (let r = 0; r < runs; r++) {
    const result = simulateRun(matrix, labels, options, r);
    perRun.push(result);
    options.onRun?.(r + 1, result);
  }
  const screened = Array.from({ length: 21 }, (_, i) => i / 20);
  const recall = screened.map((p) => {
    const values = perRun.map((d) => recallAt(d, Math.floor(p * d.records + 1e-9)));
    return values.reduce((s, x) => s + x, 0) / runs;
  });
  const steps = perRun.reduce((s, d) => s + d.steps, 0);
  const first = perRun[0];
  return {
    runs,
    records: labels.length,
    relevant: labels.reduce((s, x) => s + x, 0),
    wss95: spread(perRun.map((d) => wss(d, 0.95))),
    wss100: spread(perRun.map((d) => wss(d, 1))),
    rrf10: spread(perRun.map((d) => rrf(d, 0.1))),
    atd: spread(perRun.map((d) => atd(d))),
    msPerStep: steps > 0 ? perRun.reduce((s, d) => s + d.ms, 0) / steps : 0,
    curve: { screened, recall },
    random: randomBaseline({ records: first.records, relevant: first.relevant }),
    perRun,
  };
}
