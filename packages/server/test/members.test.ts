import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { testDatabases } from '../../../test-support/databases.js';
import { type CallOptions, type Harness, harness, type TestUser } from './support/harness.js';

const HOUR = 3600_000;
const DAY = 24 * HOUR;
const fail = (code: string, message: string) => ({ error: { code, message } });
const SIGN_IN_FIRST = fail('unauthenticated', 'sign in first');
const EXPIRED = fail('unauthenticated', 'your session has expired; sign in again');
const CSRF = fail('csrf', "a state-changing request needs the session's CSRF token in x-csrf-token");
const OWNER_ONLY = fail('forbidden', 'this needs the owner role in the review (you are reviewer)');

for (const database of await testDatabases()) {
  describe(`members and invitations on ${database.name}`, { skip: database.skip }, () => {
    let h: Harness;
    let owner: TestUser;
    let rev: TestUser;
    let viewer: TestUser;
    let outsider: TestUser;
    let other: TestUser;
    let reviewId: string;
    let otherReview: string;
    const start = new Date();
    const member = (user: TestUser, role: string, handle: string) => ({
      id: user.id,
      email: user.email,
      name: user.name,
      role,
      handle,
      joinedAt: String,
    });
    before(async () => {
      h = await harness(database, 'team');
      h.setNow(start);
      [owner, rev, viewer, outsider, other] = await Promise.all(
        ['Olga', 'Rolf', 'Vera', 'Xena', 'Yuri'].map((name) => h.user(name)),
      );
      reviewId = await h.review('Ours', owner);
      await h.member(reviewId, rev, 'reviewer', 'RO');
      await h.member(reviewId, viewer, 'viewer', 'VE');
      otherReview = await h.review('Theirs', outsider);
      await h.member(otherReview, other, 'reviewer', 'YU');
    });
    after(async () => {
      if (h) await h.close();
    });

    const list = async () => {
      const reply = await h.call('GET', `/api/reviews/${reviewId}/members`, { as: viewer });
      assert.equal(reply.status, 200);
      return reply.body.members.map((m: { joinedAt: string }) => ({ ...m, joinedAt: String }));
    };

    test('a viewer lists the members, owners first, with names, roles and handles', async () => {
      assert.deepEqual(await list(), [
        member(owner, 'owner', 'Olga'),
        member(rev, 'reviewer', 'RO'),
        member(viewer, 'viewer', 'VE'),
      ]);
    });

    test('the owner changes a role and a handle; the last owner cannot step down; handles stay unique', async () => {
      const path = `/api/reviews/${reviewId}/members/${rev.id}`;
      const reply = await h.call('PATCH', path, { as: owner, body: { role: 'viewer', handle: 'RB' } });
      assert.equal(reply.status, 200);
      assert.deepEqual({ ...reply.body.member, joinedAt: String }, member(rev, 'viewer', 'RB'));
      const taken = await h.call('PATCH', path, { as: owner, body: { handle: 'olga' } });
      assert.equal(taken.status, 409);
      assert.deepEqual(taken.body, fail('exists', 'another member of this review has the handle olga'));
      const last = await h.call('PATCH', `/api/reviews/${reviewId}/members/${owner.id}`, {
        as: owner,
        body: { role: 'reviewer' },
      });
      assert.equal(last.status, 422);
      assert.deepEqual(
        last.body,
        fail('invalid', 'a review needs an owner: make another member owner before this one steps down'),
      );
      const empty = await h.call('PATCH', path, { as: owner, body: {} });
      assert.equal(empty.status, 422);
      assert.deepEqual(empty.body.error.message, 'body: give a role or a handle');
      const back = await h.call('PATCH', path, { as: owner, body: { role: 'reviewer', handle: 'RO' } });
      assert.equal(back.status, 200);
    });

    test('the owner removes a member; the last owner stays', async () => {
      const extra = await h.user('Zack');
      await h.member(reviewId, extra, 'viewer', 'ZA');
      const reply = await h.call('DELETE', `/api/reviews/${reviewId}/members/${extra.id}`, { as: owner });
      assert.equal(reply.status, 204);
      assert.equal(reply.text, '');
      assert.equal((await list()).length, 3);
      const last = await h.call('DELETE', `/api/reviews/${reviewId}/members/${owner.id}`, { as: owner });
      assert.equal(last.status, 422);
      assert.equal(last.body.error.code, 'invalid');
    });

    test('an invitation is made by the owner and accepted once by its email, with an initials handle', async () => {
      const invited = await h.user('Pia');
      const made = await h.call('POST', `/api/reviews/${reviewId}/invitations`, {
        as: owner,
        body: { email: 'PIA@example.org', role: 'reviewer' },
      });
      assert.equal(made.status, 201);
      assert.deepEqual(made.body, {
        token: made.body.token,
        expiresAt: new Date(start.getTime() + 7 * DAY).toISOString(),
      });
      assert.match(made.body.token, /^[A-Za-z0-9_-]{43}$/);
      const accept = () => h.call('POST', `/api/invitations/${made.body.token}/accept`, { as: invited });
      const reply = await accept();
      assert.equal(reply.status, 200);
      assert.deepEqual(reply.body, { reviewId, role: 'reviewer' });
      assert.deepEqual(
        (await list()).find((m: { id: string }) => m.id === invited.id),
        member(invited, 'reviewer', 'P'),
      );
      const again = await accept();
      assert.equal(again.status, 422);
      assert.deepEqual(again.body, fail('invalid', 'this invitation has been used'));
      const unknown = await h.call('POST', '/api/invitations/not-a-token/accept', { as: invited });
      assert.equal(unknown.status, 404);
      assert.deepEqual(unknown.body, fail('not_found', 'there is no such invitation'));
    });

    test('an expired invitation is refused', async () => {
      const late = await h.user('Lars');
      const made = await h.call('POST', `/api/reviews/${reviewId}/invitations`, {
        as: owner,
        body: { email: late.email, role: 'viewer' },
      });
      h.setNow(new Date(start.getTime() + 7 * DAY));
      // Lars's session must outlive the invitation for the refusal to be the invitation's.
      const until = new Date(start.getTime() + 8 * DAY).toISOString();
      await h.store.db.updateTable('sessions').set({ expires_at: until }).where('user_id', '=', late.id).execute();
      const reply = await h.call('POST', `/api/invitations/${made.body.token}/accept`, { as: late });
      h.setNow(start);
      assert.equal(reply.status, 422);
      assert.deepEqual(reply.body, fail('invalid', 'this invitation has expired'));
    });

    // Each protected route, each way in which it must refuse: [name, method, path, options, status, body].
    type Case = [string, string, () => string, () => CallOptions, number, unknown, { expire?: boolean }?];
    const members = () => `/api/reviews/${reviewId}/members`;
    const ofRev = () => `/api/reviews/${reviewId}/members/${rev.id}`;
    const invitations = () => `/api/reviews/${reviewId}/invitations`;
    const patch = { role: 'viewer' };
    const invite = { email: 'new@example.org', role: 'viewer' };
    let token = '';
    const accept = () => `/api/invitations/${token}/accept`;
    const cases: Case[] = [
      ['list: no session', 'GET', members, () => ({}), 401, SIGN_IN_FIRST],
      ['list: expired session', 'GET', members, () => ({ as: viewer }), 401, EXPIRED, { expire: true }],
      [
        'list: not a member',
        'GET',
        members,
        () => ({ as: outsider }),
        404,
        () => fail('not_found', `there is no review ${reviewId}`),
      ],
      ['patch: no session', 'PATCH', ofRev, () => ({ body: patch }), 401, SIGN_IN_FIRST],
      ['patch: expired session', 'PATCH', ofRev, () => ({ as: owner, body: patch }), 401, EXPIRED, { expire: true }],
      ['patch: reviewer', 'PATCH', ofRev, () => ({ as: rev, body: patch }), 403, OWNER_ONLY],
      ['patch: no CSRF token', 'PATCH', ofRev, () => ({ as: owner, body: patch, csrf: false }), 403, CSRF],
      [
        "patch: another review's member",
        'PATCH',
        () => `/api/reviews/${reviewId}/members/${other.id}`,
        () => ({ as: owner, body: patch }),
        404,
        () => fail('not_found', `there is no member ${other.id} in this review`),
      ],
      ['delete: no session', 'DELETE', ofRev, () => ({}), 401, SIGN_IN_FIRST],
      ['delete: expired session', 'DELETE', ofRev, () => ({ as: owner }), 401, EXPIRED, { expire: true }],
      ['delete: reviewer', 'DELETE', ofRev, () => ({ as: rev }), 403, OWNER_ONLY],
      ['delete: no CSRF token', 'DELETE', ofRev, () => ({ as: owner, csrf: false }), 403, CSRF],
      [
        "delete: another review's member",
        'DELETE',
        () => `/api/reviews/${reviewId}/members/${other.id}`,
        () => ({ as: owner }),
        404,
        () => fail('not_found', `there is no member ${other.id} in this review`),
      ],
      ['invite: no session', 'POST', invitations, () => ({ body: invite }), 401, SIGN_IN_FIRST],
      [
        'invite: expired session',
        'POST',
        invitations,
        () => ({ as: owner, body: invite }),
        401,
        EXPIRED,
        { expire: true },
      ],
      ['invite: reviewer', 'POST', invitations, () => ({ as: rev, body: invite }), 403, OWNER_ONLY],
      ['invite: no CSRF token', 'POST', invitations, () => ({ as: owner, body: invite, csrf: false }), 403, CSRF],
      [
        "invite: another review's owner",
        'POST',
        invitations,
        () => ({ as: outsider, body: invite }),
        404,
        () => fail('not_found', `there is no review ${reviewId}`),
      ],
      ['accept: no session', 'POST', accept, () => ({}), 401, SIGN_IN_FIRST],
      ['accept: expired session', 'POST', accept, () => ({ as: other }), 401, EXPIRED, { expire: true }],
      ['accept: no CSRF token', 'POST', accept, () => ({ as: other, csrf: false }), 403, CSRF],
      [
        "accept: someone else's invitation",
        'POST',
        accept,
        () => ({ as: other }),
        403,
        fail('forbidden', 'this invitation is for another email address'),
      ],
    ];

    test('every protected route refuses as it must, and changes nothing', async () => {
      const made = await h.call('POST', invitations(), { as: owner, body: invite });
      token = made.body.token;
      const before = await list();
      for (const [name, method, path, options, status, body, flags] of cases) {
        if (flags?.expire) h.setNow(new Date(Date.now() + 2 * HOUR));
        const reply = await h.call(method, path(), options());
        h.setNow(start);
        assert.equal(reply.status, status, name);
        assert.deepEqual(reply.body, typeof body === 'function' ? body() : body, name);
      }
      assert.deepEqual(await list(), before);
    });
  });

  describe(`members in single-user mode on ${database.name}`, { skip: database.skip }, () => {
    test('member and invitation routes do not exist', async () => {
      const h = await harness(database, 'single');
      try {
        const reviewId = await h.review('Local');
        const reply = await h.call('GET', `/api/reviews/${reviewId}/members`);
        assert.equal(reply.status, 404);
        assert.match(reply.body.error.message, /^accounts exist only on a team server/);
      } finally {
        await h.close();
      }
    });
  });
}
