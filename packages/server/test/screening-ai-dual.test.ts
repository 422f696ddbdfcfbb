/**
 * The AI queue with two blind reviewers (each reviewer's model learns from the final decisions and their own, never
 * from the other's), and the features kept between requests (built once per set of records, anew when it changes).
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { emptyRecord } from '@evidens/biblio';
import { featureBuilds } from '@evidens/server';
import { importRecords } from '@evidens/store';
import { testDatabases } from '../../../test-support/databases.js';
import { CRAMP_TITLES } from './support/cramp-titles.js';
import { type Harness, harness, type TestUser } from './support/harness.js';

/** The first six: three on magnesium for cramps, three on heart valve surgery. */
const TITLES = Object.fromEntries(Object.entries(CRAMP_TITLES).slice(0, 6));

const recordsOf = (titles: Record<string, string>, from = 0) =>
  Object.entries(titles).map(([id, title], i) => {
    const record = emptyRecord(id, { file: 'records/test.jsonl', format: 'jsonl', record: from + i + 1 });
    return { id, position: from + i, record: { ...record, title, abstract: `${title}.` } };
  });

for (const database of await testDatabases()) {
  describe(`AI queue with two blind reviewers, and its kept features, on ${database.name}`, {
    skip: database.skip,
  }, () => {
    let h: Harness;
    let a: TestUser;
    let b: TestUser;
    let reviewId: string;
    let base: string;
    const queue = (as: TestUser) => h.call('GET', `${base}/queue?limit=100`, { as });
    const decide = async (as: TestUser, id: string, decision: string) => {
      const reply = await h.call('PUT', `${base}/records/${id}`, { as, body: { decision } });
      assert.equal(reply.status, 200, reply.text);
    };

    before(async () => {
      h = await harness(database, 'team');
      const owner = await h.user('Olga');
      [a, b] = [await h.user('Ann'), await h.user('Bo')];
      reviewId = await h.review('Magnesium for cramps', owner);
      await h.member(reviewId, a, 'reviewer', 'SBL');
      await h.member(reviewId, b, 'reviewer', 'IMR');
      await importRecords(h.store, reviewId, recordsOf(TITLES), { actor: 'system' });
      base = `/api/reviews/${reviewId}/screening/title-abstract`;
    });
    after(async () => {
      if (h) await h.close();
    });

    test("a reviewer's own decisions train their model before the second reviewer decides; the other's never", async () => {
      await decide(a, 'm1', 'include');
      await decide(a, 'c1', 'exclude');
      const mine = await queue(a);
      assert.equal(mine.status, 200, mine.text);
      assert.deepEqual([mine.body.order, mine.body.model], ['ai', { name: 'lr', relevant: 1, irrelevant: 1 }]);
      // The other magnesium records come first.
      const top = mine.body.items.map((i: { record: { id: string } }) => i.record.id).slice(0, 2);
      assert.deepEqual(top.sort(), ['m2', 'm3']);
      // Bo has decided nothing and may not learn from Ann's pending decisions.
      const theirs = await queue(b);
      assert.deepEqual([theirs.body.order, theirs.body.model], ['source', null]);
      assert.match(theirs.body.reason, /\(has 0 includes, 0 excludes\)/);
      // Once both agree, the decision is final and counts for both.
      await decide(b, 'm1', 'include');
      await decide(b, 'c2', 'exclude');
      const both = await queue(b);
      assert.deepEqual(both.body.model, { name: 'lr', relevant: 1, irrelevant: 1 });
      assert.ok(!both.body.items.some((i: { record: { id: string } }) => ['m1', 'c2'].includes(i.record.id)));
    });

    test('the features are built once for a set of records, and anew when records are added', async () => {
      const before = featureBuilds();
      await queue(a);
      await decide(a, 'c2', 'exclude');
      const again = await queue(a);
      assert.equal(again.body.model.irrelevant, 2);
      assert.equal(featureBuilds(), before, 'no build while the records stay the same');
      await importRecords(h.store, reviewId, recordsOf({ m4: CRAMP_TITLES.m4 }, 6), {
        actor: 'system',
      });
      const added = await queue(a);
      assert.ok(added.body.items.some((i: { record: { id: string } }) => i.record.id === 'm4'));
      assert.equal(featureBuilds(), before + 1, 'one build for the new set of records');
      // m4 is about magnesium and cramps: it ranks above the cardiac records.
      const order = added.body.items.map((i: { record: { id: string } }) => i.record.id);
      assert.ok(order.indexOf('m4') < order.indexOf('c3'), order.join(' '));
    });
  });
}
