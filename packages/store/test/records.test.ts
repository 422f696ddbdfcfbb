import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { type BibRecord, emptyRecord } from '@evidens/biblio';
import {
  createReview,
  exportFiles,
  getRecord,
  importRecords,
  listRecords,
  type RecordInput,
  type Store,
  StoreError,
  toJson,
} from '@evidens/store';
import { testDatabases } from '../../../test-support/databases.js';

/** `n` records of one file, ids r00000…, every tenth about magnesium, every seventh with a DOI. */
function* generated(n: number, file = 'records/pubmed.nbib', from = 0): Generator<RecordInput> {
  for (let i = from; i < from + n; i++) {
    const record: BibRecord = {
      ...emptyRecord(`r${String(i).padStart(5, '0')}`, { file, format: 'medline', record: i + 1 }),
      title: i % 10 === 0 ? `Magnesium for cramps, part ${i}` : `Quinine trial ${i}`,
      year: 2000 + (i % 20),
      pmid: String(30000000 + i),
      ...(i % 7 === 0 ? { doi: `10.1000/TEST.${i}` } : {}),
    };
    yield { id: record.id, searchId: 'pubmed', file, position: i, record };
  }
}

async function count(store: Store, table: 'records' | 'audit_log'): Promise<number> {
  const row = await store.db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

for (const database of await testDatabases()) {
  describe(`records on ${database.name}`, { skip: database.skip }, () => {
    let store: Store;
    const reviewId = 'review-1';
    before(async () => {
      store = await database.open();
      const at = new Date().toISOString();
      await store.db
        .insertInto('reviews')
        .values({
          id: reviewId,
          title: 'T',
          protocol: '{}',
          settings: '{}',
          extras: '{}',
          version: 1,
          created_at: at,
          updated_at: at,
        })
        .execute();
    });
    after(async () => {
      if (store) await database.close(store);
    });

    test('a failure in the middle of an import leaves no record and no audit entry', async () => {
      async function* failing(): AsyncGenerator<RecordInput> {
        yield* generated(2500);
        throw new Error('the file ended in the middle of a record');
      }
      await assert.rejects(importRecords(store, reviewId, failing(), { actor: 'local' }), {
        message: 'the file ended in the middle of a record',
      });
      const bad = [
        ...generated(1500),
        { id: '', position: 0, record: emptyRecord('x', { file: 'x', format: 'ris', record: 1 }) },
      ];
      await assert.rejects(importRecords(store, reviewId, bad, { actor: 'local' }), (error: unknown) => {
        assert.ok(error instanceof StoreError);
        assert.equal(error.code, 'invalid');
        assert.equal(error.message, 'record 1501: id must be a non-empty text');
        return true;
      });
      assert.equal(await count(store, 'records'), 0);
      assert.equal(await count(store, 'audit_log'), 0);
    });

    test('an import of 2,500 records adds them all, in chunks of 500, with one audit entry', async () => {
      const progress: number[] = [];
      const result = await importRecords(store, reviewId, generated(2500), {
        actor: 'u1',
        onProgress: (done) => progress.push(done),
      });
      assert.deepEqual(result, { added: 2500, skipped: 0 });
      assert.deepEqual(progress, [500, 1000, 1500, 2000, 2500]);
      assert.equal(await count(store, 'records'), 2500);
      const entries = await store.db.selectFrom('audit_log').selectAll().execute();
      assert.equal(entries.length, 1);
      assert.deepEqual(
        { ...entries[0], id: undefined, at: undefined },
        {
          id: undefined,
          at: undefined,
          review_id: reviewId,
          actor: 'u1',
          action: 'import',
          entity: 'records',
          entity_id: reviewId,
          before: null,
          after: toJson({ added: 2500, skipped: 0 }),
        },
      );
    });

    test('the same import again adds 0; an overlapping one adds only the new ids', async () => {
      assert.deepEqual(await importRecords(store, reviewId, generated(2500), { actor: 'u1' }), {
        added: 0,
        skipped: 2500,
      });
      // Records 2000–2999: 500 known, 500 new (a resumed import).
      assert.deepEqual(
        await importRecords(store, reviewId, generated(1000, 'records/pubmed.nbib', 2000), { actor: 'u1' }),
        {
          added: 500,
          skipped: 500,
        },
      );
      assert.equal(await count(store, 'records'), 3000);
      assert.equal(await count(store, 'audit_log'), 3);
    });

    test('a record is read back as it was imported', async () => {
      const expected = generated(1, 'records/pubmed.nbib', 14).next().value!;
      assert.deepEqual(await getRecord(store.db, reviewId, 'r00014'), {
        id: 'r00014',
        searchId: 'pubmed',
        file: 'records/pubmed.nbib',
        position: 14,
        record: expected.record,
      });
      assert.equal(await getRecord(store.db, reviewId, 'nope'), undefined);
      assert.equal(await getRecord(store.db, 'other-review', 'r00014'), undefined);
    });

    test('an import into a review that does not exist is refused', async () => {
      await assert.rejects(importRecords(store, 'nope', generated(3), { actor: 'u1' }), {
        code: 'not_found',
        message: 'there is no review nope',
      });
    });

    test('records are listed by file and position, a page at a time', async () => {
      await importRecords(
        store,
        reviewId,
        [
          {
            id: 'a-first',
            file: 'records/a.ris',
            position: 1,
            record: emptyRecord('a-first', { file: 'a.ris', format: 'ris', record: 2 }),
          },
          {
            id: 'a-zero',
            file: 'records/a.ris',
            position: 0,
            record: emptyRecord('a-zero', { file: 'a.ris', format: 'ris', record: 1 }),
          },
          { id: 'no-file', position: 5, record: emptyRecord('no-file', { file: 'x', format: 'ris', record: 1 }) },
        ],
        { actor: 'u1' },
      );
      const page = await listRecords(store.db, reviewId, { offset: 0, limit: 4 });
      assert.equal(page.total, 3003);
      assert.deepEqual(
        page.items.map((r) => [r.id, r.file, r.position, r.searchId]),
        [
          ['no-file', null, 5, null],
          ['a-zero', 'records/a.ris', 0, null],
          ['a-first', 'records/a.ris', 1, null],
          ['r00000', 'records/pubmed.nbib', 0, 'pubmed'],
        ],
      );
      const last = await listRecords(store.db, reviewId, { offset: 3001, limit: 10 });
      assert.deepEqual(
        last.items.map((r) => r.id),
        ['r02998', 'r02999'],
      );
      assert.equal((await listRecords(store.db, reviewId, { offset: 3003, limit: 10 })).items.length, 0);
    });

    test('a query matches title, DOI or PMID without regard to case; a search id narrows', async () => {
      const titles = await listRecords(store.db, reviewId, { offset: 0, limit: 3, query: 'MAGNESIUM for' });
      assert.equal(titles.total, 300);
      assert.deepEqual(
        titles.items.map((r) => r.id),
        ['r00000', 'r00010', 'r00020'],
      );
      const doi = await listRecords(store.db, reviewId, { offset: 0, limit: 10, query: '10.1000/TEST.2' });
      assert.deepEqual(
        doi.items.map((r) => r.id),
        ['r00021', 'r00028', 'r00203', 'r00210', 'r00217', 'r00224', 'r00231', 'r00238', 'r00245', 'r00252'],
      );
      assert.equal(
        (await listRecords(store.db, reviewId, { offset: 0, limit: 1, query: '30000042' })).items[0]?.id,
        'r00042',
      );
      // LIKE wildcards are text: no title holds '%' or '_'.
      assert.equal((await listRecords(store.db, reviewId, { offset: 0, limit: 1, query: '%' })).total, 0);
      assert.equal((await listRecords(store.db, reviewId, { offset: 0, limit: 1, query: '_' })).total, 0);
      assert.equal((await listRecords(store.db, reviewId, { offset: 0, limit: 1, searchId: 'pubmed' })).total, 3000);
      assert.equal(
        (await listRecords(store.db, reviewId, { offset: 0, limit: 1, searchId: 'pubmed', query: 'magnesium' })).total,
        300,
      );
    });

    test('record-ids.csv reads each own id, also from records stored with their id further in', async () => {
      const other = (await createReview(store, { title: 'Ids', language: 'en', outcomes: [] }, { actor: 'test' })).id;
      const record = (id: string, file: string, n: number): BibRecord => ({
        // The id after the other fields, as a JSONL file may have it.
        ...{ title: `Trial ${id}` },
        ...emptyRecord(id, { file, format: 'jsonl', record: n }),
      });
      // b.jsonl came first with id 7; a.jsonl then had 7 too, so its record is a.jsonl#1 in the review.
      await importRecords(
        store,
        other,
        [
          { id: '7', file: 'records/b.jsonl', position: 0, record: record('7', 'b.jsonl', 1) },
          { id: 'a.jsonl#1', file: 'records/a.jsonl', position: 0, record: record('7', 'a.jsonl', 1) },
          { id: '8', file: 'records/a.jsonl', position: 1, record: record('8', 'a.jsonl', 2) },
        ],
        { actor: 'test' },
      );
      const stored = await store.db.selectFrom('records').select('data').where('review_id', '=', other).execute();
      assert.ok(stored.every((r) => !r.data.startsWith('{"id"')));
      const files = await exportFiles(store, other);
      assert.equal(files.get('record-ids.csv'), 'file,record,id\nrecords/a.jsonl,1,a.jsonl#1\nrecords/b.jsonl,1,7\n');
    });

    test('a page outside the bounds is refused', async () => {
      await assert.rejects(listRecords(store.db, reviewId, { offset: -1, limit: 10 }), {
        code: 'invalid',
        message: 'offset must be a whole number ≥ 0 (got -1)',
      });
      await assert.rejects(listRecords(store.db, reviewId, { offset: 0, limit: 1001 }), {
        code: 'invalid',
        message: 'limit must be a whole number from 1 to 1000 (got 1001)',
      });
    });
  });
}
