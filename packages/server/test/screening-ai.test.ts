import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { emptyRecord } from '@evidens/biblio';
import { importRecords } from '@evidens/store';
import { testDatabases } from '../../../test-support/databases.js';
import { CRAMP_TITLES } from './support/cramp-titles.js';
import { type Harness, harness, type TestUser } from './support/harness.js';

/** A small review: four records on magnesium for cramps, six on heart valve surgery, two on neither. */
const TITLES = CRAMP_TITLES;
const IDS = Object.keys(TITLES);

interface Item {
  record: { id: string; title: string };
  priority: number | null;
  confidence: number | null;
  why: { term: string; word: string; forms: string[]; weight: number }[];
}

const ids = (items: Item[]) => items.map((i) => i.record.id);

for (const database of await testDatabases()) {
  describe(`AI-prioritised screening: order, confidence, why, stopping aid on ${database.name}`, {
    skip: database.skip,
  }, () => {
    let h: Harness;
    let a: TestUser;
    let b: TestUser;
    let base: string;
    const queue = (as: TestUser, query: string) => h.call('GET', `${base}/title-abstract/queue?${query}`, { as });
    const decide = async (id: string, decision: string) => {
      const reply = await h.call('PUT', `${base}/title-abstract/records/${id}`, { as: a, body: { decision } });
      assert.equal(reply.status, 200, reply.text);
    };

    before(async () => {
      h = await harness(database, 'team');
      const owner = await h.user('Olga');
      [a, b] = [await h.user('Ann'), await h.user('Bo')];
      const reviewId = await h.review('Magnesium for cramps', owner);
      await h.member(reviewId, a, 'reviewer', 'SBL');
      await h.member(reviewId, b, 'reviewer', 'IMR');
      const items = IDS.map((id, position) => {
        const record = emptyRecord(id, { file: 'records/test.jsonl', format: 'jsonl', record: position + 1 });
        return { id, position, record: { ...record, title: TITLES[id], abstract: `${TITLES[id]}.` } };
      });
      await importRecords(h.store, reviewId, items, { actor: 'system' });
      // One reviewer completes a record, so that A's decisions are final and the model can learn from them.
      const set = await h.call('PUT', `/api/reviews/${reviewId}/settings/screening`, {
        as: owner,
        body: { version: 1, reviewersPerStage: { 'title-abstract': 1 } },
      });
      assert.equal(set.status, 200, set.text);
      base = `/api/reviews/${reviewId}/screening`;
    });
    after(async () => {
      if (h) await h.close();
    });

    test('an unknown order is refused with 422', async () => {
      const reply = await queue(a, 'order=best');
      assert.equal(reply.status, 422);
      assert.deepEqual(reply.body, {
        error: { code: 'invalid', message: 'order must be one of ai, random, source (got best)' },
      });
    });

    test('without a final include and exclude, AI order says there is no model and falls back to source order', async () => {
      const reply = await queue(a, 'limit=100');
      assert.equal(reply.status, 200);
      assert.deepEqual(ids(reply.body.items), IDS);
      assert.equal(reply.body.order, 'source');
      assert.equal(reply.body.model, null);
      assert.equal(
        reply.body.reason,
        'the model needs at least one include and one exclude at this stage, final or your own (has 0 includes, 0 excludes); ' +
          'until then the queue is in source order',
      );
      const progress = await h.call('GET', `${base}/title-abstract/progress`, { as: a });
      assert.equal(progress.body.stopping, null);
    });

    test('source order is the file order; random order is stable per reviewer and differs between reviewers', async () => {
      const source = await queue(a, 'order=source&limit=100');
      assert.deepEqual(
        { ...source.body, items: ids(source.body.items) },
        { items: IDS, remaining: 12, order: 'source', model: null, reason: null },
      );
      const first = await queue(a, 'order=random&limit=100');
      const again = await queue(a, 'order=random&limit=100');
      assert.equal(first.body.order, 'random');
      assert.deepEqual(ids(again.body.items), ids(first.body.items));
      assert.deepEqual([...ids(first.body.items)].sort(), [...IDS].sort());
      assert.notDeepEqual(ids(first.body.items), IDS);
      const ofB = await queue(b, 'order=random&limit=100');
      assert.notDeepEqual(ids(ofB.body.items), ids(first.body.items));
      for (const item of first.body.items as Item[]) assert.deepEqual([item.confidence, item.why], [null, []]);
      // Deciding a record takes it out and leaves the others where they were.
      const gone = ids(first.body.items)[3];
      await decide(gone, 'exclude');
      const after = await queue(a, 'order=random&limit=100');
      assert.deepEqual(
        ids(after.body.items),
        ids(first.body.items).filter((id) => id !== gone),
      );
      const undo = await h.call('GET', `${base}/title-abstract/records/${gone}`, { as: a });
      const del = await h.call('DELETE', `${base}/title-abstract/records/${gone}?version=${undo.body.mine.version}`, {
        as: a,
      });
      assert.equal(del.status, 204, del.text);
    });

    test('AI order: confidence in [0, 1], highest for the record most like the includes, why in its own words', async () => {
      // In time order: relevant, not, not, relevant, not, not, not.
      for (const [id, d] of [
        ['m1', 'include'],
        ['c1', 'exclude'],
        ['c2', 'exclude'],
        ['m2', 'include'],
        ['c3', 'exclude'],
        ['c4', 'exclude'],
        ['c5', 'exclude'],
      ])
        await decide(id, d);
      const reply = await queue(b, 'limit=100');
      assert.equal(reply.status, 200);
      const { items, ...rest } = reply.body as { items: Item[] };
      assert.deepEqual(rest, {
        remaining: 5,
        order: 'ai',
        model: { name: 'lr', relevant: 2, irrelevant: 5 },
        reason: null,
      });
      assert.deepEqual([...ids(items)].sort(), ['c6', 'm3', 'm4', 'x1', 'x2']);
      // m3 and m4 share magnesium and cramps with the includes (m3 also nocturnal and leg); c6 only the excludes' words.
      assert.deepEqual(ids(items).slice(0, 2).sort(), ['m3', 'm4']);
      assert.equal(ids(items)[4], 'c6');
      for (const item of items) {
        assert.ok(item.confidence !== null && item.confidence > 0 && item.confidence < 1, `${item.confidence}`);
        assert.equal(item.confidence, 1 / (1 + Math.exp(-(item.priority as number))));
      }
      const confidence = Object.fromEntries(items.map((i) => [i.record.id, i.confidence as number]));
      assert.ok(confidence.m3 > confidence.c6 && confidence.m3 > confidence.x1, JSON.stringify(confidence));
      assert.ok(confidence.m3 > 0.5 && confidence.c6 < 0.5, JSON.stringify(confidence));

      const [top] = items;
      assert.ok(top.why.length >= 1 && top.why.length <= 5, JSON.stringify(top.why));
      const own = TITLES[top.record.id].toLowerCase();
      for (const [i, w] of top.why.entries()) {
        assert.ok(w.weight > 0 && (i === 0 || top.why[i - 1].weight >= w.weight), JSON.stringify(top.why));
        for (const word of w.word.split(' ')) assert.ok(own.includes(word), `${word} is not in ${top.record.id}`);
        assert.ok(w.forms.includes(w.word.split(' ')[0]), JSON.stringify(w));
      }
      // m3's words that the includes share and the excludes lack; stems shown as the record's own words.
      const m3 = items.find((i) => i.record.id === 'm3') as Item;
      assert.deepEqual(m3.why.map((w) => w.word).sort(), ['cramps', 'leg', 'leg cramps', 'magnesium', 'nocturnal']);
      assert.deepEqual(m3.why.map((w) => [w.term, w.forms]).sort(), [
        ['cramp', ['cramps']],
        ['leg cramp', ['leg', 'cramps']],
        ['leg', ['leg']],
        ['magnesium', ['magnesium']],
        ['nocturn', ['nocturnal']],
      ]);
      assert.deepEqual(items.find((i) => i.record.id === 'c6')?.why, []);
      // Only the AI order carries confidence and reasons.
      const source = await queue(b, 'order=source&limit=1');
      assert.deepEqual(
        [source.body.items[0].confidence, source.body.items[0].why, source.body.model],
        [null, [], null],
      );
    });

    test('the stopping aid on the decisions so far, computed by hand', async () => {
      const reply = await h.call('GET', `${base}/title-abstract/progress`, { as: b });
      assert.equal(reply.status, 200);
      // History in decision order 1 0 0 1 0 0 0 (7 screened, 2 relevant, the last 3 after the last relevant one) out
      // of 12 records, so 5 unscreened; the window is all 7 (fewer than 50). Estimate U·k/n = 5·2/7. Upper bound: the
      // largest K with P(X ≤ 2 | hypergeometric M = 12, K, n = 7) ≥ 0.05: K = 6 gives (C(6,1)C(6,6) + C(6,2)C(6,5)) /
      // C(12,7) = 96/792 = 0.121, K = 7 gives C(7,2)C(5,5)/792 = 21/792 = 0.027; so K = 6, upper = 6 − 2 = 4.
      assert.deepEqual(reply.body.stopping, {
        screened: 7,
        relevantFound: 2,
        unscreened: 5,
        sinceLastRelevant: 3,
        window: { size: 7, relevant: 2 },
        remaining: { estimate: 10 / 7, upper: 4, level: 0.95 },
        recall: { estimate: 2 / (2 + 10 / 7), lower: 2 / 6 },
        statement:
          'Stopping now leaves 5 records unscreened. 3 records have been screened since the last relevant one. 2 of ' +
          'the last 7 screened were relevant; if the unscreened records are no richer in relevant ones, about 1 ' +
          'relevant records remain unseen (at most 4 at 95% confidence): estimated recall 58%, at least 33%. The ' +
          'ranking cannot see what it has not been shown: records unlike any found so far may rank low, so the ' +
          'decision to stop stays with the reviewers.',
      });
      // A later include resets the count since the last relevant record.
      await decide('m3', 'include');
      const later = await h.call('GET', `${base}/title-abstract/progress`, { as: b });
      assert.deepEqual(
        [later.body.stopping.screened, later.body.stopping.sinceLastRelevant, later.body.stopping.relevantFound],
        [8, 0, 3],
      );
    });
  });
}
