import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { jobsSettled } from '@evidens/server';
import { testDatabases } from '../../../test-support/databases.js';
import { sharedOrSkip } from '../../../test-support/shared-data.js';
import { type Harness, harness, type TestUser, teamReview } from './support/harness.js';

const authors = '[{"family":"Roffe","given":"C"},{"family":"Sills","given":"S"},{"family":"Crome","given":"P"}]';
const RECORDS = [
  `{"id":"D1","title":"Magnesium for nocturnal leg cramps: a randomised trial","authors":${authors},"year":2002,"journal":"Med Sci Monit","volume":"8","issue":"5","pages":"CR326-330","doi":"10.1000/msm.2002.1"}`,
  `{"id":"D2","title":"Magnesium for nocturnal leg cramps. A randomized trial.","authors":${authors},"year":2002,"journal":"Medical Science Monitor","volume":"8","issue":"5","pages":"326-30","doi":"10.1000/MSM.2002.1"}`,
  '{"id":"D3","title":"Quinine for muscle cramps in older people","authors":[{"family":"El-Tawil","given":"S"}],"year":2015,"journal":"Cochrane Database Syst Rev"}',
  '{"id":"D4","title":"Vitamin E for leg cramps in dialysis patients","authors":[{"family":"Roca","given":"AO"}],"year":1992,"journal":"Kidney Int"}',
].join('\n');

for (const database of await testDatabases()) {
  describe(`duplicates on ${database.name}`, { skip: database.skip }, () => {
    let h: Harness;
    let owner: TestUser;
    let viewer: TestUser;
    let stranger: TestUser;
    let reviewId: string;
    before(async () => {
      h = await harness(database, 'team');
      ({ owner, viewer, stranger, reviewId } = await teamReview(h, 'Duplicates'));
      await h.call('POST', `/api/reviews/${reviewId}/imports?file=trials.jsonl`, { as: owner, raw: RECORDS });
      await jobsSettled();
    });
    after(async () => {
      await jobsSettled();
      if (h) await h.close();
    });
    const at = (path: string) => `/api/reviews/${reviewId}${path}`;
    const decisions = () =>
      h.store.db
        .selectFrom('screening_decisions')
        .select(['record_id', 'stage', 'reviewer', 'decision', 'reason', 'source', 'position'])
        .where('review_id', '=', reviewId)
        .orderBy('position')
        .execute();

    test('a run proposes the duplicate pair, with its evidence and members', async () => {
      const run = await h.call('POST', at('/dedup'), { as: owner });
      assert.equal(run.status, 200);
      assert.deepEqual(run.body, { records: 4, proposed: 1, skipped: 0, removed: 0, uncertain: 0 });
      const list = await h.call('GET', at('/dedup-groups?status=proposed'), { as: viewer });
      assert.equal(list.status, 200);
      assert.equal(list.body.groups.length, 1);
      const [group] = list.body.groups;
      assert.deepEqual([group.kept, group.status, group.version], ['D1', 'proposed', 1]);
      assert.deepEqual(
        group.members.map((m: { id: string }) => m.id),
        ['D1', 'D2'],
      );
      assert.equal(group.members[0].title, 'Magnesium for nocturnal leg cramps: a randomised trial');
      assert.ok(group.evidence.pairs[0].evidence.some((e: { field: string }) => e.field === 'doi'));
      const again = await h.call('POST', at('/dedup'), { as: owner });
      assert.deepEqual(again.body, { records: 4, proposed: 1, skipped: 0, removed: 1, uncertain: 0 });
    });

    test('confirming writes the identification decision; a stale version is 409; rejecting removes it', async () => {
      const [group] = (await h.call('GET', at('/dedup-groups'), { as: owner })).body.groups;
      const confirm = await h.call('PATCH', at(`/dedup-groups/${group.id}`), {
        as: owner,
        body: { version: group.version, status: 'confirmed' },
      });
      assert.equal(confirm.status, 200);
      assert.deepEqual([confirm.body.status, confirm.body.version], ['confirmed', group.version + 1]);
      assert.deepEqual(await decisions(), [
        {
          record_id: 'D2',
          stage: 'identification',
          reviewer: 'consensus',
          decision: 'duplicate',
          reason: 'D1',
          source: 'trials',
          position: 1,
        },
      ]);
      const stale = await h.call('PATCH', at(`/dedup-groups/${group.id}`), {
        as: owner,
        body: { version: group.version, status: 'rejected' },
      });
      assert.equal(stale.status, 409);
      assert.equal(stale.body.error.code, 'version_conflict');
      assert.equal(
        stale.body.error.message,
        `duplicate group ${group.id} was changed by someone else since you read it; here is the current version`,
      );
      assert.equal(stale.body.error.details.current.status, 'confirmed');
      const rerun = await h.call('POST', at('/dedup'), { as: owner });
      assert.deepEqual(rerun.body, { records: 4, proposed: 0, skipped: 1, removed: 0, uncertain: 0 });
      const reject = await h.call('PATCH', at(`/dedup-groups/${group.id}`), {
        as: owner,
        body: { version: group.version + 1, status: 'rejected' },
      });
      assert.deepEqual([reject.status, reject.body.status], [200, 'rejected']);
      assert.deepEqual(await decisions(), []);
      const audit = await h.store.db
        .selectFrom('audit_log')
        .select('action')
        .where('review_id', '=', reviewId)
        .where('entity', '=', 'dedup_group')
        .execute();
      assert.deepEqual(
        audit.map((a) => a.action),
        ['update', 'update'],
      );
    });

    test('merging by hand makes a confirmed group; splitting takes a record out again', async () => {
      const merge = await h.call('POST', at('/dedup-groups'), {
        as: owner,
        body: { recordIds: ['D3', 'D4'], kept: 'D4' },
      });
      assert.equal(merge.status, 201);
      assert.deepEqual(
        [merge.body.status, merge.body.kept, merge.body.members.map((m: { id: string }) => m.id)],
        ['confirmed', 'D4', ['D4', 'D3']],
      );
      assert.deepEqual(
        (await decisions()).map((d) => [d.record_id, d.reason, d.position]),
        [['D3', 'D4', 1]],
      );
      const twice = await h.call('POST', at('/dedup-groups'), {
        as: owner,
        body: { recordIds: ['D3', 'D1'], kept: 'D1' },
      });
      assert.deepEqual([twice.status, twice.body.error.code], [409, 'exists']);
      const missing = await h.call('POST', at('/dedup-groups'), {
        as: owner,
        body: { recordIds: ['D3', 'ZZ'], kept: 'D3' },
      });
      assert.deepEqual(
        [missing.status, missing.body],
        [404, { error: { code: 'not_found', message: 'there is no record ZZ' } }],
      );
      const split = await h.call('POST', at(`/dedup-groups/${merge.body.id}/split`), {
        as: owner,
        body: { version: 1, recordIds: ['D3'] },
      });
      assert.deepEqual([split.status, split.body], [200, { group: null, split: null }]);
      assert.deepEqual(await decisions(), []);
    });

    test('the known duplicates of a labelled set are found', async (t) => {
      const path = sharedOrSkip(t, 'dedup/special_cases/records_pre_merged.csv');
      if (!path) return;
      const other = await h.review('Special cases', owner);
      await h.call('POST', `/api/reviews/${other}/imports?file=special.csv`, { as: owner, raw: readFileSync(path) });
      await jobsSettled();
      const run = await h.call('POST', `/api/reviews/${other}/dedup`, { as: owner });
      assert.deepEqual(run.body, { records: 12, proposed: 3, skipped: 0, removed: 0, uncertain: 3 });
      const groups = (await h.call('GET', `/api/reviews/${other}/dedup-groups`, { as: owner })).body.groups;
      assert.deepEqual(groups.map((g: { members: { id: string }[] }) => g.members.map((m) => m.id)).sort(), [
        ['id_0000001', 'id_0000002'],
        ['id_0000005', 'id_0000006'],
        ['id_0000007', 'id_0000011'],
      ]);
    });

    test('above 2,000 records a run is a job', async () => {
      const other = await h.review('Large', owner);
      const W = ['magnesium', 'quinine', 'vitamin', 'calcium', 'stretching', 'placebo', 'naftidrofuryl', 'verapamil'];
      const lines = Array.from({ length: 2001 }, (_, i) =>
        JSON.stringify({
          id: `R${i}`,
          title: `${W[i % 8]} versus ${W[Math.floor(i / 8) % 8]} for cramps: cohort ${i} of study ${Math.floor(i / 64)}`,
          authors: [],
          year: 1980 + (i % 40),
          pmid: String(10000000 + i),
        }),
      );
      await h.call('POST', `/api/reviews/${other}/imports?file=large.jsonl`, { as: owner, raw: lines.join('\n') });
      await jobsSettled();
      const run = await h.call('POST', `/api/reviews/${other}/dedup`, { as: owner });
      assert.deepEqual([run.status, run.body.job.kind, run.body.job.status], [202, 'dedup', 'queued']);
      await jobsSettled();
      const job = (await h.call('GET', `/api/jobs/${run.body.job.id}`, { as: owner })).body.job;
      assert.deepEqual(
        [job.status, job.result],
        ['done', { records: 2001, proposed: 0, skipped: 0, removed: 0, uncertain: 0 }],
      );
    });

    test('who may: 401, 403 csrf, 404 stranger and unknown group, 403 viewer, 422 bad status', async () => {
      const anonymous = await h.call('POST', at('/dedup'));
      assert.deepEqual(
        [anonymous.status, anonymous.body],
        [401, { error: { code: 'unauthenticated', message: 'sign in first' } }],
      );
      const csrf = await h.call('POST', at('/dedup'), { as: owner, csrf: false });
      assert.deepEqual([csrf.status, csrf.body.error.code], [403, 'csrf']);
      const stranger404 = await h.call('GET', at('/dedup-groups'), { as: stranger });
      assert.deepEqual(
        [stranger404.status, stranger404.body],
        [404, { error: { code: 'not_found', message: `there is no review ${reviewId}` } }],
      );
      const viewer403 = await h.call('PATCH', at('/dedup-groups/x'), {
        as: viewer,
        body: { version: 1, status: 'confirmed' },
      });
      assert.deepEqual([viewer403.status, viewer403.body.error.code], [403, 'forbidden']);
      const none = await h.call('PATCH', at('/dedup-groups/nope'), {
        as: owner,
        body: { version: 1, status: 'confirmed' },
      });
      assert.deepEqual(
        [none.status, none.body],
        [404, { error: { code: 'not_found', message: 'there is no duplicate group nope' } }],
      );
      const bad = await h.call('GET', at('/dedup-groups?status=maybe'), { as: viewer });
      assert.deepEqual(
        [bad.status, bad.body],
        [
          422,
          { error: { code: 'invalid', message: 'status must be one of proposed, confirmed, rejected (got maybe)' } },
        ],
      );
    });
  });

  describe(`two searches that overlap, on ${database.name}`, { skip: database.skip }, () => {
    let h: Harness;
    let owner: TestUser;
    let reviewId: string;
    before(async () => {
      h = await harness(database, 'team');
      ({ owner, reviewId } = await teamReview(h, 'Overlap'));
    });
    after(async () => {
      await jobsSettled();
      if (h) await h.close();
    });
    const at = (path: string) => `/api/reviews/${reviewId}${path}`;

    test('every record of both is kept, deduplication pairs them, and PRISMA counts them once each', async () => {
      const upload = async (name: string) => {
        // The same export again: the update search found exactly the same records.
        const reply = await h.call('POST', at(`/imports?file=${name}&again=1`), { as: owner, raw: RECORDS });
        await jobsSettled();
        return (await h.call('GET', `/api/jobs/${reply.body.job.id}`, { as: owner })).body.job.result;
      };
      const first = await upload('trials.jsonl');
      const update = await upload('update.jsonl');
      assert.deepEqual([first.added, first.renamed, update.added, update.renamed], [4, 0, 4, 4]);
      assert.equal((await h.call('GET', at('/records?limit=10'), { as: owner })).body.total, 8);
      const run = await h.call('POST', at('/dedup'), { as: owner });
      assert.deepEqual([run.body.records, run.body.proposed], [8, 3]);
      const groups = (await h.call('GET', at('/dedup-groups?status=proposed'), { as: owner })).body.groups;
      const members = groups.map((g: { members: { id: string }[] }) => g.members.map((m) => m.id));
      // The first search's record is kept; its copies from the second search carry their place in that file.
      assert.deepEqual(members, [
        ['D1', 'D2', 'update.jsonl#1', 'update.jsonl#2'],
        ['D3', 'update.jsonl#3'],
        ['D4', 'update.jsonl#4'],
      ]);
      for (const group of groups) {
        const confirm = await h.call('PATCH', at(`/dedup-groups/${group.id}`), {
          as: owner,
          body: { version: group.version, status: 'confirmed' },
        });
        assert.equal(confirm.status, 200);
      }
      const prisma = (await h.call('GET', at('/prisma'), { as: owner })).body;
      assert.equal(prisma.identified, 8);
      assert.deepEqual(prisma.removedBeforeScreening, { duplicates: 5, automation: 0, other: 0 });
    });
  });
}
