import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createItem, createReview } from '@evidens/store';
import { testDatabases } from '../../../test-support/databases.js';
import { type Harness, harness, type TestUser } from './support/harness.js';

const PROTOCOL = { title: 'Audited', language: 'en', outcomes: [] };
const STUDY = {
  id: 's1',
  label: 'Smith 2001',
  year: 2001,
  design: 'parallel',
  population: 'Adults',
  arms: [
    { id: 'mg', name: 'Magnesium', role: 'intervention' },
    { id: 'pl', name: 'Placebo', role: 'comparator' },
  ],
  intervention: { agent: 'magnesium' },
  comparator: { description: 'Placebo' },
};
const ROB = { study: 's1', outcome: 'o1', answers: { '1.1': 'Y' } };

type Need = 'viewer' | 'reviewer' | 'owner';
interface Route {
  method: string;
  path: (review: string, study: string, rob: string) => string;
  need: Need;
  body?: unknown;
  /** The path names an item, so another review's item must be a 404 too. */
  item?: boolean;
}

const ROUTES: Route[] = [
  { method: 'GET', path: (r) => `/api/reviews/${r}`, need: 'viewer' },
  { method: 'PUT', path: (r) => `/api/reviews/${r}/protocol`, need: 'owner', body: { version: 1, protocol: PROTOCOL } },
  { method: 'DELETE', path: (r) => `/api/reviews/${r}`, need: 'owner' },
  { method: 'GET', path: (r) => `/api/reviews/${r}/studies`, need: 'viewer' },
  { method: 'POST', path: (r) => `/api/reviews/${r}/studies`, need: 'reviewer', body: { doc: { ...STUDY, id: 's2' } } },
  { method: 'GET', path: (r, s) => `/api/reviews/${r}/studies/${s}`, need: 'viewer', item: true },
  {
    method: 'PUT',
    path: (r, s) => `/api/reviews/${r}/studies/${s}`,
    need: 'reviewer',
    body: { version: 1, doc: STUDY },
    item: true,
  },
  { method: 'DELETE', path: (r, s) => `/api/reviews/${r}/studies/${s}?version=1`, need: 'reviewer', item: true },
  { method: 'GET', path: (r, _s, b) => `/api/reviews/${r}/rob/${b}`, need: 'viewer', item: true },
  { method: 'GET', path: (r, _s, b) => `/api/reviews/${r}/rob/${b}/judgement`, need: 'viewer', item: true },
  { method: 'GET', path: (r) => `/api/reviews/${r}/model`, need: 'viewer' },
  { method: 'GET', path: (r) => `/api/reviews/${r}/analyses`, need: 'viewer' },
  { method: 'GET', path: (r) => `/api/reviews/${r}/prisma`, need: 'viewer' },
  { method: 'GET', path: (r) => `/api/reviews/${r}/folder.zip`, need: 'viewer' },
  { method: 'GET', path: (r) => `/api/reviews/${r}/report`, need: 'viewer' },
  { method: 'GET', path: (r) => `/api/reviews/${r}/audit`, need: 'owner' },
];

for (const database of await testDatabases()) {
  describe(`the audit log and access to every review route on ${database.name}`, { skip: database.skip }, () => {
    let h: Harness;
    const users = {} as Record<'owner' | 'reviewer' | 'viewer' | 'outsider', TestUser>;
    let reviewId: string;
    let otherId: string;
    let robId: string;
    let otherRobId: string;
    before(async () => {
      h = await harness(database, 'team');
      for (const name of ['owner', 'reviewer', 'viewer', 'outsider'] as const) users[name] = await h.user(name);
      const make = async (owner: TestUser) =>
        (await createReview(h.store, PROTOCOL, { actor: owner.id, owner: owner.id })).id;
      reviewId = await make(users.owner);
      otherId = await make(users.outsider);
      await h.member(reviewId, users.reviewer, 'reviewer', 'R');
      await h.member(reviewId, users.viewer, 'viewer', 'V');
      await h.member(otherId, users.owner, 'owner', 'O2');
      await createItem(h.store, reviewId, 'studies', STUDY, { actor: users.owner.id });
      await createItem(h.store, otherId, 'studies', { ...STUDY, id: 'b1' }, { actor: users.outsider.id });
      robId = (await createItem(h.store, reviewId, 'rob', ROB, { actor: users.owner.id })).id;
      otherRobId = (await createItem(h.store, otherId, 'rob', ROB, { actor: users.outsider.id })).id;
    });
    after(async () => {
      if (h) await h.close();
    });

    test('an update is in the log with who, what, before and after, newest first', async () => {
      const changed = { ...STUDY, label: 'Smith 2002' };
      const put = await h.call('PUT', `/api/reviews/${reviewId}/studies/s1`, {
        as: users.reviewer,
        body: { version: 1, doc: changed },
      });
      assert.equal(put.status, 200);
      const reply = await h.call('GET', `/api/reviews/${reviewId}/audit?limit=1`, { as: users.owner });
      assert.equal(reply.status, 200);
      const [entry] = reply.body.entries;
      assert.deepEqual(reply.body, {
        total: 5,
        entries: [
          {
            id: entry.id,
            at: entry.at,
            actor: users.reviewer.id,
            action: 'update',
            entity: 'study',
            entityId: 's1',
            before: STUDY,
            after: changed,
          },
        ],
      });
      const all = await h.call('GET', `/api/reviews/${reviewId}/audit?offset=1`, { as: users.owner });
      assert.deepEqual(
        all.body.entries.map((e: { action: string; entity: string }) => `${e.action} ${e.entity}`),
        ['create rob', 'create study', 'create membership', 'create review'],
      );
      const bad = await h.call('GET', `/api/reviews/${reviewId}/audit?limit=0`, { as: users.owner });
      assert.deepEqual(bad.body, {
        error: { code: 'invalid', message: 'limit must be a whole number from 1 to 500 (got 0)' },
      });
    });

    test('signed-in routes without a review refuse anonymous callers', async () => {
      for (const [method, path] of [
        ['GET', '/api/reviews'],
        ['POST', '/api/reviews'],
        ['POST', '/api/reviews/import'],
      ]) {
        const body = method === 'POST' && path === '/api/reviews' ? { title: 'x', language: 'en' } : undefined;
        const reply = await h.call(method, path, {
          body,
          raw: path.endsWith('import') ? 'x' : undefined,
          contentType: 'application/zip',
        });
        assert.deepEqual(
          [method, path, reply.status, reply.body],
          [method, path, 401, { error: { code: 'unauthenticated', message: 'sign in first' } }],
        );
      }
    });

    for (const route of ROUTES) {
      const name = `${route.method} ${route.path(':reviewId', ':studyId', ':robId')}`;
      test(`${name}: 401 without a session, 404 for a non-member, 403 below ${route.need}, CSRF`, async () => {
        const path = route.path(reviewId, 's1', robId);
        const call = (as?: TestUser, csrf?: boolean) => h.call(route.method, path, { as, body: route.body, csrf });
        assert.deepEqual([(await call()).status, (await call()).body.error.code], [401, 'unauthenticated']);
        const outsider = await call(users.outsider);
        assert.deepEqual(
          [outsider.status, outsider.body],
          [404, { error: { code: 'not_found', message: `there is no review ${reviewId}` } }],
        );
        if (route.need !== 'viewer') {
          const below = route.need === 'owner' ? users.reviewer : users.viewer;
          const refused = await call(below);
          assert.deepEqual([refused.status, refused.body.error.code], [403, 'forbidden']);
        }
        if (route.item) {
          const foreign = await h.call(route.method, route.path(reviewId, 'b1', otherRobId), {
            as: users.owner,
            body: route.body,
          });
          assert.deepEqual([foreign.status, foreign.body.error.code], [404, 'not_found']);
        }
        if (route.method !== 'GET') {
          const noCsrf = await call(users.owner, false);
          assert.deepEqual([noCsrf.status, noCsrf.body.error.code], [403, 'csrf']);
        }
      });
    }
  });
}
