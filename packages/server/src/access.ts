/**
 * Who may do what. Every review route asks `access(c, reviewId, role)`: no user is 401, a review the user is not a
 * member of is 404 (its existence is not revealed), a role below the one needed is 403.
 */
import type { Context } from 'hono';
import { sessionExpired } from './auth/session.js';
import { type Env, ROLES, type Role, type User } from './env.js';
import { ApiError } from './errors.js';

export interface Access {
  user: User;
  role: Role;
  /** The member's handle in screening decisions. */
  handle: string;
}

export function requireUser(c: Context<Env>): User {
  const user = c.get('user');
  if (!user)
    throw new ApiError(
      401,
      'unauthenticated',
      sessionExpired(c) ? 'your session has expired; sign in again' : 'sign in first',
    );
  return user;
}

export async function access(c: Context<Env>, reviewId: string, need: Role): Promise<Access> {
  const user = requireUser(c);
  const { store, mode } = c.get('options');
  if (mode === 'single') {
    const review = await store.db.selectFrom('reviews').select('id').where('id', '=', reviewId).executeTakeFirst();
    if (!review) throw new ApiError(404, 'not_found', `there is no review ${reviewId}`);
    return { user, role: 'owner', handle: 'local' };
  }
  const member = await store.db
    .selectFrom('memberships')
    .select(['role', 'handle'])
    .where('review_id', '=', reviewId)
    .where('user_id', '=', user.id)
    .executeTakeFirst();
  if (!member) throw new ApiError(404, 'not_found', `there is no review ${reviewId}`);
  if (ROLES.indexOf(member.role) < ROLES.indexOf(need))
    throw new ApiError(403, 'forbidden', `this needs the ${need} role in the review (you are ${member.role})`);
  return { user, role: member.role, handle: member.handle };
}
