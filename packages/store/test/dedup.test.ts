import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { emptyRecord } from '@evidens/biblio';
import {
  decideDedupGroup,
  importRecords,
  listDedupGroups,
  mergeDuplicates,
  replaceProposedGroups,
  type Store,
  StoreError,
  splitDedupGroup,
} from '@evidens/store';
import { testDatabases } from '../../../test-support/databases.js';

const IDS = ['A', 'B', 'C', 'D', 'E'];

function isStoreError(code: StoreError['code'], message?: string) {
  return (error: unknown) => {
    assert.ok(error instanceof StoreError, String(error));
    assert.equal(error.code, code);
    if (message !== undefined) assert.equal(error.message, message);
    return true;
  };
}

for (const database of await testDatabases()) {
  describe(`duplicate groups on ${database.name}`, { skip: database.skip }, () => {
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
      const records = IDS.map((id, position) => ({
        id,
        searchId: 'pubmed',
        file: 'records/p.jsonl',
        position,
        record: emptyRecord(id, { file: 'p.jsonl', format: 'jsonl', record: position + 1 }),
      }));
      await importRecords(store, reviewId, records, { actor: 'local' });
    });
    after(async () => {
      if (store) await database.close(store);
    });
    const decisions = async () =>
      (
        await store.db
          .selectFrom('screening_decisions')
          .select(['record_id', 'reason', 'position', 'source'])
          .where('review_id', '=', reviewId)
          .orderBy('position')
          .execute()
      ).map((d) => [d.record_id, d.reason, d.position, d.source]);

    test('a run replaces proposals, and leaves records a person has decided on alone', async () => {
      const first = await replaceProposedGroups(
        store,
        reviewId,
        [{ kept: 'A', ids: ['A', 'B'], evidence: { score: 20 } }],
        'local',
      );
      assert.deepEqual(first, { proposed: 1, skipped: 0, removed: 0 });
      const [group] = await listDedupGroups(store.db, reviewId);
      assert.deepEqual(
        [group.kept, group.members, group.status, group.version, group.evidence],
        ['A', ['A', 'B'], 'proposed', 1, { score: 20 }],
      );
      await decideDedupGroup(store, reviewId, group.id, { version: 1, status: 'confirmed', kept: 'B' }, 'local');
      assert.deepEqual(await decisions(), [['A', 'B', 1, 'pubmed']]);
      const second = await replaceProposedGroups(
        store,
        reviewId,
        [
          { kept: 'A', ids: ['A', 'B'], evidence: {} },
          { kept: 'C', ids: ['C', 'D'], evidence: {} },
        ],
        'local',
      );
      assert.deepEqual(second, { proposed: 1, skipped: 1, removed: 0 });
      assert.deepEqual(
        (await listDedupGroups(store.db, reviewId, 'proposed')).map((g) => g.members),
        [['C', 'D']],
      );
    });

    test('a stale version is a version conflict; a kept record outside the group is invalid', async () => {
      const [group] = await listDedupGroups(store.db, reviewId, 'confirmed');
      await assert.rejects(
        decideDedupGroup(store, reviewId, group.id, { version: 1, status: 'rejected' }, 'local'),
        isStoreError('version_conflict'),
      );
      await assert.rejects(
        decideDedupGroup(store, reviewId, group.id, { version: 2, status: 'confirmed', kept: 'E' }, 'local'),
        isStoreError('invalid', 'kept: E is not a member of the group'),
      );
      const rejected = await decideDedupGroup(store, reviewId, group.id, { version: 2, status: 'rejected' }, 'local');
      assert.equal(rejected.version, 3);
      assert.deepEqual(await decisions(), []);
    });

    test('merging takes records out of proposals; a member already removed is refused', async () => {
      const group = await mergeDuplicates(store, reviewId, { recordIds: ['C', 'E', 'D'], kept: 'E' }, 'local');
      assert.deepEqual([group.status, group.members], ['confirmed', ['E', 'C', 'D']]);
      assert.deepEqual(await listDedupGroups(store.db, reviewId, 'proposed'), []);
      assert.deepEqual(await decisions(), [
        ['C', 'E', 1, 'pubmed'],
        ['D', 'E', 2, 'pubmed'],
      ]);
      await assert.rejects(
        mergeDuplicates(store, reviewId, { recordIds: ['C', 'A'], kept: 'A' }, 'local'),
        isStoreError('exists', `record C is already in confirmed group ${group.id}`),
      );
      const { group: left, split } = await splitDedupGroup(
        store,
        reviewId,
        group.id,
        { version: 1, recordIds: ['C', 'D'] },
        'local',
      );
      assert.equal(left, null);
      assert.deepEqual([split?.status, split?.members], ['proposed', ['C', 'D']]);
      assert.deepEqual(await decisions(), []);
      await assert.rejects(
        splitDedupGroup(store, reviewId, split?.id ?? '', { version: 1, recordIds: ['C', 'D'] }, 'local'),
        isStoreError('invalid', 'recordIds: leave at least one record in the group'),
      );
    });
  });
}
