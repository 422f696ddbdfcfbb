/**
 * Accounts of a team server: users, sessions, review memberships and invitations. Secrets are kept only as their
 * SHA-256 (a session's or an invitation's token lives in the cookie or the link, never in the database), emails are
 * kept in lower case so that one person has one account, and every change is audited in its own transaction.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import { audit } from './audit.js';
import { notFound, StoreError } from './errors.js';
import { newId } from './ids.js';
import { type Account, insertMember, type MemberRole } from './memberships.js';
import type { Store } from './open-store.js';
import type { Database } from './schema.js';

/** How long an invitation stays valid. */
export const INVITATION_DAYS = 7;

/** SHA-256 of a token, hex: what the database keeps of a session or invitation token. */
export const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex');
/** A new random token: 32 bytes, base64url. */
export const newToken = (): string => randomBytes(32).toString('base64url');
/** Emails compare without case and surrounding space. */
export const normaliseEmail = (email: string): string => email.trim().toLowerCase();

/** Number of accounts (signup of the first user is open only while this is 0). */
export async function countUsers(store: Store): Promise<number> {
  const row = await store.db
    .selectFrom('users')
    .select((eb) => eb.fn.countAll().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/**
 * Creates an account; with `invitation`, accepts it in the same transaction (see {@link acceptInvitation}), so that
 * signing up through an invitation gives the account and the membership together or neither.
 * Throws StoreError 'exists' when the email has an account.
 */
export async function createUser(
  store: Store,
  input: { email: string; name: string; passwordHash: string },
  options: { invitation?: string; at?: Date } = {},
): Promise<Account> {
  const at = options.at ?? new Date();
  const user: Account = { id: newId(), email: normaliseEmail(input.email), name: input.name.trim() };
  return store.transaction(async (trx) => {
    const taken = await trx.selectFrom('users').select('id').where('email', '=', user.email).executeTakeFirst();
    if (taken) throw new StoreError('exists', `there is already an account for ${user.email}`);
    await trx
      .insertInto('users')
      .values({ ...user, password_hash: input.passwordHash, created_at: at.toISOString() })
      .execute();
    await audit(trx, {
      reviewId: null,
      actor: user.id,
      action: 'create',
      entity: 'user',
      entityId: user.id,
      after: user,
    });
    if (options.invitation) await accept(trx, options.invitation, user, at);
    return user;
  });
}

/** The account with this email (any case), with its password hash for signing in. */
export async function findUserByEmail(
  store: Store,
  email: string,
): Promise<(Account & { passwordHash: string }) | undefined> {
  const row = await store.db
    .selectFrom('users')
    .select(['id', 'email', 'name', 'password_hash'])
    .where('email', '=', normaliseEmail(email))
    .executeTakeFirst();
  return row && { id: row.id, email: row.email, name: row.name, passwordHash: row.password_hash };
}

/** Opens a session of `seconds` for a user. The token goes to the client; the database keeps its SHA-256. */
export async function createSession(
  store: Store,
  userId: string,
  seconds: number,
  at: Date = new Date(),
): Promise<{ token: string; csrf: string; expiresAt: string }> {
  const token = newToken();
  const csrf = newToken();
  const expiresAt = new Date(at.getTime() + seconds * 1000).toISOString();
  await store.transaction(async (trx) => {
    const row = { user_id: userId, csrf_token: csrf, created_at: at.toISOString(), expires_at: expiresAt };
    await trx
      .insertInto('sessions')
      .values({ id: hashToken(token), ...row })
      .execute();
    // The audit names the user, not the session: even a token's hash has no business in a log.
    await audit(trx, { reviewId: null, actor: userId, action: 'login', entity: 'session', entityId: userId });
  });
  return { token, csrf, expiresAt };
}

/** Ends the session whose token is `token`, expired or not; true if there was one. */
export async function deleteSession(store: Store, token: string): Promise<boolean> {
  return store.transaction(async (trx) => {
    const row = await trx
      .deleteFrom('sessions')
      .where('id', '=', hashToken(token))
      .returning('user_id')
      .executeTakeFirst();
    if (!row) return false;
    const actor = row.user_id;
    await audit(trx, { reviewId: null, actor, action: 'logout', entity: 'session', entityId: actor });
    return true;
  });
}

/** Removes sessions that expired before `at`; returns how many. */
export async function deleteExpiredSessions(store: Store, at: Date = new Date()): Promise<number> {
  return store.transaction(async (trx) => {
    const result = await trx.deleteFrom('sessions').where('expires_at', '<=', at.toISOString()).executeTakeFirst();
    const deleted = Number(result.numDeletedRows);
    if (deleted > 0)
      await audit(trx, {
        reviewId: null,
        actor: 'system',
        action: 'delete',
        entity: 'session',
        entityId: '*',
        after: { deleted },
      });
    return deleted;
  });
}

/** An invitation as its link shows it; `status` says whether it can still be accepted. */
export interface Invitation {
  reviewId: string;
  email: string;
  role: MemberRole;
  invitedBy: string;
  expiresAt: string;
  status: 'open' | 'used' | 'expired';
}

/**
 * Invites `email` to a review in `role`, valid for {@link INVITATION_DAYS} days. The token is returned once, for the
 * link; the table keeps its SHA-256.
 */
export async function createInvitation(
  store: Store,
  input: { reviewId: string; email: string; role: MemberRole },
  actor: string,
  at: Date = new Date(),
): Promise<{ token: string; expiresAt: string }> {
  const token = newToken();
  const id = hashToken(token);
  const email = normaliseEmail(input.email);
  const expiresAt = new Date(at.getTime() + INVITATION_DAYS * 86_400_000).toISOString();
  await store.transaction(async (trx) => {
    const row = { review_id: input.reviewId, email, role: input.role, invited_by: actor, expires_at: expiresAt };
    await trx
      .insertInto('invitations')
      .values({ id, ...row, created_at: at.toISOString(), accepted_by: null, accepted_at: null })
      .execute();
    const after = { email, role: input.role, expiresAt };
    await audit(trx, { reviewId: input.reviewId, actor, action: 'create', entity: 'invitation', entityId: id, after });
  });
  return { token, expiresAt };
}

/** The invitation behind a token, or undefined for a token that was never issued. */
export async function findInvitation(
  store: Store,
  token: string,
  at: Date = new Date(),
): Promise<Invitation | undefined> {
  return readInvitation(store.db, token, at);
}

/**
 * Accepts an invitation for a signed-in user whose email is the invited one (without regard to case): they become a
 * member in the invitation's role. A used or expired invitation, or another person's, is refused ('invalid'); an
 * unknown token is 'not_found'.
 */
export async function acceptInvitation(
  store: Store,
  token: string,
  user: Account,
  at: Date = new Date(),
): Promise<{ reviewId: string; role: MemberRole }> {
  return store.transaction((trx) => accept(trx, token, user, at));
}

async function accept(trx: Transaction<Database>, token: string, user: Account, at: Date) {
  const invitation = await readInvitation(trx, token, at);
  if (!invitation) throw notFound('invitation with this token');
  if (invitation.status !== 'open')
    throw new StoreError('invalid', `this invitation has ${invitation.status === 'used' ? 'been used' : 'expired'}`);
  if (invitation.email !== normaliseEmail(user.email))
    throw new StoreError('invalid', `this invitation is for ${invitation.email}, not ${user.email}`);
  const id = hashToken(token);
  const used = await trx
    .updateTable('invitations')
    .set({ accepted_by: user.id, accepted_at: at.toISOString() })
    .where('id', '=', id)
    .where('accepted_by', 'is', null)
    .executeTakeFirst();
  // Two acceptances at once: only the one whose update found the invitation unused goes on.
  if (Number(used.numUpdatedRows) !== 1) throw new StoreError('invalid', 'this invitation has been used');
  const { reviewId, role } = invitation;
  await audit(trx, {
    reviewId,
    actor: user.id,
    action: 'accept',
    entity: 'invitation',
    entityId: id,
    after: { userId: user.id },
  });
  await insertMember(trx, { reviewId, userId: user.id, role }, user.id, at);
  return { reviewId, role };
}

async function readInvitation(db: Kysely<Database>, token: string, at: Date): Promise<Invitation | undefined> {
  const row = await db.selectFrom('invitations').selectAll().where('id', '=', hashToken(token)).executeTakeFirst();
  if (!row) return undefined;
  const status = row.accepted_by ? 'used' : row.expires_at <= at.toISOString() ? 'expired' : 'open';
  const { review_id: reviewId, email, role, invited_by: invitedBy, expires_at: expiresAt } = row;
  return { reviewId, email, role, invitedBy, expiresAt, status };
}

/** Memberships live in their own module; the package exports them with the accounts. */
export * from './memberships.js';
