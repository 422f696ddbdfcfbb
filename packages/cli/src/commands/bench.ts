/**
 * `evidens bench meta`: fits many random datasets (see bench/datasets.ts) and reports the fits per second. Datasets
 * are generated in batches outside the timed section; only the `rma` calls are timed. A fit that does not converge
 * counts as a fit and as a failure (metafor's Fisher scoring gives up on the same kind of data).
 */
import { MetaError, rma } from '@evidens/meta';
import { choice, integerOption, parseOptions } from '../args.js';
import { type Datasets, datasetStream, RECIPE } from '../bench/datasets.js';
import { CliError, EXIT_OK } from '../errors.js';
import type { Io } from '../io.js';
import { IV_METHODS, TESTS } from '../meta-analysis/options.js';
import { toJson } from '../output.js';
import type { Command } from './command.js';

const OPTIONS = {
  fits: { type: 'string' },
  k: { type: 'string' },
  method: { type: 'string' },
  seed: { type: 'string' },
  test: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

const HELP = `Usage: evidens bench meta [--fits N] [--k K] [--method M] [--seed S] [--test z|knha]

Times N random-effects fits of random datasets of K studies and prints JSON:
{fits, k, method, test, seed, seconds, fits_per_second, failures, generate_seconds, mean_estimate, mean_tau2}.

Data (from the seed, outside the timed section): vi ~ Uniform(${RECIPE.viMin}, ${RECIPE.viMax}),
yi ~ Normal(${RECIPE.mu}, variance ${RECIPE.tau2} + vi).

Options:
  --fits N      number of fits (default 1000)
  --k K         studies per dataset (default 20)
  --method M    ${IV_METHODS.join(', ')} (default REML)
  --seed S      seed of the generator, 0 to 4294967295 (default 1)
  --test T      z or knha (default z)
  -h, --help    show this help
`;

/** Values generated per batch: enough to amortise, small enough to keep memory flat for any N·K. */
const BATCH_VALUES = 1_000_000;

interface Tally {
  seconds: number;
  failures: number;
  sumEstimate: number;
  sumTau2: number;
}

function fitBatch(batch: Datasets, options: { method: string; test: 'z' | 'knha' }, tally: Tally): void {
  const { k, count } = batch;
  // The engine takes plain arrays; converting is part of the data preparation, not of the fit.
  const inputs = Array.from({ length: count }, (_, j) => ({
    yi: Array.from(batch.yi.subarray(j * k, (j + 1) * k)),
    vi: Array.from(batch.vi.subarray(j * k, (j + 1) * k)),
  }));
  const method = options.method as (typeof IV_METHODS)[number];
  const start = process.hrtime.bigint();
  for (const { yi, vi } of inputs) {
    try {
      const fit = rma({ yi, vi, method, test: options.test });
      tally.sumEstimate += fit.beta[0];
      tally.sumTau2 += fit.tau2;
    } catch (error) {
      if (!(error instanceof MetaError && error.code === 'non_convergence')) throw error;
      tally.failures++;
    }
  }
  tally.seconds += Number(process.hrtime.bigint() - start) / 1e9;
}

async function runMeta(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseOptions('bench meta', argv, OPTIONS);
  if (values.help) {
    io.stdout.write(HELP);
    return EXIT_OK;
  }
  if (positionals.length > 0)
    throw new CliError(`evidens bench meta takes no arguments (got ${positionals.join(' ')})`);
  const fits = integerOption('fits', values.fits ?? '1000', 1, 1e9);
  const k = integerOption('k', values.k ?? '20', 1, 1e8);
  const method = choice('method', values.method ?? 'REML', IV_METHODS);
  const seed = integerOption('seed', values.seed ?? '1', 0, 2 ** 32 - 1);
  const test = choice('test', values.test ?? 'z', TESTS);

  const next = datasetStream(seed, k);
  const perBatch = Math.max(1, Math.floor(BATCH_VALUES / k));
  const tally: Tally = { seconds: 0, failures: 0, sumEstimate: 0, sumTau2: 0 };
  let generateSeconds = 0;
  for (let done = 0; done < fits; ) {
    const count = Math.min(perBatch, fits - done);
    const start = process.hrtime.bigint();
    const batch = next(count);
    generateSeconds += Number(process.hrtime.bigint() - start) / 1e9;
    fitBatch(batch, { method, test }, tally);
    done += count;
  }
  const converged = fits - tally.failures;
  io.stdout.write(
    toJson({
      fits,
      k,
      method,
      test,
      seed,
      seconds: tally.seconds,
      fits_per_second: fits / tally.seconds,
      failures: tally.failures,
      generate_seconds: generateSeconds,
      mean_estimate: converged > 0 ? tally.sumEstimate / converged : null,
      mean_tau2: converged > 0 ? tally.sumTau2 / converged : null,
    }),
  );
  return EXIT_OK;
}

const SUBCOMMANDS: Record<string, (argv: string[], io: Io) => Promise<number>> = { meta: runMeta };

const BENCH_HELP = `Usage: evidens bench <what> [options]

Benchmarks. What:
  meta    fits of the random-effects model on random datasets (evidens bench meta --help)
`;

export const bench: Command = {
  name: 'bench',
  summary: 'benchmarks of the engine (evidens bench meta)',
  help: BENCH_HELP,
  async run(argv, io) {
    const [what, ...rest] = argv;
    if (what === '--help' || what === '-h') {
      io.stdout.write(BENCH_HELP);
      return EXIT_OK;
    }
    if (what === undefined)
      throw new CliError('evidens bench needs what to benchmark: meta (see evidens bench --help)');
    const sub = SUBCOMMANDS[what];
    if (!sub) throw new CliError(`unknown benchmark ${what} (available: ${Object.keys(SUBCOMMANDS).join(', ')})`);
    return sub(rest, io);
  },
};
