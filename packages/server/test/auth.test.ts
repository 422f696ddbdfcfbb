import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createApp } from '@evidens/server';
import { testDatabases } from '../../../test-support/databases.js';
import { type Harness, harness, type Reply, type TestUser } from './support/harness.js';

const HOUR = 3600_000;
const SIGN_IN_FIRST = { error: { code: 'unauthenticated', message: 'sign in first' } };
const EXPIRED = { error: { code: 'unauthenticated', message: 'your session has expired; sign in again' } };
const WRONG = { error: { code: 'unauthenticated', message: 'wrong email or password' } };
const CSRF = {
  error: { code: 'csrf', message: "a state-changing request needs the session's CSRF token in x-csrf-token" },
};
const TEAM_ONLY = {
  error: {
    code: 'not_found',
    message:
      'accounts exist only on a team server; this one runs in single-user mode (start it with evidens serve --team)',
  },
};

/** The session cookie a reply set, as a user the harness can call as. */
function signedIn(reply: Reply, password: string): TestUser {
  const token = /evidens_session=([^;]*)/.exec(reply.headers.get('set-cookie') ?? '')?.[1];
  assert.ok(token, 'a session cookie is set');
  return { ...reply.body.user, password, token, csrf: reply.body.csrfToken };
}

for (const database of await testDatabases()) {
  describe(`accounts routes on ${database.name}`, { skip: database.skip }, () => {
    let h: Harness;
    const replies: Reply[] = [];
    const call: Harness['call'] = async (method, path, options) => {
      const reply = await h.call(method, path, options);
      replies.push(reply);
      return reply;
    };
    const start = new Date();
    before(async () => {
      h = await harness(database, 'team');
      h.setNow(start);
    });
    after(async () => {
      if (h) await h.close();
    });

    test('the first user signs up while there is no account, and is signed in', async () => {
      const body = { email: 'Ada@Example.org', name: 'Ada Lind', password: 'correct horse' };
      const reply = await call('POST', '/api/auth/signup', { body });
      assert.equal(reply.status, 201);
      assert.deepEqual(Object.keys(reply.body).sort(), ['csrfToken', 'user']);
      assert.deepEqual(reply.body.user, { id: reply.body.user.id, email: 'ada@example.org', name: 'Ada Lind' });
      const ada = signedIn(reply, body.password);
      const me = await call('GET', '/api/auth/me', { as: ada });
      assert.equal(me.status, 200);
      assert.deepEqual(me.body, { user: reply.body.user, csrfToken: ada.csrf, mode: 'team' });
    });

    test('after the first user, signup needs an invitation for that email', async () => {
      const body = { email: 'eve@example.org', name: 'Eve', password: 'long enough password' };
      const closed = await call('POST', '/api/auth/signup', { body });
      assert.equal(closed.status, 403);
      assert.deepEqual(closed.body, {
        error: { code: 'forbidden', message: 'signup is closed: ask the owner of a review to invite you' },
      });
      const owner = await h.user('Olga');
      const reviewId = await h.review('Invited', owner);
      const invite = async (email: string) =>
        (await call('POST', `/api/reviews/${reviewId}/invitations`, { as: owner, body: { email, role: 'reviewer' } }))
          .body.token as string;
      const refused = async (invitation: string, email: string, message: string) => {
        const reply = await call('POST', '/api/auth/signup', { body: { ...body, email, invitation } });
        assert.equal(reply.status, 403);
        assert.deepEqual(reply.body, { error: { code: 'forbidden', message } });
      };
      await refused('no-such-token', 'eve@example.org', 'there is no such invitation');
      const forEve = await invite('eve@example.org');
      await refused(forEve, 'mallory@example.org', 'this invitation is for another email address');
      const reply = await call('POST', '/api/auth/signup', {
        body: { ...body, email: 'EVE@example.org', invitation: forEve },
      });
      assert.equal(reply.status, 201);
      const members = await call('GET', `/api/reviews/${reviewId}/members`, { as: owner });
      const eve = members.body.members.find((m: { email: string }) => m.email === 'eve@example.org');
      assert.deepEqual([eve.role, eve.handle], ['reviewer', 'E']);
      await refused(forEve, 'eve@example.org', 'this invitation has been used');
      const late = await invite('late@example.org');
      h.setNow(new Date(start.getTime() + 8 * 24 * HOUR));
      await refused(late, 'late@example.org', 'this invitation has expired; ask for a new one');
      h.setNow(start);
      const again = await invite('ada@example.org');
      const taken = await call('POST', '/api/auth/signup', {
        body: { ...body, email: 'ada@example.org', invitation: again },
      });
      assert.equal(taken.status, 409);
      assert.deepEqual(taken.body, {
        error: { code: 'exists', message: 'there is already an account for ada@example.org' },
      });
    });

    test('a password shorter than 10 characters is refused with the field named', async () => {
      const reply = await call('POST', '/api/auth/signup', {
        body: { email: 'x@example.org', name: 'X', password: 'short' },
      });
      assert.equal(reply.status, 422);
      assert.deepEqual(reply.body, {
        error: {
          code: 'invalid',
          message: 'password: must be at least 10 characters',
          details: [{ path: 'password', message: 'must be at least 10 characters' }],
        },
      });
    });

    test('login sets an HttpOnly, SameSite=Lax session cookie without Secure, and answers the user and CSRF token', async () => {
      const bea = await h.user('Bea');
      const reply = await call('POST', '/api/auth/login', {
        body: { email: 'BEA@example.org', password: bea.password },
      });
      assert.equal(reply.status, 200);
      assert.deepEqual(reply.body, {
        user: { id: bea.id, email: bea.email, name: 'Bea' },
        csrfToken: reply.body.csrfToken,
      });
      const cookie = reply.headers.get('set-cookie') ?? '';
      const flags = cookie.split('; ').slice(1).sort();
      assert.deepEqual(flags, ['HttpOnly', 'Max-Age=1209600', 'Path=/', 'SameSite=Lax']);
      const session = signedIn(reply, bea.password);
      assert.notEqual(session.token, bea.token, 'a new session');
      assert.equal((await call('GET', '/api/auth/me', { as: session })).status, 200);
    });

    test('with secureCookies the session cookie is Secure', async () => {
      const cy = await h.user('Cy');
      const app = createApp({ store: h.store, mode: 'team', secureCookies: true });
      const response = await app.request('/api/auth/login', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: cy.email, password: cy.password }),
      });
      assert.equal(response.status, 200);
      const flags = (response.headers.get('set-cookie') ?? '').split('; ').slice(1).sort();
      assert.deepEqual(flags, ['HttpOnly', 'Max-Age=1209600', 'Path=/', 'SameSite=Lax', 'Secure']);
    });

    test('a wrong password and an unknown email get the same 401', async () => {
      const dan = await h.user('Dan');
      const wrongPassword = await call('POST', '/api/auth/login', {
        body: { email: dan.email, password: 'not his one' },
      });
      const unknown = await call('POST', '/api/auth/login', {
        body: { email: 'nobody@example.org', password: 'whatever' },
      });
      for (const reply of [wrongPassword, unknown]) {
        assert.equal(reply.status, 401);
        assert.deepEqual(reply.body, WRONG);
        assert.equal(reply.headers.get('set-cookie'), null);
      }
    });

    test('me: 401 without a session, a distinct 401 for an expired one', async () => {
      const fay = await h.user('Fay');
      const none = await call('GET', '/api/auth/me');
      assert.equal(none.status, 401);
      assert.deepEqual(none.body, SIGN_IN_FIRST);
      h.setNow(new Date(Date.now() + 2 * HOUR));
      const expired = await call('GET', '/api/auth/me', { as: fay });
      h.setNow(start);
      assert.equal(expired.status, 401);
      assert.deepEqual(expired.body, EXPIRED);
    });

    test('logout ends the session and clears the cookie; it needs the CSRF token', async () => {
      const gus = await h.user('Gus');
      const forged = await call('POST', '/api/auth/logout', { as: gus, csrf: false });
      assert.equal(forged.status, 403);
      assert.deepEqual(forged.body, CSRF);
      const reply = await call('POST', '/api/auth/logout', { as: gus });
      assert.equal(reply.status, 204);
      assert.match(
        reply.headers.get('set-cookie') ?? '',
        /^evidens_session=; Max-Age=0; Path=\/; HttpOnly; SameSite=Lax$/,
      );
      const after = await call('GET', '/api/auth/me', { as: gus });
      assert.equal(after.status, 401);
      assert.deepEqual(after.body, SIGN_IN_FIRST);
      const rows = await h.store.db.selectFrom('sessions').select('id').where('user_id', '=', gus.id).execute();
      assert.deepEqual(rows, []);
    });

    test('no reply ever carried a password hash', async () => {
      const hashes = (await h.store.db.selectFrom('users').select('password_hash').execute()).map(
        (u) => u.password_hash,
      );
      assert.ok(replies.length > 20 && hashes.length > 5);
      for (const reply of replies) {
        assert.doesNotMatch(reply.text, /scrypt\$|password_?hash/i);
        for (const hash of hashes) assert.ok(!reply.text.includes(hash.split('$')[5]));
      }
    });
  });

  describe(`accounts routes in single-user mode on ${database.name}`, { skip: database.skip }, () => {
    let h: Harness;
    before(async () => {
      h = await harness(database, 'single');
    });
    after(async () => {
      if (h) await h.close();
    });

    test('me is the local user; signup, login and logout do not exist', async () => {
      const me = await h.call('GET', '/api/auth/me');
      assert.equal(me.status, 200);
      assert.deepEqual(me.body, {
        user: { id: 'local', email: '', name: 'Local user' },
        csrfToken: null,
        mode: 'single',
      });
      const body = { email: 'a@example.org', name: 'A', password: 'long enough password' };
      for (const path of ['/api/auth/signup', '/api/auth/login', '/api/auth/logout']) {
        const reply = await h.call('POST', path, { body });
        assert.equal(reply.status, 404, path);
        assert.deepEqual(reply.body, TEAM_ONLY);
      }
    });
  });
}
