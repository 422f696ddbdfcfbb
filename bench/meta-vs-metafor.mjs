#!/usr/bin/env node
// Evidens' meta-analysis engine against metafor, as whole processes on the same machine in the same run:
//  1. `evidens bench meta --fits N --k 20 --method REML` and `Rscript bench/meta-vs-metafor.R N 20 SEED` (the same
//     recipe for the random datasets, each side with its own generator), fits per second and their ratio;
//  2. one REML fit of K = 1,000,000 studies with our engine: the fit alone and the whole process;
//  3. the same size through the whole command: `evidens meta` on a 1,000,000-row CSV file.
// Targets: ≥ 20× metafor's fits per second at K = 20; one fit of K = 1,000,000 in under 2 s.
// Our side, a fraction of a second per run, is run --repeat times (default 3) and the median reported with the range;
// metafor's (tens of seconds) once.
// Usage: npm run bench:meta [-- --fits 5000 --seed 1 --big-k 1000000 --repeat 3]   (needs `npm run build` first)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = join(root, 'packages/cli/bin/evidens.js');
const dist = join(root, 'packages/cli/dist');
const rScript = join(root, 'bench/meta-vs-metafor.R');

const { values } = parseArgs({
  options: {
    fits: { type: 'string', default: '5000' },
    seed: { type: 'string', default: '1' },
    'big-k': { type: 'string', default: '1000000' },
    repeat: { type: 'string', default: '3' },
  },
});
const fits = Number(values.fits);
const seed = Number(values.seed);
const bigK = Number(values['big-k']);
const repeat = Math.max(1, Number(values.repeat));

/** Runs `evidens args` `repeat` times; returns the runs sorted by `key` and the median run. */
function repeated(args, key) {
  const runs = Array.from({ length: repeat }, () => {
    const r = evidens(args);
    return { wall: r.wall, ...JSON.parse(r.stdout) };
  }).sort((a, b) => a[key] - b[key]);
  return { runs, median: runs[Math.floor((runs.length - 1) / 2)] };
}

/** Runs a command; returns its stdout, exit status and wall time in seconds. */
function timed(command, args) {
  const start = process.hrtime.bigint();
  const r = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 1 << 26 });
  const wall = Number(process.hrtime.bigint() - start) / 1e9;
  if (r.error) return { ok: false, wall, stdout: '', stderr: String(r.error.message) };
  return { ok: r.status === 0, wall, stdout: r.stdout, stderr: r.stderr };
}

function evidens(args) {
  const r = timed(process.execPath, [bin, ...args]);
  if (!r.ok) throw new Error(`evidens ${args.join(' ')} failed: ${r.stderr.trim()}`);
  return r;
}

function rAvailable() {
  const r = timed('Rscript', ['-e', 'cat(as.character(packageVersion("metafor")))']);
  if (r.ok) return { ok: true, metafor: r.stdout.trim() };
  const reason = /ENOENT/.test(r.stderr) ? 'Rscript is not installed' : 'the R package metafor is not installed';
  return { ok: false, reason };
}

const fmt = (x, d = 1) => x.toLocaleString('en-US', { minimumFractionDigits: d, maximumFractionDigits: d });
const met = (ok) => (ok ? 'met' : 'MISSED');

if (!existsSync(join(dist, 'main.js'))) {
  console.error(`error: ${dist} not found: run npm run build first`);
  process.exit(1);
}

const cpu = cpus();
console.log(`date     ${new Date().toISOString()}`);
console.log(`machine  ${cpu[0]?.model ?? 'unknown CPU'}, ${cpu.length} cores, ${fmt(totalmem() / 2 ** 30)} GiB RAM`);
console.log(`node     ${process.version}`);

// 1. K = 20, N fits, both engines
console.log(`\n1. REML fits of K = 20 studies, N = ${fits} datasets (seed ${seed})`);
const smallArgs = ['bench', 'meta', '--fits', String(fits), '--k', '20', '--method', 'REML', '--seed', String(seed)];
const small = repeated(smallArgs, 'fits_per_second');
const ours = small.median;
const range = `${fmt(small.runs[0].fits_per_second)}–${fmt(small.runs.at(-1).fits_per_second)}`;
console.log(
  `   evidens  ${fmt(ours.fits_per_second)} fits/s  (median of ${repeat} runs, range ${range}; ${fmt(ours.seconds, 3)} s; ` +
    `${ours.failures} did not converge; mean estimate ${fmt(ours.mean_estimate, 4)}, mean tau2 ${fmt(ours.mean_tau2, 4)})`,
);
const r = rAvailable();
let ratio = null;
if (!r.ok) {
  console.log(`   metafor  not run: ${r.reason}`);
} else {
  const run = timed('Rscript', [rScript, String(fits), '20', String(seed), 'REML']);
  if (!run.ok) throw new Error(`Rscript failed: ${run.stderr.trim()}`);
  const theirs = JSON.parse(run.stdout.trim().split('\n').pop());
  ratio = ours.fits_per_second / theirs.fits_per_second;
  console.log(`   R        ${theirs.R}, metafor ${theirs.metafor}`);
  console.log(
    `   metafor  ${fmt(theirs.fits_per_second)} fits/s  (${fmt(theirs.seconds, 3)} s; ${theirs.failures} did not converge; ` +
      `mean estimate ${fmt(theirs.mean_estimate, 4)}, mean tau2 ${fmt(theirs.mean_tau2, 4)})`,
  );
  console.log(`   ratio    ${fmt(ratio)}×  (target ≥ 20×: ${met(ratio >= 20)})`);
}

// 2. One fit of K = 1,000,000
console.log(`\n2. One REML fit of K = ${bigK.toLocaleString('en-US')} studies`);
const bigArgs = ['bench', 'meta', '--fits', '1', '--k', String(bigK), '--method', 'REML', '--seed', String(seed)];
const bigRuns = repeated(bigArgs, 'seconds');
const big = bigRuns.median;
const fitRange = `${fmt(bigRuns.runs[0].seconds, 3)}–${fmt(bigRuns.runs.at(-1).seconds, 3)}`;
console.log(
  `   fit alone       ${fmt(big.seconds, 3)} s  (median of ${repeat}, range ${fitRange}; target < 2 s: ${met(big.seconds < 2)})`,
);
console.log(
  `   whole process   ${fmt(big.wall, 3)} s  (node start, data generation ${fmt(big.generate_seconds, 3)} s, fit, output)`,
);

// 3. The same size through `evidens meta` from a CSV file
const dir = mkdtempSync(join(tmpdir(), 'evidens-bench-'));
try {
  const { datasetStream } = await import(join(dist, 'bench/datasets.js'));
  const { yi, vi } = datasetStream(seed, bigK)(1);
  const lines = ['yi,vi'];
  for (let i = 0; i < bigK; i++) lines.push(`${yi[i]},${vi[i]}`);
  const file = join(dir, 'studies.csv');
  writeFileSync(file, `${lines.join('\n')}\n`);
  const viaCsv = evidens(['meta', file, '--measure', 'GEN', '--method', 'REML', '--json']);
  const k = JSON.parse(viaCsv.stdout).k;
  console.log(
    `   evidens meta on a ${k.toLocaleString('en-US')}-row CSV file (read, check, fit, print): ${fmt(viaCsv.wall, 3)} s`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
