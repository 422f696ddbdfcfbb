import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { readItems } from '@evidens/biblio';

const dir = mkdtempSync(join(tmpdir(), 'evidens-progress-'));
after(() => rmSync(dir, { recursive: true, force: true }));

/** 3,000 MEDLINE records: about 190 kB, read in several chunks. */
const medline = Array.from(
  { length: 3000 },
  (_, i) => `PMID- ${10000 + i}\nTI  - Magnesium for nocturnal leg cramps, trial ${i}\nDP  - 2002\n`,
).join('\n');

async function readWithProgress(path: string) {
  const calls: [number, number][] = [];
  let records = 0;
  for await (const item of readItems({ path }, { onBytes: (read, size) => calls.push([read, size]) })) {
    if (item.kind === 'record') records++;
  }
  return { calls, records };
}

test("reading a file tells the file's bytes read, up to its size", async () => {
  const path = join(dir, 'cramps.nbib');
  writeFileSync(path, medline);
  const { calls, records } = await readWithProgress(path);
  assert.equal(records, 3000);
  const size = statSync(path).size;
  assert.ok(calls.length >= 1);
  assert.ok(calls.every(([, total]) => total === size));
  assert.ok(
    calls.every(([read], k) => k === 0 || read > calls[k - 1][0]),
    'bytes read only grow',
  );
  assert.deepEqual(calls.at(-1), [size, size]);
});

test('a gzip file counts its own (compressed) bytes, not the text inside', async () => {
  const path = join(dir, 'cramps.nbib.gz');
  writeFileSync(path, gzipSync(medline));
  const { calls, records } = await readWithProgress(path);
  assert.equal(records, 3000);
  const size = statSync(path).size;
  assert.ok(size < medline.length / 5);
  assert.deepEqual(calls.at(-1), [size, size]);
});

test('bytes in memory are read without progress calls, and nothing changes for them', async () => {
  const calls: number[] = [];
  let records = 0;
  for await (const item of readItems({ data: medline, file: 'm.nbib' }, { onBytes: (read) => calls.push(read) }))
    if (item.kind === 'record') records++;
  assert.deepEqual([records, calls.length], [3000, 0]);
});
