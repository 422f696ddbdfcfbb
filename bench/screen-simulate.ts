/**
 * Prioritised screening, simulated on the labelled reference datasets, and the time one ranking update takes.
 *
 *   node --conditions=source --import tsx bench/screen-simulate.ts [--runs 15] [--models nb,lr,svm] [--jobs 2]
 *                                                                   [--sizes 10000,100000] [--label included]
 *
 * 1. Simulation: every dataset under screening/ of the shared reference data (../shared/data or $EVIDENS_SHARED),
 *    each model, --runs runs with 1 relevant + 1 irrelevant prior record (seed 1), as `evidens screen simulate`
 *    does; the (dataset, model) pairs are shared among --jobs worker processes. Prints one Markdown row per dataset:
 *    WSS@95, WSS@100, RRF@10 and ATD (mean of the runs, percentages), random order's expected values, and the mean
 *    time per step.
 * 2. Update time: a screening of N records (the reference records cycled to N, each copy with a random 30 % of its
 *    words left out, so that no two rows are equal) with a realistic number already screened (1 %, at least 100,
 *    half of them relevant); then 30 steps of "decide one record, update the model, pick the next", timed each.
 *    Prints the median and the largest step per model and N.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import {
  featurize,
  LABEL_COLUMNS,
  type LabelName,
  labelsOf,
  MODELS,
  type ModelName,
  mulberry32,
  readLabelledCsv,
  Screening,
  simulate,
  type TextFields,
} from '@evidens/screen';
import { sharedDataDir } from '../test-support/shared-data.js';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '15' },
    models: { type: 'string', default: MODELS.join(',') },
    jobs: { type: 'string', default: '2' },
    sizes: { type: 'string', default: '10000,100000' },
    label: { type: 'string', default: 'included' },
    worker: { type: 'string' },
  },
});
const runs = Number(values.runs);
const models = values.models.split(',') as ModelName[];
const column = LABEL_COLUMNS[values.label as LabelName];
const root = join(sharedDataDir(), 'screening');

function datasets(): string[] {
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.csv'))
    .map((f) => join(root, f))
    .sort();
}

interface Row {
  dataset: string;
  model: ModelName;
  records: number;
  relevant: number;
  wss95: number;
  wss100: number;
  rrf10: number;
  atd: number;
  sd95: number;
  random: { wss95: number; wss100: number; rrf10: number; atd: number };
  msPerStep: number;
  seconds: number;
}

/** A worker: simulates the (dataset, model) pairs it is given and prints one JSON line per pair. */
async function work(pairs: [string, ModelName][]): Promise<void> {
  for (const [file, model] of pairs) {
    const start = performance.now();
    const { records } = await readLabelledCsv(file);
    const labels = labelsOf(records, column);
    const s = simulate(featurize(records).matrix, labels, { model, runs, seed: 1 });
    const row: Row = {
      dataset: basename(file, '.csv'),
      model,
      records: s.records,
      relevant: s.relevant,
      wss95: 100 * s.wss95.mean,
      wss100: 100 * s.wss100.mean,
      rrf10: 100 * s.rrf10.mean,
      atd: 100 * s.atd.mean,
      sd95: 100 * s.wss95.sd,
      random: {
        wss95: 100 * s.random.wss95,
        wss100: 100 * s.random.wss100,
        rrf10: 100 * s.random.rrf10,
        atd: 100 * s.random.atd,
      },
      msPerStep: s.msPerStep,
      seconds: (performance.now() - start) / 1000,
    };
    process.stdout.write(`${JSON.stringify(row)}\n`);
  }
}

function spawnWorker(pairs: [string, ModelName][], onRow: (row: Row) => void): Promise<void> {
  const self = fileURLToPath(import.meta.url);
  const args = [...process.execArgv, self, '--runs', String(runs), '--label', values.label, '--worker'];
  const child = spawn(process.execPath, [...args, JSON.stringify(pairs)], { stdio: ['ignore', 'pipe', 'inherit'] });
  let buffer = '';
  child.stdout.on('data', (chunk: Buffer) => {
    buffer += chunk.toString();
    for (let i = buffer.indexOf('\n'); i >= 0; i = buffer.indexOf('\n')) {
      onRow(JSON.parse(buffer.slice(0, i)) as Row);
      buffer = buffer.slice(i + 1);
    }
  });
  return new Promise((done, fail) =>
    child.on('close', (code) => (code === 0 ? done() : fail(new Error(`worker ${code}`)))),
  );
}

const f1 = (x: number) => x.toFixed(1);

async function simulations(): Promise<void> {
  const files = datasets();
  // Longest first, so that the workers finish together.
  const pairs = files.flatMap((f) => models.map((m): [string, ModelName] => [f, m]));
  const jobs = Math.max(1, Number(values.jobs));
  const shares: [string, ModelName][][] = Array.from({ length: jobs }, () => []);
  for (const [i, t] of pairs.entries()) shares[i % jobs].push(t);
  const rows: Row[] = [];
  const start = performance.now();
  await Promise.all(shares.map((share) => spawnWorker(share, (row) => rows.push(row))));
  const wall = (performance.now() - start) / 1000;
  console.log(`\n### Simulation: ${runs} runs, prior 1 + 1, seed 1, label ${column}\n`);
  console.log(
    `${files.length} datasets × ${models.length} models in ${wall.toFixed(0)} s wall time on ${jobs} processes\n`,
  );
  for (const model of models) {
    const mine = rows.filter((r) => r.model === model).sort((a, b) => a.dataset.localeCompare(b.dataset));
    console.log(`\n#### ${model}\n`);
    console.log(
      '| dataset | records | relevant | WSS@95 (sd) | WSS@100 | RRF@10 | ATD | random WSS@95 / RRF@10 / ATD | ms/step |',
    );
    console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|');
    for (const r of mine) {
      console.log(
        `| ${r.dataset} | ${r.records} | ${r.relevant} | ${f1(r.wss95)} (${f1(r.sd95)}) | ${f1(r.wss100)} | ` +
          `${f1(r.rrf10)} | ${f1(r.atd)} | ${f1(r.random.wss95)} / ${f1(r.random.rrf10)} / ${f1(r.random.atd)} | ` +
          `${r.msPerStep.toFixed(2)} |`,
      );
    }
    const mean = (f: (r: Row) => number) => f1(mine.reduce((s, r) => s + f(r), 0) / mine.length);
    console.log(
      `| **mean** | | | **${mean((r) => r.wss95)}** | ${mean((r) => r.wss100)} | ${mean((r) => r.rrf10)} | ` +
        `${mean((r) => r.atd)} | ${mean((r) => r.random.wss95)} / ${mean((r) => r.random.rrf10)} / ` +
        `${mean((r) => r.random.atd)} | ${mean((r) => r.msPerStep)} |`,
    );
    const below = mine.filter((r) => r.wss95 <= r.random.wss95).map((r) => r.dataset);
    console.log(`\nbelow random order on WSS@95: ${below.length === 0 ? 'none' : below.join(', ')}`);
    const seconds = mine.reduce((s, r) => s + r.seconds, 0);
    console.log(`CPU time for this model: ${seconds.toFixed(0)} s`);
  }
}

/** The reference records cycled to `n`, each copy after the first with 30 % of its words left out. */
function corpus(
  pool: { record: TextFields; label: number }[],
  n: number,
): { records: TextFields[]; labels: Uint8Array } {
  const random = mulberry32(11);
  const drop = (text: string | undefined) =>
    text
      ?.split(' ')
      .filter(() => random() >= 0.3)
      .join(' ');
  const records: TextFields[] = [];
  const labels = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const { record, label } = pool[i % pool.length];
    records.push(
      i < pool.length
        ? record
        : { title: drop(record.title), abstract: drop(record.abstract), keywords: record.keywords ?? [] },
    );
    labels[i] = label;
  }
  return { records, labels };
}

async function updateTimes(): Promise<void> {
  const pool: { record: TextFields; label: number }[] = [];
  for (const file of datasets()) {
    const { records } = await readLabelledCsv(file);
    const labels = labelsOf(records, LABEL_COLUMNS.included);
    for (const [i, record] of records.entries()) pool.push({ record, label: labels[i] });
  }
  console.log('\n### Time of one update (decide, update the model, pick the next record)\n');
  console.log(
    '| records | vocabulary | non-zeros | features built in | model | screened before | median ms | max ms |',
  );
  console.log('|---:|---:|---:|---:|---|---:|---:|---:|');
  for (const n of values.sizes.split(',').map(Number)) {
    const { records, labels } = corpus(pool, n);
    const start = performance.now();
    const { matrix, vocabulary } = featurize(records);
    const built = (performance.now() - start) / 1000;
    const screenedBefore = Math.max(100, Math.round(n / 100));
    for (const model of models) {
      const screening = new Screening(matrix, { model });
      const relevant = Array.from(labels.keys()).filter((i) => labels[i] === 1);
      const irrelevant = Array.from(labels.keys()).filter((i) => labels[i] === 0);
      for (let k = 0; k < screenedBefore; k++) {
        const record = k % 2 === 0 ? relevant[k >> 1] : irrelevant[k >> 1];
        screening.decide({ record, reviewer: 'r', include: labels[record] === 1 });
      }
      let next = screening.nextFor('r');
      const times: number[] = [];
      for (let step = 0; step < 30 && next !== null; step++) {
        const t = performance.now();
        screening.decide({ record: next, reviewer: 'r', include: labels[next] === 1 });
        next = screening.nextFor('r');
        times.push(performance.now() - t);
      }
      times.sort((a, b) => a - b);
      console.log(
        `| ${n.toLocaleString('en')} | ${vocabulary.terms.length.toLocaleString('en')} | ` +
          `${matrix.indices.length.toLocaleString('en')} | ${built.toFixed(1)} s | ${model} | ${screenedBefore} | ` +
          `${times[times.length >> 1].toFixed(1)} | ${times[times.length - 1].toFixed(1)} |`,
      );
    }
  }
}

if (values.worker) {
  await work(JSON.parse(values.worker) as [string, ModelName][]);
} else {
  if (!existsSync(root)) {
    console.error(`reference data not found at ${root} (set EVIDENS_SHARED to the shared data folder)`);
    process.exit(1);
  }
  console.log(
    `Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB`,
  );
  await simulations();
  await updateTimes();
}
