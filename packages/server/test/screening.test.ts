import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { emptyRecord } from '@evidens/biblio';
import type { ScreeningStage } from '@evidens/review';
import { importRecords, putDecision } from '@evidens/store';
import { parse } from 'csv-parse/sync';
import { testDatabases } from '../../../test-support/databases.js';
import { type Harness, harness, type Reply, type TestUser } from './support/harness.js';

const TIME = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/;

/** A record with a title and abstract, as a reader would give it. */
function bib(id: string, title: string, abstract = `${title} abstract`) {
  const record = { ...emptyRecord(id, { file: 'records/test.jsonl', format: 'jsonl' as const, record: 1 }), title };
  return { ...record, abstract, year: 2020, journal: 'Trials', authors: [{ family: 'Doe', given: 'J' }] };
}

/** The record as the screening routes show it. */
const shown = (id: string, title: string, abstract = `${title} abstract`) => ({
  id,
  title,
  abstract,
  year: 2020,
  authors: [{ family: 'Doe', given: 'J' }],
  journal: 'Trials',
});

async function addRecords(h: Harness, reviewId: string, titles: Record<string, string>): Promise<void> {
  const items = Object.entries(titles).map(([id, title], position) => ({ id, position, record: bib(id, title) }));
  await importRecords(h.store, reviewId, items, { actor: 'system' });
}

/** A decision in an answer, its time checked to be an ISO time and then left out of the comparison. */
function decision(reply: Reply, status = 200) {
  assert.equal(reply.status, status, reply.text);
  const { time, ...rest } = reply.body.decision;
  assert.match(time, TIME);
  return rest;
}

/** What a queue item carries besides its record and priority when the queue is not ranked by a model. */
const unranked = { confidence: null, why: [] };

/** The rest of a queue answer that asked for AI order before the model has an include and an exclude. */
const noModel = (includes: number, excludes: number) => ({
  order: 'source',
  model: null,
  reason:
    'the model needs at least one include and one exclude at this stage, final or your own ' +
    `(has ${includes} includes, ${excludes} excludes); until then the queue is in source order`,
});

const error = (code: string, message: string, details?: unknown) => ({
  error: details === undefined ? { code, message } : { code, message, details },
});

for (const database of await testDatabases()) {
  describe(`blind dual screening (team mode) on ${database.name}`, { skip: database.skip }, () => {
    let h: Harness;
    let owner: TestUser;
    let a: TestUser;
    let b: TestUser;
    let viewer: TestUser;
    let outsider: TestUser;
    let reviewId: string;
    let otherReviewId: string;
    let base: string;
    const ta = (recordId: string) => `${base}/title-abstract/records/${recordId}`;

    before(async () => {
      h = await harness(database, 'team');
      [owner, a, b, viewer, outsider] = await Promise.all(['Olga', 'Ann', 'Bo', 'Vic', 'Xen'].map((n) => h.user(n)));
      reviewId = await h.review('Magnesium for cramps', owner);
      await h.member(reviewId, a, 'reviewer', 'SBL');
      await h.member(reviewId, b, 'reviewer', 'IMR');
      await h.member(reviewId, viewer, 'viewer');
      otherReviewId = await h.review('Another review', outsider);
      base = `/api/reviews/${reviewId}/screening`;
      await addRecords(h, reviewId, { r1: 'Magnesium for cramps', r2: 'Quinine for cramps', r3: 'Stretching' });
      await addRecords(h, otherReviewId, { q1: 'Not in the first review' });
    });
    after(async () => {
      if (h) await h.close();
    });

    test('A decides, B sees nothing of it, they disagree, the owner alone sees the conflict and settles it', async () => {
      const mine = decision(await h.call('PUT', ta('r1'), { as: a, body: { decision: 'include' } }));
      const ofA = { record: 'r1', stage: 'title-abstract', reviewer: 'SBL', decision: 'include', reason: null };
      assert.deepEqual(mine, { ...ofA, version: 1 });

      const blind = await h.call('GET', ta('r1'), { as: b });
      assert.equal(blind.status, 200);
      assert.deepEqual(blind.body, { record: shown('r1', 'Magnesium for cramps'), mine: null });

      const reason = 'not a randomised trial';
      const ofB = decision(await h.call('PUT', ta('r1'), { as: b, body: { decision: 'exclude', reason } }));
      assert.deepEqual(ofB, { ...ofA, reviewer: 'IMR', decision: 'exclude', reason, version: 1 });
      const stillBlind = await h.call('GET', ta('r1'), { as: a });
      assert.deepEqual(Object.keys(stillBlind.body), ['record', 'mine']);
      assert.equal(stillBlind.body.mine.reviewer, 'SBL');

      const conflicts = await h.call('GET', `${base}/title-abstract/conflicts`, { as: owner });
      assert.equal(conflicts.status, 200);
      assert.deepEqual(
        conflicts.body.items.map((item: { record: unknown; decisions: { time: string }[] }) => ({
          record: item.record,
          decisions: item.decisions.map(({ time, ...rest }) => rest),
        })),
        [{ record: shown('r1', 'Magnesium for cramps'), decisions: [{ ...ofA, version: 1 }, { ...ofB }] }],
      );
      const forbidden = await h.call('GET', `${base}/title-abstract/conflicts`, { as: a });
      assert.equal(forbidden.status, 403);
      assert.deepEqual(
        forbidden.body,
        error('forbidden', 'this needs the owner role in the review (you are reviewer)'),
      );

      const settled = decision(
        await h.call('POST', `${ta('r1')}/reconcile`, { as: owner, body: { decision: 'include', reason: 'RCT' } }),
      );
      assert.deepEqual(settled, { ...ofA, reviewer: 'consensus', reason: 'RCT', version: 1 });
      const open = await h.call('GET', ta('r1'), { as: a });
      assert.deepEqual(Object.keys(open.body), ['record', 'mine', 'decisions', 'consensus']);
      assert.deepEqual(
        open.body.decisions.map((d: { reviewer: string; decision: string }) => [d.reviewer, d.decision]),
        [
          ['IMR', 'exclude'],
          ['SBL', 'include'],
        ],
      );
      assert.equal(open.body.consensus.decision, 'include');
      const none = await h.call('GET', `${base}/title-abstract/conflicts`, { as: owner });
      assert.deepEqual(none.body, { items: [] });
    });

    test('a record not every required reviewer has decided cannot be reconciled', async () => {
      decision(await h.call('PUT', ta('r2'), { as: a, body: { decision: 'maybe' } }));
      const reply = await h.call('POST', `${ta('r2')}/reconcile`, { as: owner, body: { decision: 'include' } });
      assert.equal(reply.status, 409);
      const message =
        'record r2 has no conflict to settle at title-abstract: 1 of the 2 required reviewers have decided';
      assert.deepEqual(reply.body, error('version_conflict', message, { decided: 1, required: 2 }));
    });

    test('a change needs the current version; an undo too', async () => {
      const path = `${base}/full-text/records/r3`;
      const first = decision(await h.call('PUT', path, { as: a, body: { decision: 'include' } }));
      const again = await h.call('PUT', path, { as: a, body: { decision: 'maybe' } });
      assert.equal(again.status, 409);
      const exists =
        'the decision of SBL on record r3 at full-text exists already; send its current version to change it';
      assert.equal(again.body.error.message, exists);
      assert.deepEqual({ ...again.body.error.details.current, time: undefined }, { ...first, time: undefined });
      const second = decision(await h.call('PUT', path, { as: a, body: { decision: 'maybe', version: 1 } }));
      assert.equal(second.version, 2);
      const stale = await h.call('PUT', path, { as: a, body: { decision: 'include', version: 1 } });
      assert.equal(stale.status, 409);
      assert.equal(stale.body.error.code, 'version_conflict');
      assert.equal(stale.body.error.details.current.version, 2);
      assert.equal(stale.body.error.details.current.decision, 'maybe');

      const noVersion = await h.call('DELETE', path, { as: a });
      assert.equal(noVersion.status, 409);
      assert.equal(noVersion.body.error.message, 'undoing a decision needs its current version (?version=N)');
      assert.equal((await h.call('DELETE', `${path}?version=1`, { as: a })).status, 409);
      const undone = await h.call('DELETE', `${path}?version=2`, { as: a });
      assert.equal(undone.status, 204);
      assert.equal(undone.text, '');
      const gone = await h.call('DELETE', `${path}?version=2`, { as: a });
      assert.equal(gone.status, 404);
      assert.deepEqual(gone.body, error('not_found', 'there is no decision of SBL on record r3 at full-text'));
      const late = await h.call('PUT', path, { as: a, body: { decision: 'include', version: 2 } });
      assert.equal(late.status, 409);
      const undoneMessage = 'the decision of SBL on record r3 at full-text was undone since you read it';
      assert.deepEqual(late.body, error('version_conflict', undoneMessage, { current: null }));
    });

    test('decisions a stage does not allow, and a full-text exclusion without a reason, are refused', async () => {
      const bogus = await h.call('PUT', ta('r3'), { as: b, body: { decision: 'not-retrieved' } });
      assert.equal(bogus.status, 422);
      const allowed = 'decision at title-abstract must be one of include, exclude, maybe (got not-retrieved)';
      assert.deepEqual(bogus.body, error('invalid', allowed));
      const noReason = await h.call('PUT', `${base}/full-text/records/r3`, { as: b, body: { decision: 'exclude' } });
      assert.equal(noReason.status, 422);
      assert.deepEqual(noReason.body, error('invalid', 'a full-text exclusion needs a reason'));
      const blank = { decision: 'exclude', reason: '  ' };
      assert.equal((await h.call('PUT', `${base}/full-text/records/r3`, { as: b, body: blank })).status, 422);
      const typed = await h.call('PUT', ta('r3'), { as: b, body: { decision: 'include', version: 'one' } });
      assert.equal(typed.status, 422);
      assert.equal(typed.body.error.code, 'invalid');
      const notJson = await h.call('PUT', ta('r3'), { as: b, raw: '{', contentType: 'application/json' });
      assert.deepEqual(notJson.body, error('bad_request', 'the request body must be JSON'));
    });

    test('every route: no session 401, too low a role 403, not a member or another review 404, no CSRF 403', async () => {
      const routes: [string, string, 'viewer' | 'reviewer' | 'owner', unknown?][] = [
        ['GET', `${base}/title-abstract/queue`, 'reviewer'],
        ['GET', `${base}/title-abstract/progress`, 'viewer'],
        ['GET', ta('r2'), 'viewer'],
        ['PUT', ta('r2'), 'reviewer', { decision: 'include' }],
        ['DELETE', `${ta('r2')}?version=1`, 'reviewer'],
        ['GET', `${base}/title-abstract/conflicts`, 'owner'],
        ['POST', `${ta('r2')}/reconcile`, 'owner', { decision: 'include' }],
        ['PUT', `/api/reviews/${reviewId}/settings/screening`, 'owner', { version: 1, reviewersPerStage: {} }],
      ];
      const below = { viewer: undefined, reviewer: viewer, owner: b };
      for (const [method, path, need, body] of routes) {
        const where = `${method} ${path}`;
        const anonymous = await h.call(method, path, { body });
        assert.equal(anonymous.status, 401, where);
        assert.deepEqual(anonymous.body, error('unauthenticated', 'sign in first'), where);
        const stranger = await h.call(method, path, { as: outsider, body });
        assert.equal(stranger.status, 404, where);
        assert.deepEqual(stranger.body, error('not_found', `there is no review ${reviewId}`), where);
        const low = below[need];
        if (low) {
          const reply = await h.call(method, path, { as: low, body });
          assert.equal(reply.status, 403, where);
          const role = low === viewer ? 'viewer' : 'reviewer';
          assert.deepEqual(
            reply.body,
            error('forbidden', `this needs the ${need} role in the review (you are ${role})`),
          );
        }
        if (method !== 'GET') {
          const reply = await h.call(method, path, { as: owner, body, csrf: false });
          assert.equal(reply.status, 403, where);
          assert.equal(reply.body.error.code, 'csrf', where);
        }
        if (path.includes('/screening/title-abstract')) {
          const wrongStage = await h.call(method, path.replace('title-abstract', 'identification'), {
            as: owner,
            body,
          });
          assert.equal(wrongStage.status, 404, where);
          const stages = 'there is no screening stage identification (stages: title-abstract, full-text)';
          assert.deepEqual(wrongStage.body, error('not_found', stages), where);
        }
        if (path.includes('/records/r2')) {
          const elsewhere = await h.call(method, path.replace('/records/r2', '/records/q1'), { as: owner, body });
          assert.equal(elsewhere.status, 404, where);
          assert.deepEqual(elsewhere.body, error('not_found', 'there is no record q1 in this review'), where);
        }
      }
    });

    test('the owner sets one or two reviewers per stage against the review version', async () => {
      const path = `/api/reviews/${reviewId}/settings/screening`;
      const set = await h.call('PUT', path, { as: owner, body: { version: 1, reviewersPerStage: { 'full-text': 1 } } });
      assert.equal(set.status, 200);
      const settings = { reviewersPerStage: { 'title-abstract': 2, 'full-text': 1 } };
      assert.deepEqual(set.body, { version: 2, settings });
      const stale = await h.call('PUT', path, { as: owner, body: { version: 1, reviewersPerStage: {} } });
      assert.equal(stale.status, 409);
      assert.deepEqual(stale.body.error.details, { current: { version: 2, settings } });
      const three = await h.call('PUT', path, {
        as: owner,
        body: { version: 2, reviewersPerStage: { 'full-text': 3 } },
      });
      assert.equal(three.status, 422);
      // One reviewer now completes a full-text record: B's decision leaves it out of A's queue.
      decision(await h.call('PUT', `${base}/full-text/records/r1`, { as: b, body: { decision: 'include' } }));
      const progress = await h.call('GET', `${base}/full-text/progress`, { as: viewer });
      assert.deepEqual(progress.body, {
        records: 1,
        decidedByMe: 0,
        complete: 1,
        conflicts: 0,
        included: 1,
        excluded: 0,
        kappa: null,
        stopping: {
          screened: 1,
          relevantFound: 1,
          unscreened: 0,
          sinceLastRelevant: 0,
          window: { size: 1, relevant: 1 },
          remaining: { estimate: 0, upper: 0, level: 0.95 },
          recall: { estimate: 1, lower: 1 },
          statement: 'Every record has been screened; stopping now risks nothing.',
        },
      });
    });
  });
}

for (const database of await testDatabases()) {
  describe(`screening queue and agreement (team mode) on ${database.name}`, { skip: database.skip }, () => {
    let h: Harness;
    let a: TestUser;
    let b: TestUser;
    let base: string;
    const like = 'Magnesium citrate for nocturnal leg cramps: a randomised placebo-controlled trial';
    const unlike = 'Cardiac surgery valve replacement outcomes: a cohort study';
    const titles: Record<string, string> = {
      k1: like,
      k2: `${like} in pregnancy`,
      k3: `Oral ${like}`,
      k4: 'Leg cramps in older people',
      k5: unlike,
      k6: `${unlike} in adults`,
      k7: `Long-term ${unlike}`,
      k8: `Cardiac ${unlike}`,
      k9: 'Quinine and cramps',
      k10: 'Muscle cramps survey',
      k11: 'Magnesium for leg cramps: a randomised trial',
      k12: 'Valve surgery outcomes: a cohort',
    };

    before(async () => {
      h = await harness(database, 'team');
      const owner = await h.user('Olga');
      [a, b] = [await h.user('Ann'), await h.user('Bo')];
      const reviewId = await h.review('Agreement', owner);
      await h.member(reviewId, a, 'reviewer', 'SBL');
      await h.member(reviewId, b, 'reviewer', 'IMR');
      await addRecords(h, reviewId, titles);
      base = `/api/reviews/${reviewId}/screening`;
    });
    after(async () => {
      if (h) await h.close();
    });

    test('before any final include and exclude the queue is in the records’ order, without priorities', async () => {
      const reply = await h.call('GET', `${base}/title-abstract/queue?limit=3`, { as: b });
      assert.equal(reply.status, 200);
      assert.deepEqual(reply.body, {
        items: ['k1', 'k2', 'k3'].map((id) => ({ record: shown(id, titles[id]), priority: null, ...unranked })),
        remaining: 12,
        ...noModel(0, 0),
      });
      const zero = await h.call('GET', `${base}/title-abstract/queue?limit=0`, { as: b });
      assert.equal(zero.status, 422);
      assert.deepEqual(zero.body, error('invalid', 'limit must be a whole number from 1 to 100 (got 0)'));
    });

    test("Cohen's κ against a table computed by hand, and a queue ranked by the model", async () => {
      // A's decision (rows) against B's (columns) on the 10 records both decide:
      //            include  exclude  maybe
      //   include     3        1       0      (k1–k3 agree; k4)
      //   exclude     1        4       0      (k9; k5–k8 agree)
      //   maybe       1        0       0      (k10)
      // p_o = 7/10 = 0.7; A's margins 4, 5, 1 and B's 5, 5, 0 of 10, so p_e = 0.4·0.5 + 0.5·0.5 + 0.1·0 = 0.45;
      // κ = (0.7 − 0.45) / (1 − 0.45) = 5/11. A also decides k11, which B has not: it is not in n.
      const pairs: Record<string, [string, string]> = {
        k1: ['include', 'include'],
        k2: ['include', 'include'],
        k3: ['include', 'include'],
        k4: ['include', 'exclude'],
        k5: ['exclude', 'exclude'],
        k6: ['exclude', 'exclude'],
        k7: ['exclude', 'exclude'],
        k8: ['exclude', 'exclude'],
        k9: ['exclude', 'include'],
        k10: ['maybe', 'include'],
      };
      for (const [id, [ofA, ofB]] of Object.entries(pairs)) {
        decision(await h.call('PUT', `${base}/title-abstract/records/${id}`, { as: a, body: { decision: ofA } }));
        decision(await h.call('PUT', `${base}/title-abstract/records/${id}`, { as: b, body: { decision: ofB } }));
      }
      decision(await h.call('PUT', `${base}/title-abstract/records/k11`, { as: a, body: { decision: 'include' } }));

      const progress = await h.call('GET', `${base}/title-abstract/progress`, { as: a });
      assert.equal(progress.status, 200);
      const { kappa, stopping, ...counts } = progress.body;
      assert.deepEqual(counts, { records: 12, decidedByMe: 11, complete: 7, conflicts: 3, included: 3, excluded: 4 });
      assert.deepEqual([stopping.screened, stopping.relevantFound, stopping.unscreened], [7, 3, 5]);
      assert.equal(kappa.n, 10);
      assert.equal(kappa.observed, 0.7);
      assert.ok(Math.abs(kappa.expected - 0.45) < 1e-12, `${kappa.expected}`);
      assert.ok(Math.abs(kappa.value - 5 / 11) < 1e-12, `${kappa.value}`);

      // B has k11 (decided by A only) and k12 left; the model, trained on k1–k3 in and k5–k8 out, puts k11 first.
      const queue = await h.call('GET', `${base}/title-abstract/queue`, { as: b });
      assert.equal(queue.status, 200);
      assert.equal(queue.body.remaining, 2);
      assert.deepEqual(
        queue.body.items.map((item: { record: { id: string } }) => item.record.id),
        ['k11', 'k12'],
      );
      const [first, second] = queue.body.items.map((item: { priority: number }) => item.priority);
      assert.ok(Number.isFinite(first) && Number.isFinite(second) && first > second, `${first} ${second}`);
      const ofA = await h.call('GET', `${base}/title-abstract/queue`, { as: a });
      assert.deepEqual(
        ofA.body.items.map((item: { record: { id: string } }) => item.record.id),
        ['k12'],
      );

      // Full text screens what passed title and abstract: the three agreed includes.
      const fullText = await h.call('GET', `${base}/full-text/queue`, { as: a });
      assert.deepEqual(fullText.body, {
        items: ['k1', 'k2', 'k3'].map((id) => ({ record: shown(id, titles[id]), priority: null, ...unranked })),
        remaining: 3,
        ...noModel(0, 0),
      });
    });
  });
}

const MAGNESIUM = join(import.meta.dirname, '..', '..', '..', 'examples', 'magnesium-leg-cramps');

/** κ straight from screening.csv, by the contingency table, without the database or the server. */
function kappaFromCsv(rows: Record<string, string>[], stage: string, first: string, second: string) {
  const of = (reviewer: string) =>
    new Map(
      rows
        .filter((r) => r.stage === stage && r.reviewer.split('+').includes(reviewer))
        .map((r) => [r.record, r.decision]),
    );
  const [a, b] = [of(first), of(second)];
  const both = [...a.keys()].filter((record) => b.has(record));
  const categories = [...new Set([...a.values(), ...b.values()])];
  const cell = (x: string, y: string) => both.filter((r) => a.get(r) === x && b.get(r) === y).length;
  const n = both.length;
  const observed = categories.reduce((sum, k) => sum + cell(k, k), 0) / n;
  const margin = (k: string, side: 'row' | 'column') =>
    categories.reduce((sum, other) => sum + (side === 'row' ? cell(k, other) : cell(other, k)), 0) / n;
  const expected = categories.reduce((sum, k) => sum + margin(k, 'row') * margin(k, 'column'), 0);
  return { value: (observed - expected) / (1 - expected), n, observed, expected };
}

for (const database of await testDatabases()) {
  describe(`screening in single-user mode, with the magnesium example, on ${database.name}`, {
    skip: database.skip,
  }, () => {
    let h: Harness;
    let reviewId: string;
    const csv: Record<string, string>[] = parse(readFileSync(join(MAGNESIUM, 'screening.csv')), { columns: true });

    before(async () => {
      h = await harness(database, 'single');
      reviewId = await h.review('Magnesium for leg cramps');
      for (const file of ['pubmed', 'reference-lists', 'cochrane-lists']) {
        const lines = readFileSync(join(MAGNESIUM, 'records', `${file}.jsonl`), 'utf8')
          .trim()
          .split('\n');
        const items = lines.map((line, position) => {
          const record = JSON.parse(line);
          return { id: record.id, searchId: file, file: `records/${file}.jsonl`, position, record };
        });
        await importRecords(h.store, reviewId, items, { actor: 'system' });
      }
      // "R1+R2" in the folder is one row for two reviewers who decided alike: in the store each has their own.
      for (const row of csv)
        for (const reviewer of row.reviewer.split('+'))
          await putDecision(h.store, {
            reviewId,
            recordId: row.record,
            stage: row.stage as ScreeningStage,
            reviewer,
            decision: row.decision,
            reason: row.reason || null,
            actor: 'system',
          });
    });
    after(async () => {
      if (h) await h.close();
    });

    test("κ of the example's two reviewers equals the one computed from screening.csv on its own", async () => {
      const base = `/api/reviews/${reviewId}/screening`;
      const ta = await h.call('GET', `${base}/title-abstract/progress`);
      assert.equal(ta.status, 200);
      // The example's reviewers agreed on every record (one row, "R1+R2"): κ = 1 with p_e = (5² + 24²) / 29².
      assert.deepEqual(ta.body.kappa, kappaFromCsv(csv, 'title-abstract', 'R1', 'R2'));
      assert.deepEqual(ta.body.kappa, { value: 1, n: 29, observed: 1, expected: 601 / 841 });
      assert.deepEqual(
        { ...ta.body, kappa: undefined, stopping: undefined },
        {
          records: 36,
          decidedByMe: 0,
          complete: 29,
          conflicts: 0,
          included: 5,
          excluded: 24,
          kappa: undefined,
          stopping: undefined,
        },
      );
      const ft = await h.call('GET', `${base}/full-text/progress`);
      // Full text: PM01–PM05 passed title and abstract; RL01–02 and CL01–05 came in by other routes. The pair is R1
      // and R2 (7 records each), not evidens-example (5).
      assert.deepEqual(ft.body.kappa, kappaFromCsv(csv, 'full-text', 'R1', 'R2'));
      assert.deepEqual(ft.body.kappa, { value: 1, n: 7, observed: 1, expected: 29 / 49 });
      assert.equal(ft.body.records, 12);
      assert.equal(ft.body.included, 7);
      assert.equal(ft.body.excluded, 4);
    });

    test('the local user decides without a session or CSRF token, and one decision completes a record', async () => {
      const path = `/api/reviews/${reviewId}/screening/title-abstract/records/PM01`;
      const before = await h.call('GET', path);
      assert.deepEqual(Object.keys(before.body), ['record', 'mine']);
      assert.equal(before.body.mine, null);
      const mine = decision(await h.call('PUT', path, { body: { decision: 'include' } }));
      const expected = {
        record: 'PM01',
        stage: 'title-abstract',
        reviewer: 'local',
        decision: 'include',
        reason: null,
      };
      assert.deepEqual(mine, { ...expected, version: 1 });
      // R1, R2 and local all say include: still agreed, and the local user sees their own decision only.
      const after = await h.call('GET', path);
      assert.equal(after.body.mine.reviewer, 'local');
      assert.equal(after.body.decisions, undefined);
      const progress = await h.call('GET', `/api/reviews/${reviewId}/screening/title-abstract/progress`);
      assert.equal(progress.body.decidedByMe, 1);
      assert.equal(progress.body.complete, 29);
      const conflicts = await h.call('GET', `/api/reviews/${reviewId}/screening/title-abstract/conflicts`);
      assert.deepEqual(conflicts.body, { items: [] });
      const unknown = await h.call('GET', '/api/reviews/nope/screening/title-abstract/progress');
      assert.equal(unknown.status, 404);
      assert.deepEqual(unknown.body, error('not_found', 'there is no review nope'));
      const noRecord = await h.call('PUT', `/api/reviews/${reviewId}/screening/title-abstract/records/XX`, {
        body: { decision: 'include' },
      });
      assert.deepEqual(noRecord.body, error('not_found', 'there is no record XX in this review'));
    });
  });
}
