/**
 * One simulated screening of a labelled dataset, done as a reviewer would do it: the prior records (drawn at random
 * from the seed) are decided first, then the reviewer always takes the record the model ranks next, its label is
 * revealed, and the model is updated before the next pick. The run stops once every relevant record has been found:
 * from then on recall is 100 % and no metric can change.
 */
import { ScreenError } from '../errors.js';
import type { SparseMatrix } from '../features/sparse.js';
import { deriveSeed, mulberry32, type Random, shuffle } from '../random.js';
import { Screening, type ScreeningOptions } from '../screening.js';
import type { Discoveries } from './metrics.js';

export interface Prior {
  relevant: number;
  irrelevant: number;
}

export interface RunOptions extends ScreeningOptions {
  /** Prior knowledge: how many relevant and irrelevant records the reviewer starts from (default 1 and 1). */
  prior?: Prior;
}

export interface RunResult extends Discoveries {
  /** The prior records, by index. */
  prior: number[];
  /** Model updates made (one per record screened after the prior knowledge). */
  steps: number;
  /** Milliseconds spent deciding and re-ranking, over all steps. */
  ms: number;
}

const REVIEWER = 'simulation';

/** Checks that the dataset has enough records of each kind for the prior knowledge. */
export function checkPrior(labels: Uint8Array, prior: Prior): void {
  const relevant = labels.reduce((s, x) => s + x, 0);
  const irrelevant = labels.length - relevant;
  if (relevant < 1) throw new ScreenError('prior_knowledge', 'the dataset has no relevant record to simulate');
  if (prior.relevant < 1 || prior.irrelevant < 1) {
    throw new ScreenError(
      'prior_knowledge',
      `prior knowledge needs at least one relevant and one irrelevant record (got ${prior.relevant},${prior.irrelevant})`,
    );
  }
  if (prior.relevant >= relevant && relevant > 0) {
    throw new ScreenError(
      'prior_knowledge',
      `prior of ${prior.relevant} relevant leaves none to find: the dataset has ${relevant} relevant records`,
    );
  }
  if (prior.irrelevant > irrelevant) {
    throw new ScreenError(
      'prior_knowledge',
      `prior of ${prior.irrelevant} irrelevant records, but the dataset has ${irrelevant}`,
    );
  }
}

function draw(random: Random, labels: Uint8Array, want: 0 | 1, count: number): number[] {
  const pool = Int32Array.from(labels.keys()).filter((i) => labels[i] === want);
  return Array.from(shuffle(random, pool).subarray(0, count));
}

/**
 * Run number `run` of a simulation on `matrix` with true `labels` (1 relevant, 0 irrelevant).
 *
 * @example
 * const r = simulateRun(matrix, labels, { model: 'nb', seed: 1 }, 0);
 * wss(r, 0.95); // work saved at 95 % recall in this run
 */
export function simulateRun(matrix: SparseMatrix, labels: Uint8Array, options: RunOptions = {}, run = 0): RunResult {
  const prior = options.prior ?? { relevant: 1, irrelevant: 1 };
  checkPrior(labels, prior);
  const seed = deriveSeed(options.seed ?? 1, run);
  const random = mulberry32(seed);
  const priorRecords = [...draw(random, labels, 1, prior.relevant), ...draw(random, labels, 0, prior.irrelevant)];
  const screening = new Screening(matrix, { ...options, seed });
  for (const record of priorRecords) screening.decide({ record, reviewer: REVIEWER, include: labels[record] === 1 });
  const relevant = labels.reduce((s, x) => s + x, 0) - prior.relevant;
  const positions: number[] = [];
  let steps = 0;
  let ms = 0;
  while (positions.length < relevant) {
    const start = performance.now();
    const next = screening.nextFor(REVIEWER);
    if (next === null) break;
    screening.decide({ record: next, reviewer: REVIEWER, include: labels[next] === 1 });
    ms += performance.now() - start;
    steps++;
    if (labels[next] === 1) positions.push(steps);
  }
  return { records: labels.length - priorRecords.length, relevant, positions, prior: priorRecords, steps, ms };
}
