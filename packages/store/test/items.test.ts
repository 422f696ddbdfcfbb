import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  createItem,
  createReview,
  deleteItem,
  deleteReview,
  getItem,
  getReview,
  listItems,
  listReviews,
  newId,
  now,
  type Store,
  StoreError,
  updateItem,
  updateProtocol,
} from '@evidens/store';
import { testDatabases } from '../../../test-support/databases.js';

const STUDY = {
  id: 's1',
  label: 'Smith 2001',
  year: 2001,
  design: 'parallel',
  population: 'Adults with leg cramps',
  intervention: { agent: 'magnesium' },
  comparator: { description: 'Placebo' },
  arms: [
    { id: 'mg', name: 'Magnesium', role: 'intervention', randomised: 20 },
    { id: 'pl', name: 'Placebo', role: 'comparator', randomised: 20 },
  ],
};
const PROTOCOL = { title: 'Magnesium', language: 'en', outcomes: [] };

async function auditOf(store: Store, reviewId: string) {
  return store.db
    .selectFrom('audit_log')
    .select(['actor', 'action', 'entity', 'entity_id', 'before', 'after'])
    .where('review_id', '=', reviewId)
    .orderBy('id')
    .execute();
}

async function rejection(promise: Promise<unknown>): Promise<StoreError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof StoreError) return error;
    throw error;
  }
  assert.fail('expected a StoreError');
}

for (const database of await testDatabases()) {
  describe(`reviews and items in the store on ${database.name}`, { skip: database.skip }, () => {
    let store: Store;
    let reviewId: string;
    before(async () => {
      store = await database.open();
      reviewId = (await createReview(store, PROTOCOL, { actor: 'local' })).id;
    });
    after(async () => {
      if (store) await database.close(store);
    });

    test('a new review is listed with its counts, and its creation is audited', async () => {
      const [line] = (await listReviews(store, null)).filter((r) => r.id === reviewId);
      assert.deepEqual(
        { ...line, updatedAt: undefined },
        {
          id: reviewId,
          title: 'Magnesium',
          language: 'en',
          role: 'owner',
          version: 1,
          updatedAt: undefined,
          counts: { records: 0, studies: 0 },
        },
      );
      const [entry] = await auditOf(store, reviewId);
      assert.deepEqual(entry, {
        actor: 'local',
        action: 'create',
        entity: 'review',
        entity_id: reviewId,
        before: null,
        after: JSON.stringify({ title: 'Magnesium', protocol: PROTOCOL }),
      });
    });

    test('in team mode the creator is the owner, handle from initials', async () => {
      const user = { id: newId(), email: 'sbl@example.org', name: 'Susanne Bjerre Lottrup' };
      await store.db
        .insertInto('users')
        .values({ ...user, password_hash: 'x', created_at: now() })
        .execute();
      const review = await createReview(store, PROTOCOL, { actor: user.id, owner: user.id });
      const member = await store.db.selectFrom('memberships').selectAll().where('review_id', '=', review.id).execute();
      assert.deepEqual(
        member.map((m) => [m.user_id, m.role, m.handle]),
        [[user.id, 'owner', 'SBL']],
      );
      assert.deepEqual(
        (await listReviews(store, user.id)).map((r) => [r.id, r.role]),
        [[review.id, 'owner']],
      );
    });

    test('an invalid protocol is refused with the field named', async () => {
      const error = await rejection(
        createReview(store, { title: 'X', language: 'fr', outcomes: [] }, { actor: 'local' }),
      );
      assert.equal(error.code, 'invalid');
      assert.match(error.message, /^language must be one of da, en/);
      const refs = { ...PROTOCOL, question: { population: 'a', intervention: 'b', comparator: 'c', outcomes: ['x'] } };
      const unknown = await rejection(createReview(store, refs, { actor: 'local' }));
      assert.equal(unknown.message, 'question.outcomes[0] names no outcome of the review (got x)');
    });

    test('the protocol changes against its version; a stale write gets the current one', async () => {
      const changed = { ...PROTOCOL, title: 'Magnesium for cramps' };
      const updated = await updateProtocol(store, reviewId, 1, changed, { actor: 'local' });
      assert.equal(updated.version, 2);
      assert.equal((await getReview(store.db, reviewId)).title, 'Magnesium for cramps');
      const stale = await rejection(updateProtocol(store, reviewId, 1, PROTOCOL, { actor: 'local' }));
      assert.equal(stale.code, 'version_conflict');
      assert.deepEqual(stale.details, { current: { version: 2, protocol: changed } });
    });

    test('items are created, listed by position, updated and deleted against their version', async () => {
      const study = await createItem(store, reviewId, 'studies', STUDY, { actor: 'local' });
      assert.deepEqual(study, { id: 's1', version: 1, position: 0, doc: STUDY });
      const second = { ...STUDY, id: 's2' };
      await createItem(store, reviewId, 'studies', second, { actor: 'local' });
      assert.deepEqual(
        (await listItems(store, reviewId, 'studies')).map((i) => [i.id, i.position]),
        [
          ['s1', 0],
          ['s2', 1],
        ],
      );
      const duplicate = await rejection(createItem(store, reviewId, 'studies', STUDY, { actor: 'local' }));
      assert.deepEqual([duplicate.code, duplicate.message], ['exists', 'there is already a study s1 in this review']);
      const relabelled = { ...STUDY, label: 'Smith 2002' };
      assert.equal((await updateItem(store, reviewId, 'studies', 's1', 1, relabelled, { actor: 'local' })).version, 2);
      const stale = await rejection(updateItem(store, reviewId, 'studies', 's1', 1, STUDY, { actor: 'local' }));
      assert.equal(stale.code, 'version_conflict');
      assert.deepEqual(stale.details, { current: { id: 's1', version: 2, position: 0, doc: relabelled } });
      await deleteItem(store, reviewId, 'studies', 's2', 1, { actor: 'local' });
      const gone = await rejection(getItem(store, reviewId, 'studies', 's2'));
      assert.deepEqual([gone.code, gone.message], ['not_found', 'there is no study s2']);
      const entries = await auditOf(store, reviewId);
      const update = entries.find((e) => e.action === 'update' && e.entity === 'study');
      assert.deepEqual([update?.before, update?.after], [JSON.stringify(STUDY), JSON.stringify(relabelled)]);
    });

    test('an invalid item names its field; an id cannot change', async () => {
      const bad = { ...STUDY, id: 's9', arms: [{ ...STUDY.arms[0], randomised: -3 }, STUDY.arms[1]] };
      const error = await rejection(createItem(store, reviewId, 'studies', bad, { actor: 'local' }));
      assert.equal(error.code, 'invalid');
      assert.equal(error.message, 'arms[0].randomised must be a positive whole number (got -3)');
      const renamed = await rejection(
        updateItem(store, reviewId, 'studies', 's1', 2, { ...STUDY, id: 's3' }, { actor: 'local' }),
      );
      assert.equal(renamed.message, 'id must stay s1 (got s3)');
    });

    test('data and RoB items get generated ids, GRADE entries their analysis', async () => {
      const grade = await createItem(store, reviewId, 'grade', { analysis: 'a1' }, { actor: 'local' });
      assert.equal(grade.id, 'a1');
      const rob = { study: 's1', outcome: 'o1', answers: { '1.1': 'Y' } };
      const first = await createItem(store, reviewId, 'rob', rob, { actor: 'local' });
      const second = await createItem(store, reviewId, 'rob', rob, { actor: 'local' });
      assert.notEqual(first.id, second.id);
      assert.deepEqual([first.position, second.position], [0, 1]);
    });

    test('deleting a review removes its items and leaves the audit entry', async () => {
      const review = await createReview(store, PROTOCOL, { actor: 'local' });
      await createItem(store, review.id, 'studies', STUDY, { actor: 'local' });
      await deleteReview(store, review.id, { actor: 'local' });
      assert.deepEqual(await listItems(store, review.id, 'studies'), []);
      const entries = await auditOf(store, review.id);
      assert.deepEqual(entries.at(-1)?.action, 'delete');
      const missing = await rejection(createItem(store, review.id, 'studies', STUDY, { actor: 'local' }));
      assert.equal(missing.code, 'not_found');
    });
  });
}
