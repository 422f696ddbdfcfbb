/**
 * `evidens screen simulate`: replays a labelled dataset as a reviewer would screen it with prioritised screening and
 * reports how much work the ranking saved (WSS@95, WSS@100), how much it found early (RRF@10), how soon it found
 * relevant records on average (ATD), the mean recall curve, and the time per model update, beside what random order
 * would give. The metrics' definitions are in @evidens/screen (simulate/metrics.ts).
 */
import { resolve } from 'node:path';
import type { ReadIssue } from '@evidens/biblio';
import {
  DEFAULT_MODEL,
  featurize,
  LABEL_COLUMNS,
  type LabelName,
  labelsOf,
  MODELS,
  type Prior,
  readLabelledCsv,
  ScreenError,
  type SimulationSummary,
  simulate,
} from '@evidens/screen';
import { choice, integerOption, parseOptions } from '../args.js';
import { CliError, EXIT_OK } from '../errors.js';
import type { Io } from '../io.js';
import { renderTable, toJson } from '../output.js';
import { meter, progress } from '../progress.js';
import type { Command } from './command.js';

const OPTIONS = {
  model: { type: 'string' },
  prior: { type: 'string' },
  runs: { type: 'string' },
  seed: { type: 'string' },
  label: { type: 'string' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

const HELP = `Usage: evidens screen simulate DATASET.csv [--model ${MODELS.join('|')}] [--prior 1,1] [--runs 15] [--seed 1]
                                [--label included|abstract] [--json]

Replays a labelled dataset (CSV with title, abstract, optional keywords, and a 0/1 label column) as a reviewer would
screen it: start from the prior records (drawn at random from the seed, different in each run), always take the
record the model ranks first, reveal its label, update the model, until every relevant record is found.

Prints the mean recall curve and, averaged over the runs (prior records not counted):
  WSS@95, WSS@100  work saved over sampling: share of records left unscreened when 95 % (100 %) of the relevant
                   records are found, minus the 5 % (0 %) random screening would leave (Cohen et al. 2006)
  RRF@10           share of the relevant records found after screening 10 % of the records
  ATD              average time to discovery: mean share of the records screened before each relevant one is found
                   (Ferdinands et al. 2023)
and the milliseconds per step (model update and re-ranking), beside the expected values for random order.

Options:
  --model M     ${MODELS.join(', ')}: naive Bayes, logistic regression, linear SVM (default ${DEFAULT_MODEL})
  --prior R,I   prior knowledge: relevant and irrelevant records to start from (default 1,1)
  --runs N      runs to average, 1 to 1000 (default 15)
  --seed S      seed of the draws, 0 to 4294967295 (default 1)
  --label L     included: the final inclusions, label_included (default; what ASReview's benchmarks use)
                abstract: inclusions after title/abstract screening, label_abstract_screening
  --json        print one JSON object: {runs, records, relevant, wss95, wss100, rrf10, atd, ms_per_step, …}
                (percentages from 0 to 100)
  -h, --help    show this help
`;

function priorOption(value: string): Prior {
  const m = /^\s*(\d+)\s*,\s*(\d+)\s*$/.exec(value);
  const relevant = m ? Number(m[1]) : 0;
  const irrelevant = m ? Number(m[2]) : 0;
  if (!(relevant >= 1 && irrelevant >= 1 && relevant <= 1e6 && irrelevant <= 1e6)) {
    throw new CliError(
      `option --prior must be two whole numbers R,I, each at least 1 (relevant, irrelevant records; got ${value})`,
    );
  }
  return { relevant, irrelevant };
}

async function load(path: string, io: Io) {
  try {
    return await readLabelledCsv(resolve(io.cwd, path));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new CliError(`cannot read ${path}: no such file`);
    if (code === 'EISDIR') throw new CliError(`cannot read ${path}: it is a directory`);
    if (code === 'EACCES') throw new CliError(`cannot read ${path}: permission denied`);
    if (typeof code === 'string' && code.startsWith('CSV_'))
      throw new CliError(`cannot read ${path}: ${String(error)}`);
    throw error;
  }
}

const pct = (x: number) => 100 * x;
const fmt = (x: number) => `${pct(x).toFixed(1)}%`;

/** The reader's issues as lines: "line 12: …". */
function warningsOf(issues: readonly ReadIssue[]): string[] {
  return issues.map((i) => `${i.line !== undefined ? `line ${i.line}: ` : ''}${i.message}`);
}

function printText(file: string, setup: Setup, s: SimulationSummary, warnings: string[], io: Io): void {
  const out: string[] = [];
  out.push(`Simulated screening of ${file}`);
  out.push(
    `${s.records} records, ${s.relevant} relevant (${setup.column}); model ${setup.model}; prior ` +
      `${setup.prior.relevant} relevant + ${setup.prior.irrelevant} irrelevant; ${s.runs} runs; seed ${setup.seed}`,
  );
  out.push('', `Mean recall by records screened (prior records not counted; random order: the diagonal)`);
  const rows = s.curve.screened.map((p, i) => {
    const r = s.curve.recall[i];
    return [`${Math.round(p * 100)}%`, fmt(r), '█'.repeat(Math.round(r * 40))];
  });
  out.push(
    ...renderTable(
      ['screened', 'recall', ''],
      rows.map((r) => r.slice(0, 2)),
    ).map((l, i) => `${l}  ${i === 0 ? '' : rows[i - 1][2]}`.trimEnd()),
  );
  out.push('');
  const metric = (m: { mean: number; sd: number }, random: number) => [fmt(m.mean), fmt(m.sd), fmt(random)];
  out.push(
    ...renderTable(
      ['mean', 'sd', 'random order'],
      [
        metric(s.wss95, s.random.wss95),
        metric(s.wss100, s.random.wss100),
        metric(s.rrf10, s.random.rrf10),
        metric(s.atd, s.random.atd),
      ],
      ['WSS@95', 'WSS@100', 'RRF@10', 'ATD'],
    ),
  );
  out.push('', `time per step (model update and re-ranking): ${s.msPerStep.toFixed(2)} ms`);
  if (warnings.length > 0) out.push('', `warnings from reading ${file}:`, ...warnings.map((w) => `  ${w}`));
  io.stdout.write(`${out.join('\n')}\n`);
}

interface Setup {
  model: (typeof MODELS)[number];
  prior: Prior;
  seed: number;
  label: LabelName;
  column: string;
}

function jsonOf(file: string, setup: Setup, s: SimulationSummary, warnings: string[]) {
  return {
    runs: s.runs,
    records: s.records,
    relevant: s.relevant,
    wss95: pct(s.wss95.mean),
    wss100: pct(s.wss100.mean),
    rrf10: pct(s.rrf10.mean),
    atd: pct(s.atd.mean),
    ms_per_step: s.msPerStep,
    file,
    label: setup.column,
    model: setup.model,
    prior: setup.prior,
    seed: setup.seed,
    sd: { wss95: pct(s.wss95.sd), wss100: pct(s.wss100.sd), rrf10: pct(s.rrf10.sd), atd: pct(s.atd.sd) },
    random: {
      wss95: pct(s.random.wss95),
      wss100: pct(s.random.wss100),
      rrf10: pct(s.random.rrf10),
      atd: pct(s.random.atd),
    },
    curve: s.curve.screened.map((p, i) => ({ screened: pct(p), recall: pct(s.curve.recall[i]) })),
    warnings,
  };
}

async function runSimulate(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseOptions('screen simulate', argv, OPTIONS);
  if (values.help) {
    io.stdout.write(HELP);
    return EXIT_OK;
  }
  if (positionals.length !== 1) {
    throw new CliError('evidens screen simulate needs one labelled dataset (CSV) (see evidens screen simulate --help)');
  }
  const [file] = positionals;
  const label = choice('label', values.label ?? 'included', Object.keys(LABEL_COLUMNS) as LabelName[]);
  const setup: Setup = {
    model: choice('model', values.model ?? DEFAULT_MODEL, MODELS),
    prior: priorOption(values.prior ?? '1,1'),
    seed: integerOption('seed', values.seed ?? '1', 0, 2 ** 32 - 1),
    label,
    column: LABEL_COLUMNS[label],
  };
  const runs = integerOption('runs', values.runs ?? '15', 1, 1000);
  const { records, issues } = await load(file, io);
  const bar = progress(io.stderr);
  try {
    const labels = labelsOf(records, setup.column);
    const { matrix } = featurize(records);
    const summary = simulate(matrix, labels, {
      model: setup.model,
      prior: setup.prior,
      seed: setup.seed,
      runs,
      onRun: (done) => bar.update(`${file}: ${meter(done / runs)}, run ${done} of ${runs}`),
    });
    bar.done();
    const warnings = warningsOf(issues);
    if (values.json) io.stdout.write(toJson(jsonOf(file, setup, summary, warnings)));
    else printText(file, setup, summary, warnings, io);
    return EXIT_OK;
  } catch (error) {
    bar.done();
    if (error instanceof ScreenError) throw new CliError(`${file}: ${error.message}`);
    throw error;
  }
}

const SUBCOMMANDS: Record<string, (argv: string[], io: Io) => Promise<number>> = { simulate: runSimulate };

const SCREEN_HELP = `Usage: evidens screen <what> [options]

Prioritised title/abstract screening. What:
  simulate   replay a labelled dataset and measure the ranking (evidens screen simulate --help)
`;

export const screen: Command = {
  name: 'screen',
  summary: 'prioritised screening: simulate on a labelled dataset (evidens screen simulate)',
  help: SCREEN_HELP,
  async run(argv, io) {
    const [what, ...rest] = argv;
    if (what === '--help' || what === '-h') {
      io.stdout.write(SCREEN_HELP);
      return EXIT_OK;
    }
    if (what === undefined) throw new CliError('evidens screen needs what to do: simulate (see evidens screen --help)');
    const sub = SUBCOMMANDS[what];
    if (!sub) throw new CliError(`unknown screen command ${what} (available: ${Object.keys(SUBCOMMANDS).join(', ')})`);
    return sub(rest, io);
  },
};
