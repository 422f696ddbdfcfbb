import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createReview } from '@evidens/store';
import { testDatabases } from '../../../test-support/databases.js';
import { type Harness, harness, type TestUser } from './support/harness.js';

const STUDY = {
  id: 'smith-2001',
  label: 'Smith 2001',
  year: 2001,
  design: 'parallel',
  population: 'Adults with leg cramps',
  arms: [
    { id: 'mg', name: 'Magnesium', role: 'intervention', randomised: 20 },
    { id: 'pl', name: 'Placebo', role: 'comparator', randomised: 20 },
  ],
  intervention: { agent: 'magnesium' },
  comparator: { description: 'Placebo' },
};
const DATA = {
  study: 'smith-2001',
  outcome: 'cramps',
  arms: { intervention: { mean: 3, sd: 2, n: 20 }, comparator: { mean: 4, sd: 2, n: 20 } },
};

for (const database of await testDatabases()) {
  describe(`items over HTTP on ${database.name}`, { skip: database.skip }, () => {
    let h: Harness;
    let reviewer: TestUser;
    let reviewId: string;
    let base: string;
    before(async () => {
      h = await harness(database, 'team');
      const owner = await h.user('Owner');
      reviewer = await h.user('Reviewer');
      const protocol = { title: 'Items', language: 'en', outcomes: [] };
      reviewId = (await createReview(h.store, protocol, { actor: owner.id, owner: owner.id })).id;
      await h.member(reviewId, reviewer, 'reviewer', 'RV');
      base = `/api/reviews/${reviewId}`;
    });
    after(async () => {
      if (h) await h.close();
    });

    test('a reviewer adds a study; it is listed and read back', async () => {
      const made = await h.call('POST', `${base}/studies`, { as: reviewer, body: { doc: STUDY } });
      assert.equal(made.status, 201);
      assert.deepEqual(made.body, { id: 'smith-2001', version: 1, position: 0, doc: STUDY });
      const list = await h.call('GET', `${base}/studies`, { as: reviewer });
      assert.deepEqual(list.body, { items: [{ id: 'smith-2001', version: 1, position: 0, doc: STUDY }] });
      const one = await h.call('GET', `${base}/studies/smith-2001`, { as: reviewer });
      assert.deepEqual(one.body, { id: 'smith-2001', version: 1, position: 0, doc: STUDY });
    });

    test('a second study with the same id is 409 exists', async () => {
      const reply = await h.call('POST', `${base}/studies`, { as: reviewer, body: { doc: STUDY } });
      assert.equal(reply.status, 409);
      assert.deepEqual(reply.body, {
        error: { code: 'exists', message: 'there is already a study smith-2001 in this review' },
      });
    });

    test('an invalid study is 422 naming the field, with the issues', async () => {
      const bad = { ...STUDY, id: 'jones-2003', arms: [{ ...STUDY.arms[0], randomised: -3 }, STUDY.arms[1]] };
      const reply = await h.call('POST', `${base}/studies`, { as: reviewer, body: { doc: bad } });
      assert.equal(reply.status, 422);
      assert.deepEqual(reply.body, {
        error: {
          code: 'invalid',
          message: 'arms[0].randomised must be a positive whole number (got -3)',
          details: [
            {
              code: 'invalid_value',
              path: 'arms[0].randomised',
              message: 'arms[0].randomised must be a positive whole number (got -3)',
            },
          ],
        },
      });
    });

    test('data entries get generated ids and positions in order', async () => {
      const first = await h.call('POST', `${base}/data`, { as: reviewer, body: { doc: DATA } });
      const second = await h.call('POST', `${base}/data`, {
        as: reviewer,
        body: { doc: { ...DATA, timepoint: '8 weeks' } },
      });
      assert.deepEqual([first.status, second.status], [201, 201]);
      assert.notEqual(first.body.id, second.body.id);
      const list = await h.call('GET', `${base}/data`, { as: reviewer });
      assert.deepEqual(
        list.body.items.map((i: { id: string; position: number }) => [i.id, i.position]),
        [
          [first.body.id, 0],
          [second.body.id, 1],
        ],
      );
    });

    test('an update names its version; a stale one is 409 with the current item', async () => {
      const relabelled = { ...STUDY, label: 'Smith 2002' };
      const reply = await h.call('PUT', `${base}/studies/smith-2001`, {
        as: reviewer,
        body: { version: 1, doc: relabelled },
      });
      assert.equal(reply.status, 200);
      assert.deepEqual(reply.body, { id: 'smith-2001', version: 2, position: 0, doc: relabelled });
      const stale = await h.call('PUT', `${base}/studies/smith-2001`, {
        as: reviewer,
        body: { version: 1, doc: STUDY },
      });
      assert.equal(stale.status, 409);
      assert.deepEqual(stale.body, {
        error: {
          code: 'version_conflict',
          message: 'study smith-2001 was changed by someone else since you read it; here is the current version',
          details: { current: { id: 'smith-2001', version: 2, position: 0, doc: relabelled } },
        },
      });
    });

    test('a study keeps its id', async () => {
      const reply = await h.call('PUT', `${base}/studies/smith-2001`, {
        as: reviewer,
        body: { version: 2, doc: { ...STUDY, id: 'smith-2002' } },
      });
      assert.equal(reply.status, 422);
      assert.equal(reply.body.error.message, 'id must stay smith-2001 (got smith-2002)');
    });

    test('a delete names its version: stale is 409, none is 422, right is 204', async () => {
      const stale = await h.call('DELETE', `${base}/studies/smith-2001?version=1`, { as: reviewer });
      assert.equal(stale.status, 409);
      assert.equal(stale.body.error.details.current.version, 2);
      const none = await h.call('DELETE', `${base}/studies/smith-2001`, { as: reviewer });
      assert.equal(none.status, 422);
      assert.deepEqual(none.body, {
        error: { code: 'invalid', message: 'version must be a positive whole number (got nothing)' },
      });
      const done = await h.call('DELETE', `${base}/studies/smith-2001?version=2`, { as: reviewer });
      assert.equal(done.status, 204);
      const gone = await h.call('GET', `${base}/studies/smith-2001`, { as: reviewer });
      assert.deepEqual([gone.status, gone.body.error.message], [404, 'there is no study smith-2001']);
    });

    test('GRADE entries are keyed by their analysis; RoB assessments are validated', async () => {
      const grade = await h.call('POST', `${base}/grade`, { as: reviewer, body: { doc: { analysis: 'cramps-md' } } });
      assert.deepEqual(grade.body, { id: 'cramps-md', version: 1, position: 0, doc: { analysis: 'cramps-md' } });
      const rob = { study: 'smith-2001', outcome: 'cramps', answers: { '1.1': 'maybe' } };
      const bad = await h.call('POST', `${base}/rob`, { as: reviewer, body: { doc: rob } });
      assert.equal(bad.status, 422);
      assert.equal(bad.body.error.details[0].path, 'answers["1.1"].answer');
    });
  });
}
