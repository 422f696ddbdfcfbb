// Deduplication benchmark:
//  1. the labelled sets in ../shared/data/dedup (cytology screening, haematology, special cases): sensitivity,
//     specificity (record level, as packages/biblio/src/dedup/evaluate.ts counts them) and time per set;
//  2. 100,000 records built deterministically from those sets and deduplicated in one run: time, CPU time, peak
//     memory, and the same accuracy counts against the known truth of the built set.
// The 100,000 are replicas of the labelled records (all three sets, about 31 times over). Each replica is a different
// set of publications: two words in three of every title are replaced by made-up words of that replica (a word always
// by the same made-up word, so titles of different replicas share about a third of their words, as titles from one
// topical search do), the years move back two years per replica, and volumes and pages move on, so that no record
// is a duplicate of a record in another replica. Within a replica the labelled groups stay groups, and every record
// is then perturbed on its own (seeded): a typing error in the title (15 %), the title in upper or lower case (10 %),
// no DOI (50 %; records without a DOI of their own get one made up for their publication), the page range written
// "288-297", "288–97" or "288--297", no journal (10 %), given names cut to initials (20 %), the author list cut to
// three (10 %), and ids prefixed with the replica.
// Usage: node --conditions=source --import tsx bench/dedup.ts [--records 100000] [--seed 1] [--repeat 3]

import { readFile } from 'node:fs/promises';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { type BibRecord, deduplicate, readAll, scoreDeduplication } from '@evidens/biblio';
import { sharedDataDir } from '../test-support/shared-data.js';

const SETS = ['cytology_screening', 'haematology', 'special_cases'] as const;

const { values } = parseArgs({
  options: {
    records: { type: 'string', default: '100000' },
    seed: { type: 'string', default: '1' },
    repeat: { type: 'string', default: '3' },
  },
});
const target = Number(values.records);
const seed = Number(values.seed);
const repeat = Math.max(1, Number(values.repeat));

interface LabelledSet {
  name: string;
  records: BibRecord[];
  truth: string[][];
}

async function loadSet(name: string): Promise<LabelledSet> {
  const dir = join(sharedDataDir(), 'dedup', name);
  const { records, issues } = await readAll({ path: join(dir, 'records_pre_merged.csv') }, { format: 'csv' });
  const fatal = issues.find((i) => i.code === 'unknown_format');
  if (fatal) throw new Error(`${name}: ${fatal.message}`);
  const lines = (await readFile(join(dir, 'merged_record_ids.csv'), 'utf8')).split(/\r?\n/).slice(1);
  const truth = lines
    .map((l) => l.replace(/"/g, '').trim())
    .filter((l) => l !== '')
    .map((l) => l.split(';'));
  return { name, records, truth };
}

/** mulberry32: a small seeded generator (T. Ettinger), enough for reproducible perturbations. */
function mulberry32(a: number): () => number {
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = ['ka', 'lo', 'mi', 'ren', 'tu', 'vax', 'zel', 'or', 'qui', 'dan', 'sil', 'bro', 'nep', 'ty'];

/** A made-up word standing for `word` in replica r: the same in every record, so duplicates stay duplicates. */
function madeUpWord(r: number, word: string): string {
  let n = r * 7919 + 12345;
  for (let i = 0; i < word.length; i++) n = (Math.imul(n, 31) + word.charCodeAt(i)) >>> 0;
  let w = '';
  for (let i = 0; i < 4; i++) {
    w += SYLLABLES[n % SYLLABLES.length];
    n = Math.floor(n / SYLLABLES.length) + i * 31;
  }
  return w;
}

/** Whether replica r replaces `word` (two words in three, decided by the word, not its position). */
function replaced(r: number, word: string): boolean {
  let n = r * 104729 + 7;
  for (let i = 0; i < word.length; i++) n = (Math.imul(n, 33) + word.charCodeAt(i)) >>> 0;
  return n % 3 !== 0;
}

function typo(s: string, u: () => number): string {
  if (s.length < 4) return s;
  const i = 1 + Math.floor(u() * (s.length - 2));
  const kind = Math.floor(u() * 3);
  if (kind === 0) return s.slice(0, i) + s.slice(i + 1); // deletion
  if (kind === 1) return s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2); // transposition
  return `${s.slice(0, i)}e${s.slice(i + 1)}`; // substitution
}

function pagesVariant(pages: string, u: () => number): string {
  const m = /^(\d+)-(\d+)$/.exec(pages);
  if (!m) return pages;
  const [, a, b] = m;
  const k = Math.floor(u() * 3);
  if (k === 0) return pages;
  if (k === 1) {
    let i = 0;
    while (i < a.length - 1 && a[i] === b[i]) i++;
    return `${a}–${b.slice(i)}`;
  }
  return `${a}--${b}`;
}

function shiftNumber(value: string | undefined, by: number): string | undefined {
  if (value === undefined) return undefined;
  return /^\d+$/.test(value) ? String(Number(value) + by) : value;
}

function shiftPages(pages: string | undefined, by: number): string | undefined {
  return pages?.replace(/\d+/g, (d) => String(Number(d) + by));
}

/** One replica's copy of a labelled record: the publication changed for the replica, then the copy perturbed. */
function replicate(record: BibRecord, r: number, entity: number, u: () => number): BibRecord {
  const copy: BibRecord = { ...record, authors: record.authors.map((a) => ({ ...a })), id: `r${r}:${record.id}` };
  // Publication level (the same for every copy of one publication in replica r).
  if (r > 0) {
    if (copy.title) {
      // Two words in three become made-up words, the same word always the same made-up word within a replica.
      copy.title = copy.title.replace(/[A-Za-z]+/g, (w) => {
        const key = w.toLowerCase();
        return replaced(r, key) ? madeUpWord(r, key) : w;
      });
    }
    if (copy.year !== undefined) copy.year -= 2 * r;
    copy.volume = shiftNumber(copy.volume, 100 * r);
    copy.pages = shiftPages(copy.pages, 1000 * r);
  }
  // Records without a DOI get one made up for their publication, so that some copies share a DOI.
  copy.doi = record.doi ? (r > 0 ? `${record.doi}.r${r}` : record.doi) : `10.5555/bench.${r}.${entity}`;
  // Copy level.
  if (u() < 0.5) delete copy.doi;
  if (copy.title && u() < 0.15) copy.title = typo(copy.title, u);
  if (copy.title && u() < 0.1) copy.title = u() < 0.5 ? copy.title.toUpperCase() : copy.title.toLowerCase();
  if (copy.pages) copy.pages = pagesVariant(copy.pages, u);
  if (copy.journal && u() < 0.1) delete copy.journal;
  if (u() < 0.2) for (const a of copy.authors) if (a.given) a.given = a.given.replace(/[^A-Z]/g, '');
  if (copy.authors.length > 3 && u() < 0.1) copy.authors = copy.authors.slice(0, 3);
  return copy;
}

function buildCorpus(sets: readonly LabelledSet[], size: number, seedValue: number) {
  const u = mulberry32(seedValue);
  const pool: { record: BibRecord; entity: number }[] = [];
  let next = 0;
  for (const set of sets) {
    const local = new Map<string, number>();
    for (const g of set.truth) {
      const k = next++;
      for (const id of g) local.set(id, k);
    }
    for (const record of set.records) {
      const entity = local.get(record.id) ?? next++;
      pool.push({ record: { ...record, id: `${set.name}:${record.id}` }, entity });
    }
  }
  const records: BibRecord[] = [];
  const members = new Map<string, string[]>();
  for (let r = 0; records.length < size; r++) {
    for (const { record, entity } of pool) {
      if (records.length >= size) break;
      const copy = replicate(record, r, entity, u);
      records.push(copy);
      const key = `${r}:${entity}`;
      const list = members.get(key);
      if (list) list.push(copy.id);
      else members.set(key, [copy.id]);
    }
  }
  const truth = [...members.values()].filter((g) => g.length > 1);
  return { records, truth };
}

const seconds = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e9;
const pct = (x: number) => x.toFixed(4);

async function main(): Promise<void> {
  console.log(`date     ${new Date().toISOString()}`);
  console.log(
    `machine  ${cpus()[0]?.model.trim() ?? 'unknown CPU'}, ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(1)} GiB RAM`,
  );
  console.log(`node     ${process.version}`);
  // Other work on the machine slows a run down; the load average says how busy it was when this one started.
  console.log(
    `load     ${loadavg()
      .map((x) => x.toFixed(2))
      .join(' ')} (1, 5, 15 min)`,
  );
  const sets = await Promise.all(SETS.map(loadSet));
  console.log('\n1. Labelled sets (default thresholds)');
  for (const set of sets) {
    deduplicate(set.records); // warm-up
    const start = process.hrtime.bigint();
    const result = deduplicate(set.records);
    const time = seconds(start);
    const a = scoreDeduplication(
      set.records.map((r) => r.id),
      result.groups.map((g) => g.ids),
      set.truth,
    );
    console.log(
      `   ${set.name.padEnd(19)} n=${String(set.records.length).padStart(5)}  sensitivity ${pct(a.sensitivity)}  specificity ${pct(a.specificity)}  TP ${a.tp} FN ${a.fn} FP ${a.fp} TN ${a.tn}  uncertain pairs ${result.uncertain.length}  ${time.toFixed(3)} s`,
    );
  }
  const corpus = buildCorpus(sets, target, seed);
  console.log(`\n2. ${corpus.records.length.toLocaleString('en')} records built from the labelled sets (seed ${seed})`);
  const runs: number[] = [];
  const cpuRuns: number[] = [];
  let last: ReturnType<typeof deduplicate> | undefined;
  for (let k = 0; k < repeat; k++) {
    last = undefined;
    const cpu = process.cpuUsage();
    const start = process.hrtime.bigint();
    last = deduplicate(corpus.records);
    runs.push(seconds(start));
    const used = process.cpuUsage(cpu);
    cpuRuns.push((used.user + used.system) / 1e6);
  }
  const sorted = [...runs].sort((x, y) => x - y);
  const median = sorted[Math.floor((sorted.length - 1) / 2)];
  const peak = process.resourceUsage().maxRSS / 1024;
  const a = scoreDeduplication(
    corpus.records.map((r) => r.id),
    last!.groups.map((g) => g.ids),
    corpus.truth,
  );
  console.log(
    `   deduplicate  ${median.toFixed(2)} s  (median of ${repeat}, range ${sorted[0].toFixed(2)}–${sorted[sorted.length - 1].toFixed(2)}; target < 10 s: ${median < 10 ? 'met' : 'not met'})`,
  );
  console.log(`   CPU time     ${cpuRuns.map((x) => x.toFixed(2)).join(', ')} s (user + system, all threads, per run)`);
  console.log(`   peak memory  ${peak.toFixed(0)} MiB resident (whole process, including the records)`);
  console.log(
    `   pairs        ${last!.stats.candidatePairs.toLocaleString('en')} candidates, ${last!.stats.duplicatePairs.toLocaleString('en')} duplicates, ${last!.stats.uncertainPairs.toLocaleString('en')} uncertain; ${last!.stats.groups.toLocaleString('en')} groups`,
  );
  console.log(
    `   accuracy     sensitivity ${pct(a.sensitivity)}  specificity ${pct(a.specificity)}  TP ${a.tp} FN ${a.fn} FP ${a.fp} TN ${a.tn}`,
  );
}

await main();
