import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { folderInMemory, loadReview, loadReviewFrom } from '@evidens/review';
import {
  exportFiles,
  exportFolder,
  fromJson,
  getRecord,
  importFolder,
  listRecords,
  type Store,
  StoreError,
  toJson,
} from '@evidens/store';
import { testDatabases } from '../../../test-support/databases.js';

const EXAMPLE = join(import.meta.dirname, '..', '..', '..', 'examples', 'magnesium-leg-cramps');
const BROKEN = join(import.meta.dirname, '..', '..', 'review', 'test', 'fixtures', 'broken');

/** Every file under `dir` as path → bytes. */
function filesOnDisk(dir: string): Map<string, Buffer> {
  const paths = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
  return new Map(paths.map((path) => [path, readFileSync(join(dir, path))]));
}

const bytes = (data: string | Uint8Array) => Buffer.from(typeof data === 'string' ? Buffer.from(data, 'utf8') : data);

/** `value` without `dir` and `line` fields, at any depth: what differs between two readings of equal content. */
function withoutPlaces(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutPlaces);
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value).filter(([key]) => key !== 'dir' && key !== 'line');
  return Object.fromEntries(entries.map(([key, inner]) => [key, withoutPlaces(inner)]));
}

async function count(store: Store, table: 'reviews' | 'review_files' | 'records' | 'audit_log' | 'studies') {
  const row = await store.db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

for (const database of await testDatabases()) {
  describe(`folder import and export on ${database.name}`, { skip: database.skip }, () => {
    let store: Store;
    let reviewId: string;
    const onDisk = filesOnDisk(EXAMPLE);
    before(async () => {
      store = await database.open();
    });
    after(async () => {
      if (store) await database.close(store);
    });

    test('a folder with an error is refused, and nothing is stored', async () => {
      const expected = (await loadReview(BROKEN)).issues.filter((i) => i.severity === 'error');
      assert.ok(expected.length > 0);
      await assert.rejects(importFolder(store, BROKEN, { actor: 'local' }), (error: unknown) => {
        assert.ok(error instanceof StoreError);
        assert.equal(error.code, 'invalid');
        assert.equal(
          error.message,
          `the folder ${BROKEN} has ${expected.length} errors; the first: ${expected[0]?.message}`,
        );
        assert.deepEqual(error.details, expected);
        return true;
      });
      for (const table of ['reviews', 'review_files', 'records', 'audit_log', 'studies'] as const)
        assert.equal(await count(store, table), 0, table);
    });

    test('the example imports whole: items, decisions, records, one audit entry', async () => {
      const result = await importFolder(store, EXAMPLE, { actor: 'local', id: 'mg' });
      reviewId = result.reviewId;
      assert.deepEqual(result, { reviewId: 'mg', issues: (await loadReview(EXAMPLE)).issues });
      const review = await store.db.selectFrom('reviews').selectAll().executeTakeFirstOrThrow();
      assert.equal(review.title, 'Magnesium mod natlige lægkramper');
      assert.deepEqual(fromJson(review.settings, 'settings'), {
        reviewersPerStage: { 'title-abstract': 2, 'full-text': 2 },
      });
      const studies = await store.db.selectFrom('studies').select(['id', 'position']).orderBy('position').execute();
      assert.equal(studies[0]?.id, 'dahle-1995');
      assert.deepEqual(
        studies.map((s) => s.position),
        studies.map((_, i) => i),
      );
      const csvRows = readFileSync(join(EXAMPLE, 'screening.csv'), 'utf8').trim().split('\n').length - 1;
      const decisions = await store.db.selectFrom('screening_decisions').select('id').execute();
      assert.equal(decisions.length, csvRows);
      const jsonl = [...onDisk].filter(([path]) => path.startsWith('records/'));
      const lines = jsonl.reduce((n, [, data]) => n + data.toString('utf8').trim().split('\n').length, 0);
      assert.equal((await listRecords(store.db, reviewId, { offset: 0, limit: 100 })).total, lines);
      const first = await getRecord(store.db, reviewId, 'PM01');
      assert.equal(first?.searchId, 'pubmed');
      assert.equal(first?.file, 'records/pubmed.jsonl');
      assert.equal(first?.position, 0);
      assert.equal(first?.record.pmid, '21289017');
      const entries = await store.db.selectFrom('audit_log').select(['action', 'entity', 'entity_id']).execute();
      assert.deepEqual(entries, [{ action: 'import', entity: 'review', entity_id: 'mg' }]);
    });

    test('the export of the unchanged review is the folder, byte for byte, file list included', async () => {
      const files = await exportFiles(store, reviewId);
      assert.deepEqual([...files.keys()], [...onDisk.keys()]);
      for (const [path, data] of files) assert.ok(bytes(data).equals(onDisk.get(path) as Buffer), path);
      const dir = mkdtempSync(join(tmpdir(), 'evidens-export-'));
      try {
        assert.deepEqual(await exportFolder(store, reviewId, dir), [...onDisk.keys()]);
        assert.deepEqual(filesOnDisk(dir), onDisk);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });

    test('with every digest changed, the files are written from the stored parts and load as the same review', async () => {
      const other = await importFolder(store, EXAMPLE, { actor: 'local' });
      assert.notEqual(other.reviewId, reviewId);
      await store.db
        .updateTable('review_files')
        .set({ digest: '"stale"' })
        .where('review_id', '=', other.reviewId)
        .execute();
      const files = await exportFiles(store, other.reviewId);
      assert.deepEqual([...files.keys()], [...onDisk.keys()]);
      assert.notEqual(files.get('studies.yaml'), onDisk.get('studies.yaml')?.toString('utf8'));
      const texts = new Map([...files].map(([path, data]) => [path, data as string]));
      const copy = await loadReviewFrom(folderInMemory('copy', texts));
      const original = await loadReview(EXAMPLE);
      assert.deepEqual(copy.issues.map(withoutPlaces), original.issues.map(withoutPlaces));
      assert.deepEqual(withoutPlaces(copy.review), withoutPlaces(original.review));
    });

    test('a study changed in the database changes studies.yaml only', async () => {
      const row = await store.db
        .selectFrom('studies')
        .selectAll()
        .where('review_id', '=', reviewId)
        .where('id', '=', 'dahle-1995')
        .executeTakeFirstOrThrow();
      const doc = { ...fromJson<Record<string, unknown>>(row.doc, 'study'), country: 'Norge' };
      await store.db
        .updateTable('studies')
        .set({ doc: toJson(doc), version: row.version + 1 })
        .where('review_id', '=', reviewId)
        .where('id', '=', 'dahle-1995')
        .execute();
      const files = await exportFiles(store, reviewId);
      assert.deepEqual([...files.keys()], [...onDisk.keys()]);
      for (const [path, data] of files) {
        if (path === 'studies.yaml') assert.ok(!bytes(data).equals(onDisk.get(path) as Buffer));
        else assert.ok(bytes(data).equals(onDisk.get(path) as Buffer), path);
      }
      const texts = new Map([...files].map(([path, data]) => [path, data as string]));
      const { review } = await loadReviewFrom(folderInMemory('changed', texts));
      assert.equal(review.studies.find((s) => s.id === 'dahle-1995')?.country, 'Norge');
      assert.equal(review.studies.find((s) => s.id === 'frusso-1999')?.country, 'Argentina');
    });

    test('the same folder under an id already taken is refused with exists', async () => {
      await assert.rejects(importFolder(store, EXAMPLE, { actor: 'local', id: 'mg' }), {
        code: 'exists',
        message: 'there is already a review mg',
      });
      assert.equal(await count(store, 'reviews'), 2);
    });

    test('a repeated decision, a gzip records file and extra cells of a decision survive', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'evidens-folder-'));
      try {
        const yaml = [
          'title: Small',
          'language: en',
          'searches:',
          '  - { id: db, source: DB, kind: database, date: 2020, hits: 2, records: [records/db.ris.gz] }',
          'outcomes: []',
          '',
        ].join('\n');
        const csv = [
          'record,reviewer,stage,decision,reason,time,source',
          'a1,AR,title-abstract,exclude,Review,2020-01-01,db',
          'a2,AR,title-abstract,include,,2020-01-01,db',
          'a1,AR,title-abstract,include,,2020-01-02,db',
          '',
        ].join('\n');
        const ris = 'TY  - JOUR\nID  - a1\nTI  - One\nER  - \n\nTY  - JOUR\nID  - a2\nTI  - Two\nER  - \n';
        const gz = gzipSync(ris);
        mkdirSync(join(dir, 'records'));
        writeFileSync(join(dir, 'review.yaml'), yaml);
        writeFileSync(join(dir, 'screening.csv'), csv);
        writeFileSync(join(dir, 'records', 'db.ris.gz'), gz);
        const { reviewId: small, issues } = await importFolder(store, dir, { actor: 'local' });
        assert.deepEqual(
          issues.filter((i) => i.code === 'duplicate_id').map((i) => i.message),
          [
            'screening.csv line 4: record repeats the title-abstract decision of AR on a1 (line 2); the later one counts',
            'screening.csv: row 3 repeats row 1 (title-abstract decision of AR on a1); the database keeps the later one only',
          ],
        );
        const stored = await store.db
          .selectFrom('review_files')
          .select(['path', 'encoding'])
          .where('review_id', '=', small)
          .orderBy('path')
          .execute();
        assert.deepEqual(stored, [
          { path: 'records/db.ris.gz', encoding: 'base64' },
          { path: 'review.yaml', encoding: 'utf8' },
          { path: 'screening.csv', encoding: 'utf8' },
        ]);
        assert.equal((await getRecord(store.db, small, 'a2'))?.record.title, 'Two');
        assert.equal((await getRecord(store.db, small, 'a2'))?.searchId, 'db');
        const unchanged = await exportFiles(store, small);
        assert.equal(unchanged.get('screening.csv'), csv);
        assert.ok(bytes(unchanged.get('records/db.ris.gz') as Uint8Array).equals(gz));
        await store.db
          .updateTable('screening_decisions')
          .set({ decision: 'exclude', reason: 'Wrong population', raw: toJson({ note: 'second look' }) })
          .where('review_id', '=', small)
          .where('record_id', '=', 'a2')
          .execute();
        const changed = await exportFiles(store, small);
        assert.equal(
          changed.get('screening.csv'),
          [
            'record,reviewer,stage,decision,reason,time,source,note',
            'a2,AR,title-abstract,exclude,Wrong population,2020-01-01,db,second look',
            'a1,AR,title-abstract,include,,2020-01-02,db,',
            '',
          ].join('\n'),
        );
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });
}
