import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  DEFAULT_SETTINGS,
  deleteDecision,
  isStoreError,
  newId,
  now,
  putDecision,
  recordDecisions,
  type Store,
  stageDecisions,
} from '@evidens/store';
import { testDatabases } from '../../../test-support/databases.js';

for (const database of await testDatabases()) {
  describe(`screening decisions on ${database.name}`, { skip: database.skip }, () => {
    let store: Store;
    let reviewId: string;
    const decide = (recordId: string, reviewer: string, decision: string, version?: number, reason?: string) =>
      putDecision(store, {
        reviewId,
        recordId,
        stage: 'title-abstract',
        reviewer,
        decision,
        reason,
        version,
        actor: 'user-1',
      });
    const rejection = async (promise: Promise<unknown>) => {
      try {
        await promise;
      } catch (error) {
        if (isStoreError(error)) return { code: error.code, message: error.message, details: error.details };
        throw error;
      }
      assert.fail('expected a StoreError');
    };

    before(async () => {
      store = await database.open();
      reviewId = newId();
      const at = now();
      await store.db
        .insertInto('reviews')
        .values({
          id: reviewId,
          title: 'T',
          protocol: '{}',
          settings: JSON.stringify(DEFAULT_SETTINGS),
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

    test('a decision, its change and its undo each land with their audit entry', async () => {
      const made = await decide('r1', 'SBL', 'include');
      assert.deepEqual(
        { ...made, time: '' },
        {
          record: 'r1',
          stage: 'title-abstract',
          reviewer: 'SBL',
          decision: 'include',
          reason: null,
          time: '',
          version: 1,
        },
      );
      const changed = await decide('r1', 'SBL', 'exclude', 1, '  wrong population ');
      assert.equal(changed.version, 2);
      assert.equal(changed.reason, 'wrong population');
      await deleteDecision(store, {
        reviewId,
        recordId: 'r1',
        stage: 'title-abstract',
        reviewer: 'SBL',
        version: 2,
        actor: 'user-1',
      });
      assert.deepEqual(await recordDecisions(store.db, reviewId, 'r1', 'title-abstract'), []);
      const log = await store.db
        .selectFrom('audit_log')
        .select(['action', 'entity', 'entity_id', 'actor'])
        .where('review_id', '=', reviewId)
        .orderBy('id')
        .execute();
      const entity = { entity: 'screening_decision', entity_id: 'r1/title-abstract/SBL', actor: 'user-1' };
      assert.deepEqual(log, [
        { action: 'decide', ...entity },
        { action: 'update', ...entity },
        { action: 'delete', ...entity },
      ]);
    });

    test('new decisions go to the end of the export order', async () => {
      await decide('r2', 'SBL', 'include');
      await decide('r2', 'IMR', 'maybe');
      await decide('r3', 'consensus', 'include');
      const positions = await store.db
        .selectFrom('screening_decisions')
        .select(['record_id', 'reviewer', 'position'])
        .where('review_id', '=', reviewId)
        .orderBy('position')
        .execute();
      assert.deepEqual(
        positions.map((p) => [p.record_id, p.reviewer, Number(p.position)]),
        [
          ['r2', 'SBL', 0],
          ['r2', 'IMR', 1],
          ['r3', 'consensus', 2],
        ],
      );
      const stage = await stageDecisions(store.db, reviewId, 'title-abstract');
      assert.deepEqual(
        stage.map((d) => d.reviewer),
        ['SBL', 'IMR', 'consensus'],
      );
    });

    test('values outside the stage, a full-text exclusion without reason, and stale versions are refused', async () => {
      assert.deepEqual(await rejection(decide('r4', 'SBL', 'duplicate')), {
        code: 'invalid',
        message: 'decision at title-abstract must be one of include, exclude, maybe (got duplicate)',
        details: undefined,
      });
      const fullText = putDecision(store, {
        reviewId,
        recordId: 'r4',
        stage: 'full-text',
        reviewer: 'SBL',
        decision: 'exclude',
        actor: 'u',
      });
      assert.equal((await rejection(fullText)).message, 'a full-text exclusion needs a reason');
      const current = await decide('r4', 'SBL', 'include');
      const again = await rejection(decide('r4', 'SBL', 'exclude'));
      assert.equal(again.code, 'version_conflict');
      assert.deepEqual(again.details, { current });
      const stale = await rejection(decide('r4', 'SBL', 'exclude', 7));
      assert.deepEqual(stale, {
        code: 'version_conflict',
        message:
          'the decision of SBL on record r4 at title-abstract was changed by someone else since you read it; here is the current version',
        details: { current },
      });
    });

    test('of twenty concurrent first decisions by one reviewer on one record exactly one lands', async () => {
      const results = await Promise.allSettled(
        Array.from({ length: 20 }, (_, i) => decide('r5', 'IMR', i % 2 ? 'include' : 'exclude')),
      );
      const landed = results.filter((r) => r.status === 'fulfilled');
      assert.equal(landed.length, 1);
      for (const r of results)
        if (r.status === 'rejected') assert.equal((r.reason as { code: string }).code, 'version_conflict');
      const rows = await recordDecisions(store.db, reviewId, 'r5', 'title-abstract');
      assert.equal(rows.length, 1);
      const audits = await store.db
        .selectFrom('audit_log')
        .select('id')
        .where('entity_id', '=', 'r5/title-abstract/IMR')
        .execute();
      assert.equal(audits.length, 1);
    });
  });
}
