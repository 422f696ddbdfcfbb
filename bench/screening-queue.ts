/**
 * How long the workbench waits for the next record in AI order (a benchmark, not a test): a single-user server
 * in-process on SQLite, a review with N records (the labelled reference records, cycled to N, each copy after the
 * first with a random 30 % of its words left out), then rounds of "ask for the queue, decide the top record with its
 * true label" as a reviewer would screen. Prints the queue request's time (first request, then median and max of the
 * rest) and the decision's.
 *
 *   node --conditions=source --import tsx bench/screening-queue.ts [--records 5000,10000] [--rounds 30]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { emptyRecord } from '@evidens/biblio';
import { mulberry32, readLabelledCsv } from '@evidens/screen';
import { createApp } from '@evidens/server';
import { createReview, importRecords, openStore } from '@evidens/store';
import { sharedDataDir } from '../test-support/shared-data.js';

const { values } = parseArgs({
  options: { records: { type: 'string', default: '5000,10000' }, rounds: { type: 'string', default: '30' } },
});
const sizes = values.records.split(',').map(Number);
const rounds = Number(values.rounds);

interface Labelled {
  title: string;
  abstract: string;
  relevant: boolean;
}

/** The reference datasets' records, in file order. */
async function reference(): Promise<Labelled[]> {
  const dir = join(sharedDataDir(), 'screening');
  const files = [
    'cohen2006/ProtonPumpInhibitors.csv',
    'cohen2006/BetaBlockers.csv',
    'kitchenham2010/Kitchenham_2010.csv',
  ];
  const out: Labelled[] = [];
  for (const f of files) {
    const { records } = await readLabelledCsv(join(dir, f));
    for (const r of records)
      out.push({ title: r.title ?? '', abstract: r.abstract ?? '', relevant: r.raw.label_included?.[0] === '1' });
  }
  return out;
}

const thin = (text: string, next: () => number) =>
  text
    .split(' ')
    .filter(() => next() >= 0.3)
    .join(' ');

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const base = await reference();
console.log(`date     ${new Date().toISOString()}`);
console.log(`machine  ${cpus()[0].model}, ${cpus().length} cores; node ${process.version}`);
console.log(
  `load     ${loadavg()
    .map((x) => x.toFixed(2))
    .join(' ')}`,
);
for (const n of sizes) {
  const dir = mkdtempSync(join(tmpdir(), 'evidens-queue-'));
  const store = await openStore(join(dir, 'bench.db'));
  try {
    const review = await createReview(
      store,
      { title: `Queue at ${n}`, language: 'en', outcomes: [] },
      { actor: 'local' },
    );
    const next = mulberry32(1);
    const relevant = new Map<string, boolean>();
    const items = Array.from({ length: n }, (_, i) => {
      const b = base[i % base.length];
      const copy = i >= base.length;
      const id = `r${i + 1}`;
      relevant.set(id, b.relevant);
      const record = emptyRecord(id, { file: 'records/bench.jsonl', format: 'jsonl', record: i + 1 });
      const title = copy ? thin(b.title, next) : b.title;
      const abstract = copy ? thin(b.abstract, next) : b.abstract;
      return { id, position: i, file: 'records/bench.jsonl', record: { ...record, title, abstract } };
    });
    await importRecords(store, review.id, items, { actor: 'local' });
    const app = createApp({ store, mode: 'single' });
    const path = `/api/reviews/${review.id}/screening/title-abstract`;
    const call = async (method: string, url: string, body?: unknown) => {
      const started = performance.now();
      const res = await app.request(url, {
        method,
        headers: body ? { 'content-type': 'application/json' } : {},
        body: body ? JSON.stringify(body) : undefined,
      });
      const ms = performance.now() - started;
      const json = (await res.json()) as { items: { record: { id: string } }[] };
      if (res.status >= 300) throw new Error(`${method} ${url}: ${res.status} ${JSON.stringify(json)}`);
      return { ms, json };
    };
    // Prior knowledge: the first relevant and the first irrelevant record.
    const firstOf = (want: boolean) => [...relevant].find(([, r]) => r === want)![0];
    await call('PUT', `${path}/records/${firstOf(true)}`, { decision: 'include' });
    await call('PUT', `${path}/records/${firstOf(false)}`, { decision: 'exclude' });
    const queueMs: number[] = [];
    const decideMs: number[] = [];
    for (let round = 0; round < rounds; round++) {
      const queue = await call('GET', `${path}/queue?limit=20`);
      queueMs.push(queue.ms);
      const top = queue.json.items[0].record.id as string;
      const decided = await call('PUT', `${path}/records/${top}`, {
        decision: relevant.get(top) ? 'include' : 'exclude',
      });
      decideMs.push(decided.ms);
    }
    const [first, ...rest] = queueMs;
    console.log(
      `${String(n).padStart(6)} records  queue: first ${first.toFixed(0)} ms, then median ${median(rest).toFixed(1)} ms, ` +
        `max ${Math.max(...rest).toFixed(1)} ms  |  decision: median ${median(decideMs).toFixed(1)} ms  |  `,
    );
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
