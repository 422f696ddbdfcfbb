import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { access, type Env, errorResponse, type Mode, type Role, sessionMiddleware } from '@evidens/server';
import { Hono } from 'hono';
import { testDatabases } from '../../../test-support/databases.js';
import { type Harness, harness, type TestUser } from './support/harness.js';

const HOUR = 3600_000;

/** A fresh app with only the session middleware and one route that asks access(): what the rules alone answer. */
function tinyApp(h: Harness, mode: Mode, now: () => Date): Hono<Env> {
  const app = new Hono<Env>();
  app.onError((error, c) => {
    const { status, body } = errorResponse(error);
    return c.json(body, status);
  });
  const options = { store: h.store, mode, secureCookies: false, sessionSeconds: 3600, now };
  app.use('*', async (c, next) => {
    c.set('options', options);
    await next();
  });
  app.use('*', sessionMiddleware);
  app.get('/probe/:reviewId/:need', async (c) => {
    const granted = await access(c, c.req.param('reviewId'), c.req.param('need') as Role);
    return c.json(granted);
  });
  return app;
}

type Who = 'nobody' | 'expired' | 'owner' | 'reviewer' | 'viewer' | 'outsider';

// [mode, who calls, which review, role needed, status, body or what to check]
type Row = [Mode, Who, 'ours' | 'missing', Role, number, (ids: Ids) => unknown];
interface Ids {
  review: string;
  user: (who: Who) => TestUser;
}

const fail = (code: string, message: string) => ({ error: { code, message } });
const granted = (who: Who, role: Role, handle: string) => (ids: Ids) => {
  const { id, email, name } = ids.user(who);
  return { user: { id, email, name }, role, handle };
};
const hidden = (ids: Ids) => fail('not_found', `there is no review ${ids.review}`);
const local = () => ({ user: { id: 'local', email: '', name: 'Local user' }, role: 'owner', handle: 'local' });
const tooLow = (need: Role, have: Role) => () =>
  fail('forbidden', `this needs the ${need} role in the review (you are ${have})`);

const ROWS: Row[] = [
  ['team', 'nobody', 'ours', 'viewer', 401, () => fail('unauthenticated', 'sign in first')],
  ['team', 'expired', 'ours', 'viewer', 401, () => fail('unauthenticated', 'your session has expired; sign in again')],
  ['team', 'outsider', 'ours', 'viewer', 404, hidden],
  ['team', 'owner', 'missing', 'viewer', 404, (ids) => fail('not_found', `there is no review ${ids.review}-gone`)],
  ['team', 'viewer', 'ours', 'viewer', 200, granted('viewer', 'viewer', 'VI')],
  ['team', 'viewer', 'ours', 'reviewer', 403, tooLow('reviewer', 'viewer')],
  ['team', 'viewer', 'ours', 'owner', 403, tooLow('owner', 'viewer')],
  ['team', 'reviewer', 'ours', 'viewer', 200, granted('reviewer', 'reviewer', 'RE')],
  ['team', 'reviewer', 'ours', 'reviewer', 200, granted('reviewer', 'reviewer', 'RE')],
  ['team', 'reviewer', 'ours', 'owner', 403, tooLow('owner', 'reviewer')],
  ['team', 'owner', 'ours', 'owner', 200, granted('owner', 'owner', 'OW')],
  ['single', 'nobody', 'ours', 'owner', 200, local],
  ['single', 'outsider', 'ours', 'owner', 200, local],
  ['single', 'nobody', 'missing', 'viewer', 404, (ids) => fail('not_found', `there is no review ${ids.review}-gone`)],
];

for (const database of await testDatabases()) {
  describe(`access() rules on ${database.name}`, { skip: database.skip }, () => {
    let h: Harness;
    let users: Record<Exclude<Who, 'nobody'>, TestUser>;
    let review: string;
    before(async () => {
      h = await harness(database, 'team');
      const [owner, reviewer, viewer, outsider, expired] = await Promise.all(
        ['Owen', 'Rita', 'Vic', 'Otto', 'Eli'].map((name) => h.user(name)),
      );
      users = { owner, reviewer, viewer, outsider, expired };
      review = await h.review('Probe');
      await h.member(review, owner, 'owner', 'OW');
      await h.member(review, reviewer, 'reviewer', 'RE');
      await h.member(review, viewer, 'viewer', 'VI');
      await h.member(review, expired, 'owner', 'EX');
      const past = new Date(Date.now() - HOUR).toISOString();
      await h.store.db.updateTable('sessions').set({ expires_at: past }).where('user_id', '=', expired.id).execute();
    });
    after(async () => {
      if (h) await h.close();
    });

    for (const [mode, who, which, need, status, expect] of ROWS) {
      test(`${mode}: ${who} needing ${need} in ${which === 'ours' ? 'the review' : 'a missing review'} → ${status}`, async () => {
        const app = tinyApp(h, mode, () => new Date());
        const id = which === 'ours' ? review : `${review}-gone`;
        const headers: Record<string, string> = {};
        if (who !== 'nobody') headers.cookie = `evidens_session=${users[who].token}`;
        const response = await app.request(`/probe/${id}/${need}`, { headers });
        assert.equal(response.status, status);
        const ids: Ids = { review, user: (w) => users[w as Exclude<Who, 'nobody'>] };
        assert.deepEqual(await response.json(), expect(ids));
      });
    }
  });
}
