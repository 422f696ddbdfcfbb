/**
 * Bulk import of records into the store: 100,000 generated records (each about 1 KB of JSON, like a MEDLINE record
 * with an abstract) imported in one transaction into SQLite (a file in the temporary folder) and into PostgreSQL
 * (DATABASE_URL, default postgres://postgres@127.0.0.1:5432/test, in a schema of its own that is dropped afterwards),
 * then imported again: the re-run adds nothing (every id is there) and shows what idempotence costs. Last, the
 * review's folder is exported (exportFiles), which reads every record's id for record-ids.csv.
 *
 *   node --conditions=source --import tsx bench/store-import.ts [--records 100000]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { type BibRecord, emptyRecord } from '@evidens/biblio';
import { dropSchema, exportFiles, importRecords, openStore, type RecordInput, type Store } from '@evidens/store';

const { values } = parseArgs({ options: { records: { type: 'string', default: '100000' } } });
const total = Number(values.records);
const DATABASE_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/** `n` records that look like a PubMed export: title, authors, journal, DOI, PMID, an abstract of ~600 characters. */
function* generated(n: number): Generator<RecordInput> {
  const abstract = 'Background: nocturnal leg cramps are common in older adults. '.repeat(10);
  for (let i = 0; i < n; i++) {
    const id = String(20000000 + i);
    const record: BibRecord = {
      ...emptyRecord(id, { file: 'pubmed.nbib', format: 'medline', record: i + 1 }),
      title: `Magnesium for muscle cramps: randomised trial number ${i}`,
      abstract,
      authors: [
        { family: 'Garrison', given: 'SR' },
        { family: 'Birmingham', given: 'CL' },
      ],
      year: 1990 + (i % 35),
      journal: 'Journal of Family Practice',
      doi: `10.1000/bench.${i}`,
      pmid: id,
    };
    yield { id, searchId: 'pubmed', file: 'records/pubmed.nbib', position: i, record };
  }
}

async function withReview(store: Store): Promise<string> {
  const at = new Date().toISOString();
  await store.db
    .insertInto('reviews')
    .values({
      id: 'bench',
      title: 'Bench',
      protocol: '{}',
      settings: '{}',
      extras: '{}',
      version: 1,
      created_at: at,
      updated_at: at,
    })
    .execute();
  return 'bench';
}

interface Row {
  database: string;
  run: string;
  added: number;
  skipped: number;
  seconds: number;
}

async function bench(name: string, store: Store): Promise<Row[]> {
  const reviewId = await withReview(store);
  const rows: Row[] = [];
  for (const run of ['first import', 're-run (idempotent)']) {
    const start = performance.now();
    const result = await importRecords(store, reviewId, generated(total), { actor: 'bench' });
    rows.push({ database: name, run, ...result, seconds: (performance.now() - start) / 1000 });
  }
  const start = performance.now();
  const files = await exportFiles(store, reviewId);
  rows.push({
    database: name,
    run: `folder export (${files.size} files)`,
    added: 0,
    skipped: 0,
    seconds: (performance.now() - start) / 1000,
  });
  return rows;
}

const rows: Row[] = [];
const dir = mkdtempSync(join(tmpdir(), 'evidens-bench-'));
try {
  const sqlite = await openStore(join(dir, 'bench.db'));
  try {
    rows.push(...(await bench('SQLite', sqlite)));
  } finally {
    await sqlite.close();
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
const schema = `evidens_bench_${process.pid}_${Date.now().toString(36)}`;
try {
  const postgres = await openStore(DATABASE_URL, { schema });
  try {
    rows.push(...(await bench('PostgreSQL', postgres)));
  } finally {
    await postgres.close();
  }
} catch (error) {
  console.error(`PostgreSQL left out: ${(error as Error).message}`);
} finally {
  await dropSchema(DATABASE_URL, schema).catch(() => {});
}

console.log(`${total.toLocaleString('en')} records, one transaction each run; ${cpus()[0]?.model ?? 'unknown CPU'}\n`);
const table = [
  ['database', 'run', 'added', 'skipped', 'seconds', 'records/s'],
  ...rows.map((r) => [
    r.database,
    r.run,
    String(r.added),
    String(r.skipped),
    r.seconds.toFixed(2),
    Math.round(total / r.seconds).toLocaleString('en'),
  ]),
];
const widths = table[0]?.map((_, c) => Math.max(...table.map((line) => (line[c] ?? '').length))) ?? [];
for (const line of table)
  console.log(
    line
      .map((cell, c) => cell.padEnd(widths[c] ?? 0))
      .join('  ')
      .trimEnd(),
  );
