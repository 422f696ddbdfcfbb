import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  acceptInvitation,
  addMember,
  changeMember,
  createInvitation,
  createSession,
  createUser,
  DEFAULT_SETTINGS,
  deleteExpiredSessions,
  deleteSession,
  findInvitation,
  findUserByEmail,
  hashToken,
  initials,
  listMembers,
  newId,
  removeMember,
  type Store,
  StoreError,
} from '@evidens/store';
import { testDatabases } from '../../../test-support/databases.js';

const storeError = (code: string, message: string | RegExp) => (error: unknown) => {
  assert.ok(error instanceof StoreError, `expected a StoreError, got ${error}`);
  assert.equal(error.code, code);
  if (typeof message === 'string') assert.equal(error.message, message);
  else assert.match(error.message, message);
  return true;
};

test('initials: first letter of each word, upper case, with a fallback', () => {
  assert.equal(initials('Søren Bo Larsen'), 'SBL');
  assert.equal(initials('anna-lena berg'), 'ALB');
  assert.equal(initials('Madonna'), 'M');
  assert.equal(initials('  Ida   Marie  '), 'IM');
  assert.equal(initials('123'), 'M');
});

for (const database of await testDatabases()) {
  describe(`accounts on ${database.name}`, { skip: database.skip }, () => {
    let store: Store;
    const at = new Date('2026-12-01T10:00:00.000Z');
    before(async () => {
      store = await database.open();
    });
    after(async () => {
      if (store) await database.close(store);
    });

    async function review(title: string): Promise<string> {
      const id = newId();
      const row = { title, protocol: '{}', settings: JSON.stringify(DEFAULT_SETTINGS), extras: '{}', version: 1 };
      await store.db
        .insertInto('reviews')
        .values({ id, ...row, created_at: at.toISOString(), updated_at: at.toISOString() })
        .execute();
      return id;
    }
    const user = (name: string, email = `${name.split(' ')[0].toLowerCase()}@example.org`) =>
      createUser(store, { email, name, passwordHash: `hash-of-${name}` }, { at });
    const audits = (entity: string) =>
      store.db.selectFrom('audit_log').selectAll().where('entity', '=', entity).orderBy('id').execute();

    test('a user is kept with a lower-case email; a second account for the same email is refused', async () => {
      const anna = await user('Anna Berg', ' Anna.Berg@Example.ORG ');
      assert.deepEqual(Object.keys(anna).sort(), ['email', 'id', 'name']);
      assert.equal(anna.email, 'anna.berg@example.org');
      const found = await findUserByEmail(store, 'ANNA.berg@example.org');
      assert.deepEqual(found, { ...anna, passwordHash: 'hash-of-Anna Berg' });
      await assert.rejects(user('Other', 'anna.berg@EXAMPLE.org'), storeError('exists', /already an account/));
      const [entry] = await audits('user');
      assert.equal(entry.action, 'create');
      assert.equal(entry.after, JSON.stringify(anna), 'the audit has no password hash');
    });

    test('a session keeps only the hash of its token, and ends once', async () => {
      const bo = await user('Bo Dahl');
      const session = await createSession(store, bo.id, 3600, at);
      assert.equal(session.expiresAt, '2026-12-01T11:00:00.000Z');
      const rows = await store.db.selectFrom('sessions').selectAll().where('user_id', '=', bo.id).execute();
      assert.equal(rows.length, 1);
      assert.equal(rows[0].id, hashToken(session.token));
      assert.notEqual(rows[0].id, session.token);
      assert.equal(rows[0].csrf_token, session.csrf);
      assert.equal(await deleteSession(store, session.token), true);
      assert.equal(await deleteSession(store, session.token), false);
      const actions = (await audits('session')).filter((a) => a.actor === bo.id).map((a) => a.action);
      assert.deepEqual(actions, ['login', 'logout']);
    });

    test('expired sessions are swept, live ones stay', async () => {
      const cy = await user('Cy Eng');
      await createSession(store, cy.id, 60, at);
      const live = await createSession(store, cy.id, 7200, at);
      assert.equal(await deleteExpiredSessions(store, new Date(at.getTime() + 3600_000)), 1);
      const left = await store.db.selectFrom('sessions').select('id').where('user_id', '=', cy.id).execute();
      assert.deepEqual(left, [{ id: hashToken(live.token) }]);
    });

    test('members get unique handles from their initials; the last owner is never demoted or removed', async () => {
      const id = await review('Handles');
      const ab = await user('Astrid Bak');
      const ab2 = await user('Aksel Brun');
      const viewer = await user('Vera Holm');
      const owner = await addMember(store, { reviewId: id, userId: ab.id, role: 'owner' }, 'system');
      assert.deepEqual(owner, { ...ab, role: 'owner', handle: 'AB', joinedAt: owner.joinedAt });
      assert.equal((await addMember(store, { reviewId: id, userId: ab2.id, role: 'reviewer' }, ab.id)).handle, 'AB2');
      await addMember(store, { reviewId: id, userId: viewer.id, role: 'viewer', handle: 'vh' }, ab.id);
      await assert.rejects(
        addMember(store, { reviewId: id, userId: viewer.id, role: 'viewer' }, ab.id),
        storeError('exists', 'Vera Holm is already a member of this review'),
      );
      const list = await listMembers(store, id);
      assert.deepEqual(
        list.map((m) => [m.name, m.role, m.handle]),
        [
          ['Astrid Bak', 'owner', 'AB'],
          ['Aksel Brun', 'reviewer', 'AB2'],
          ['Vera Holm', 'viewer', 'vh'],
        ],
      );
      const demote = 'a review needs an owner: make another member owner before this one steps down';
      await assert.rejects(changeMember(store, id, ab.id, { role: 'reviewer' }, ab.id), storeError('invalid', demote));
      await assert.rejects(removeMember(store, id, ab.id, ab.id), storeError('invalid', demote));
      await assert.rejects(
        changeMember(store, id, viewer.id, { handle: 'ab' }, ab.id),
        storeError('exists', 'another member of this review has the handle ab'),
      );
      await assert.rejects(
        changeMember(store, id, viewer.id, { handle: 'Consensus' }, ab.id),
        storeError('invalid', 'handle Consensus is reserved; choose another'),
      );
      await assert.rejects(
        changeMember(store, id, viewer.id, { handle: 'a b' }, ab.id),
        storeError('invalid', 'handle must be 1 to 24 letters, digits, _ . or - (got "a b")'),
      );
      const promoted = await changeMember(store, id, ab2.id, { role: 'owner', handle: 'AKB' }, ab.id);
      assert.equal(promoted.role, 'owner');
      assert.equal(promoted.handle, 'AKB');
      await changeMember(store, id, ab.id, { role: 'viewer' }, ab.id);
      await removeMember(store, id, ab.id, ab2.id);
      assert.deepEqual(
        (await listMembers(store, id)).map((m) => m.handle),
        ['AKB', 'vh'],
      );
      const trail = (await audits('membership')).filter((a) => a.review_id === id && a.entity_id === ab2.id);
      assert.deepEqual(
        trail.map((a) => [a.action, a.actor, a.before, a.after]),
        [
          ['create', ab.id, null, '{"role":"reviewer","handle":"AB2"}'],
          ['update', ab.id, '{"role":"reviewer","handle":"AB2"}', '{"role":"owner","handle":"AKB"}'],
        ],
      );
      await assert.rejects(removeMember(store, id, ab.id, ab2.id), storeError('not_found', /there is no member/));
    });

    test('an invitation is accepted once, by its email, before it expires', async () => {
      const id = await review('Invitations');
      const owner = await user('Olga Nis');
      await addMember(store, { reviewId: id, userId: owner.id, role: 'owner' }, 'system');
      const invited = await createInvitation(
        store,
        { reviewId: id, email: 'Pia.Lund@example.org', role: 'reviewer' },
        owner.id,
        at,
      );
      assert.equal(invited.expiresAt, '2026-12-08T10:00:00.000Z');
      const row = await store.db
        .selectFrom('invitations')
        .selectAll()
        .where('review_id', '=', id)
        .executeTakeFirstOrThrow();
      assert.equal(row.id, hashToken(invited.token));
      assert.equal(row.email, 'pia.lund@example.org');
      const pia = await user('Pia Lund', 'PIA.LUND@example.org');
      const other = await user('Per Other');
      await assert.rejects(
        acceptInvitation(store, invited.token, other, at),
        storeError('invalid', 'this invitation is for pia.lund@example.org, not per@example.org'),
      );
      await assert.rejects(acceptInvitation(store, 'no-such-token', pia, at), storeError('not_found', /no invitation/));
      assert.deepEqual(await acceptInvitation(store, invited.token, pia, at), { reviewId: id, role: 'reviewer' });
      const member = (await listMembers(store, id)).find((m) => m.id === pia.id);
      assert.equal(member?.role, 'reviewer');
      assert.equal(member?.handle, 'PL');
      await assert.rejects(
        acceptInvitation(store, invited.token, pia, at),
        storeError('invalid', 'this invitation has been used'),
      );
      const late = await createInvitation(store, { reviewId: id, email: other.email, role: 'viewer' }, owner.id, at);
      const eightDays = new Date(at.getTime() + 8 * 86_400_000);
      assert.equal((await findInvitation(store, late.token, eightDays))?.status, 'expired');
      await assert.rejects(
        acceptInvitation(store, late.token, other, eightDays),
        storeError('invalid', 'this invitation has expired'),
      );
    });

    test('signing up through an invitation makes the account and the membership together, or neither', async () => {
      const id = await review('Signup');
      const owner = await user('Rut Sand');
      await addMember(store, { reviewId: id, userId: owner.id, role: 'owner' }, 'system');
      const good = await createInvitation(
        store,
        { reviewId: id, email: 'tom@example.org', role: 'viewer' },
        owner.id,
        at,
      );
      const input = { email: 'tom@example.org', name: 'Tom Ulf', passwordHash: 'h' };
      const tom = await createUser(store, input, { invitation: good.token, at });
      assert.equal((await listMembers(store, id)).find((m) => m.id === tom.id)?.role, 'viewer');
      const used = { email: 'una@example.org', name: 'Una Vik', passwordHash: 'h' };
      await assert.rejects(createUser(store, used, { invitation: good.token, at }), storeError('invalid', /been used/));
      assert.equal(await findUserByEmail(store, 'una@example.org'), undefined);
    });
  });
}
