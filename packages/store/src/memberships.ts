/**
 * Who belongs to a review, in which role, under which screening handle. A review always keeps an owner: the last one
 * can be neither demoted nor removed. Handles are unique in a review without regard to case, because they are the
 * reviewer columns of screening.csv, and 'consensus' is taken by the decisions that settle a conflict.
 */
import type { Kysely, Transaction } from 'kysely';
import { audit } from './audit.js';
import { notFound, StoreError } from './errors.js';
import type { Store } from './open-store.js';
import type { Database, MembershipsTable } from './schema.js';

export type MemberRole = MembershipsTable['role'];

/** A user as anyone may see them: never the password hash. */
export interface Account {
  id: string;
  email: string;
  name: string;
}

/** A member of a review, with the user's name and email. */
export interface Member extends Account {
  role: MemberRole;
  /** The member's handle in screening decisions, unique in the review. */
  handle: string;
  joinedAt: string;
}

const HANDLE = /^[\p{L}\p{N}][\p{L}\p{N}_.-]{0,23}$/u;
const RESERVED_HANDLES = ['consensus', 'local'];

/** The initials of a name, upper case: 'Søren Bo Larsen' → 'SBL'; a name without letters gives 'M' (member). */
export function initials(name: string): string {
  const letters = name
    .split(/[\s-]+/)
    .map((word) => /\p{L}/u.exec(word)?.[0] ?? '')
    .join('')
    .toUpperCase()
    .slice(0, 8);
  return letters || 'M';
}

/** The members of a review with their names, owners first, then by name. */
export async function listMembers(store: Store, reviewId: string): Promise<Member[]> {
  const rows = await membersQuery(store.db, reviewId).orderBy('users.name').orderBy('users.id').execute();
  const rank = { owner: 0, reviewer: 1, viewer: 2 };
  return rows.map(toMember).sort((a, b) => rank[a.role] - rank[b.role]);
}

/**
 * Adds a user to a review. Without a handle the member gets their name's initials, made unique in the review
 * ('AB', then 'AB2'). Throws 'exists' for a user who is a member already.
 */
export async function addMember(
  store: Store,
  input: { reviewId: string; userId: string; role: MemberRole; handle?: string },
  actor: string,
): Promise<Member> {
  return store.transaction((trx) => insertMember(trx, input, actor, new Date()));
}

/** Changes a member's role or handle. A review's last owner is never demoted ('invalid'); a taken handle is 'exists'. */
export async function changeMember(
  store: Store,
  reviewId: string,
  userId: string,
  change: { role?: MemberRole; handle?: string },
  actor: string,
): Promise<Member> {
  return store.transaction(async (trx) => {
    const before = await memberIn(trx, reviewId, userId);
    const role = change.role ?? before.role;
    const handle = change.handle === undefined ? before.handle : checkHandle(change.handle);
    if (before.role === 'owner' && role !== 'owner') await keepAnOwner(trx, reviewId);
    if (handle !== before.handle) await handleFree(trx, reviewId, handle, userId);
    await trx
      .updateTable('memberships')
      .set({ role, handle })
      .where('review_id', '=', reviewId)
      .where('user_id', '=', userId)
      .execute();
    const entry = { reviewId, actor, action: 'update', entity: 'membership', entityId: userId };
    await audit(trx, { ...entry, before: { role: before.role, handle: before.handle }, after: { role, handle } });
    return { ...before, role, handle };
  });
}

/** Removes a member from a review; the last owner stays ('invalid'). */
export async function removeMember(store: Store, reviewId: string, userId: string, actor: string): Promise<void> {
  await store.transaction(async (trx) => {
    const before = await memberIn(trx, reviewId, userId);
    if (before.role === 'owner') await keepAnOwner(trx, reviewId);
    await trx.deleteFrom('memberships').where('review_id', '=', reviewId).where('user_id', '=', userId).execute();
    const was = { role: before.role, handle: before.handle };
    await audit(trx, { reviewId, actor, action: 'delete', entity: 'membership', entityId: userId, before: was });
  });
}

/** Inserts a membership inside the caller's transaction (adding a member, accepting an invitation). */
export async function insertMember(
  trx: Transaction<Database>,
  input: { reviewId: string; userId: string; role: MemberRole; handle?: string },
  actor: string,
  at: Date,
): Promise<Member> {
  const { reviewId, userId, role } = input;
  const user = await trx
    .selectFrom('users')
    .select(['id', 'email', 'name'])
    .where('id', '=', userId)
    .executeTakeFirst();
  if (!user) throw notFound(`user ${userId}`);
  const review = await trx.selectFrom('reviews').select('id').where('id', '=', reviewId).executeTakeFirst();
  if (!review) throw notFound(`review ${reviewId}`);
  const already = await membersQuery(trx, reviewId).where('users.id', '=', userId).executeTakeFirst();
  if (already) throw new StoreError('exists', `${user.name} is already a member of this review`);
  const handle =
    input.handle === undefined
      ? await uniqueHandle(trx, reviewId, initials(user.name))
      : await handleFree(trx, reviewId, checkHandle(input.handle), userId);
  const created_at = at.toISOString();
  await trx
    .insertInto('memberships')
    .values({ review_id: reviewId, user_id: userId, role, handle, created_at })
    .execute();
  await audit(trx, {
    reviewId,
    actor,
    action: 'create',
    entity: 'membership',
    entityId: userId,
    after: { role, handle },
  });
  return { ...user, role, handle, joinedAt: created_at };
}

function membersQuery(db: Kysely<Database>, reviewId: string) {
  return db
    .selectFrom('memberships')
    .innerJoin('users', 'users.id', 'memberships.user_id')
    .select([
      'users.id',
      'users.email',
      'users.name',
      'memberships.role',
      'memberships.handle',
      'memberships.created_at',
    ])
    .where('memberships.review_id', '=', reviewId);
}

type MemberRow = Omit<Member, 'joinedAt'> & { created_at: string };
const toMember = ({ created_at, ...row }: MemberRow): Member => ({ ...row, joinedAt: created_at });

async function memberIn(trx: Transaction<Database>, reviewId: string, userId: string): Promise<Member> {
  const row = await membersQuery(trx, reviewId).where('users.id', '=', userId).executeTakeFirst();
  if (!row) throw notFound(`member ${userId} in this review`);
  return toMember(row);
}

async function keepAnOwner(trx: Transaction<Database>, reviewId: string): Promise<void> {
  const { n } = await trx
    .selectFrom('memberships')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('review_id', '=', reviewId)
    .where('role', '=', 'owner')
    .executeTakeFirstOrThrow();
  if (Number(n) <= 1)
    throw new StoreError('invalid', 'a review needs an owner: make another member owner before this one steps down');
}

function checkHandle(handle: string): string {
  const trimmed = handle.trim();
  if (!HANDLE.test(trimmed))
    throw new StoreError('invalid', `handle must be 1 to 24 letters, digits, _ . or - (got ${JSON.stringify(handle)})`);
  if (RESERVED_HANDLES.includes(trimmed.toLowerCase()))
    throw new StoreError('invalid', `handle ${trimmed} is reserved; choose another`);
  return trimmed;
}

async function takenHandles(trx: Transaction<Database>, reviewId: string, except?: string): Promise<Set<string>> {
  let query = trx.selectFrom('memberships').select('handle').where('review_id', '=', reviewId);
  if (except) query = query.where('user_id', '<>', except);
  const rows = await query.execute();
  return new Set([...rows.map((r) => r.handle.toLowerCase()), ...RESERVED_HANDLES]);
}

/** The handle, if no other member of the review has it. */
async function handleFree(trx: Transaction<Database>, reviewId: string, handle: string, userId: string) {
  if ((await takenHandles(trx, reviewId, userId)).has(handle.toLowerCase()))
    throw new StoreError('exists', `another member of this review has the handle ${handle}`);
  return handle;
}

async function uniqueHandle(trx: Transaction<Database>, reviewId: string, base: string): Promise<string> {
  const taken = await takenHandles(trx, reviewId);
  let handle = base;
  for (let n = 2; taken.has(handle.toLowerCase()); n++) handle = `${base}${n}`;
  return handle;
}
