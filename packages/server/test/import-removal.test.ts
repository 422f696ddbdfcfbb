import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { jobsSettled } from '@evidens/server';
import { testDatabases } from '../../../test-support/databases.js';
import { type Harness, harness, type TestUser, teamReview } from './support/harness.js';

const authors = '[{"family":"Roffe","given":"C"},{"family":"Sills","given":"S"}]';
const TRIALS = [
  `{"id":"T1","title":"Magnesium for nocturnal leg cramps: a randomised trial","authors":${authors},"year":2002,"journal":"Med Sci Monit","doi":"10.1000/msm.2002.1"}`,
  '{"id":"T2","title":"Quinine for muscle cramps in older people","authors":[{"family":"El-Tawil","given":"S"}],"year":2015}',
].join('\n');
/** An export of another project, uploaded by mistake; its first record is the review's T1 again. */
const WRONG = [
  `{"id":"W1","title":"Magnesium for nocturnal leg cramps: a randomised trial","authors":${authors},"year":2002,"journal":"Med Sci Monit","doi":"10.1000/msm.2002.1"}`,
  '{"id":"W2","title":"Statins and knee osteoarthritis","authors":[{"family":"Holm","given":"K"}],"year":2019}',
  '{"id":"W3","title":"Exercise for low back pain","authors":[{"family":"Berg","given":"L"}],"year":2018}',
].join('\n');

for (const database of await testDatabases()) {
  describe(`removing an imported file on ${database.name}`, { skip: database.skip }, () => {
    let h: Harness;
    let owner: TestUser;
    let viewer: TestUser;
    let stranger: TestUser;
    let reviewer: TestUser;
    let reviewId: string;
    before(async () => {
      h = await harness(database, 'team');
      ({ owner, viewer, stranger, reviewId } = await teamReview(h, 'Removal'));
      reviewer = await h.user('Reviewer');
      await h.member(reviewId, reviewer, 'reviewer', 'RV');
    });
    after(async () => {
      await jobsSettled();
      if (h) await h.close();
    });
    const at = (path: string) => `/api/reviews/${reviewId}${path}`;
    const upload = async (name: string, raw: string, search?: string) => {
      const reply = await h.call('POST', at(`/imports?file=${name}${search ? `&search=${search}` : ''}`), {
        as: owner,
        raw,
      });
      assert.equal(reply.status, 202, JSON.stringify(reply.body));
      await jobsSettled();
      return (await h.call('GET', `/api/jobs/${reply.body.job.id}`, { as: owner })).body.job.result;
    };
    const remove = (file: string, as: TestUser = owner) =>
      h.call('DELETE', at(`/imports?file=${encodeURIComponent(file)}`), { as });
    const searches = async () => (await h.call('GET', at('/searches'), { as: owner })).body.searches;
    const recordIds = async () =>
      (await h.call('GET', at('/records?limit=100'), { as: owner })).body.items.map((r: { id: string }) => r.id).sort();

    test('a file uploaded by mistake goes with its records and its search; the audit log keeps it', async () => {
      await upload('trials.jsonl', TRIALS);
      await upload('wrong.jsonl', WRONG);
      assert.deepEqual(await recordIds(), ['T1', 'T2', 'W1', 'W2', 'W3']);
      // Deduplication proposes T1 and W1; the proposal goes with W1.
      const run = await h.call('POST', at('/dedup'), { as: owner });
      assert.equal(run.body.proposed, 1);
      const version = (await h.call('GET', `/api/reviews/${reviewId}`, { as: owner })).body.version;
      const reply = await remove('records/wrong.jsonl');
      assert.equal(reply.status, 200, JSON.stringify(reply.body));
      assert.deepEqual(reply.body, {
        file: 'records/wrong.jsonl',
        records: 3,
        searchId: 'wrong',
        searchRemoved: true,
        groups: 1,
      });
      assert.deepEqual(await recordIds(), ['T1', 'T2']);
      assert.deepEqual(
        (await searches()).map((s: { id: string }) => s.id),
        ['trials'],
      );
      assert.deepEqual((await h.call('GET', at('/dedup-groups'), { as: owner })).body.groups, []);
      assert.equal((await h.call('GET', `/api/reviews/${reviewId}`, { as: owner })).body.version, version + 1);
      const files = await h.store.db
        .selectFrom('review_files')
        .select('path')
        .where('review_id', '=', reviewId)
        .where('path', 'like', 'records/%')
        .execute();
      assert.deepEqual(
        files.map((f) => f.path),
        ['records/trials.jsonl'],
      );
      const logged = await h.store.db
        .selectFrom('audit_log')
        .select(['action', 'entity', 'before'])
        .where('review_id', '=', reviewId)
        .where('action', '=', 'delete')
        .where('entity', '=', 'records')
        .executeTakeFirstOrThrow();
      const before = JSON.parse(logged.before ?? '{}');
      assert.deepEqual(
        [before.file, before.content, before.records],
        ['records/wrong.jsonl', WRONG, ['W1', 'W2', 'W3']],
      );
      // The same file can be imported again now: the review no longer holds it.
      assert.equal((await upload('wrong.jsonl', WRONG)).added, 3);
      assert.equal((await remove('records/wrong.jsonl')).status, 200);
    });

    test('a file whose records were screened, or a study names, stays, and the answer says why', async () => {
      await upload('screened.jsonl', WRONG.replaceAll('"W', '"S'));
      const decided = await h.call('PUT', at('/screening/title-abstract/records/S2'), {
        as: reviewer,
        body: { decision: 'exclude', reason: 'not cramps' },
      });
      assert.equal(decided.status, 200, JSON.stringify(decided.body));
      const study = {
        id: 'roffe-2002',
        label: 'Roffe 2002',
        year: 2002,
        design: 'crossover',
        population: 'Adults with nocturnal leg cramps',
        arms: [
          { id: 'mg', name: 'Magnesium', role: 'intervention', randomised: 21 },
          { id: 'pl', name: 'Placebo', role: 'comparator', randomised: 21 },
        ],
        intervention: { agent: 'magnesium' },
        comparator: { description: 'Placebo' },
        references: [{ citation: 'Roffe C et al. 2002', records: ['S1'] }],
      };
      const made = await h.call('POST', at('/studies'), { as: owner, body: { doc: study } });
      assert.equal(made.status, 201, JSON.stringify(made.body));
      const refused = await remove('records/screened.jsonl');
      assert.equal(refused.status, 409);
      assert.deepEqual(refused.body, {
        error: {
          code: 'in_use',
          message:
            'records/screened.jsonl cannot be removed while the review has 1 screening decision on its records, study roffe-2002 referring to them',
          details: { decisions: 1, confirmedGroups: 0, studies: ['roffe-2002'] },
        },
      });
      assert.deepEqual(await recordIds(), ['S1', 'S2', 'S3', 'T1', 'T2']);
    });

    test('a file of a search with others: the search stays, its hits follow the records only if they counted them', async () => {
      await upload('more.jsonl', WRONG.replaceAll('"W', '"M'), 'trials');
      const trials = () => searches().then((list) => list.find((s: { id: string }) => s.id === 'trials'));
      assert.deepEqual((await trials()).records, ['records/trials.jsonl', 'records/more.jsonl']);
      // The hits are the search's own count (2, from the first file), not the records stored (5): left as they are.
      assert.equal((await remove('records/more.jsonl')).status, 200);
      assert.deepEqual([(await trials()).hits, (await trials()).records], [2, ['records/trials.jsonl']]);
      // Hits that counted the records stored (as citation searching's do) go down with them.
      await upload('more.jsonl', WRONG.replaceAll('"W', '"M'), 'trials');
      const row = await h.store.db
        .selectFrom('reviews')
        .select('protocol')
        .where('id', '=', reviewId)
        .executeTakeFirstOrThrow();
      const protocol = JSON.parse(row.protocol);
      for (const s of protocol.searches) if (s.id === 'trials') s.hits = 5;
      await h.store.db
        .updateTable('reviews')
        .set({ protocol: JSON.stringify(protocol) })
        .where('id', '=', reviewId)
        .execute();
      const removed = await remove('records/more.jsonl');
      assert.deepEqual([removed.body.searchId, removed.body.searchRemoved], ['trials', false]);
      assert.equal((await trials()).hits, 2);
    });

    test('who may: owner only; 404 for a file the review does not have; 422 for a path outside records/', async () => {
      assert.deepEqual((await remove('records/trials.jsonl', reviewer)).body.error.code, 'forbidden');
      assert.deepEqual((await remove('records/trials.jsonl', viewer)).body.error.code, 'forbidden');
      assert.equal((await remove('records/trials.jsonl', stranger)).status, 404);
      const csrf = await h.call('DELETE', at('/imports?file=records/trials.jsonl'), { as: owner, csrf: false });
      assert.equal(csrf.status, 403);
      const missing = await remove('records/nothing.ris');
      assert.deepEqual(
        [missing.status, missing.body.error.message],
        [404, 'there is no records file records/nothing.ris in this review'],
      );
      for (const bad of ['review.yaml', 'records/../review.yaml', 'records/'])
        assert.deepEqual(
          [(await remove(bad)).status, (await remove(bad)).body.error.message],
          [422, 'file: give the stored file as ?file=records/NAME'],
        );
      assert.deepEqual(await recordIds(), ['S1', 'S2', 'S3', 'T1', 'T2']);
    });
  });
}
