/**
 * What each role sees on the team page (the server's rules, packages/server/src/routes/members.ts): anyone in the
 * review sees the members; only an owner changes roles and handles, removes members and invites. A review always
 * keeps an owner, so the page offers neither demoting nor removing the last one. Pure.
 */
import type { Role } from '../api/types';

export const ROLES: readonly Role[] = ['owner', 'reviewer', 'viewer'];

export interface TeamActions {
  /** Change a member's role or handle. */
  edit: boolean;
  remove: boolean;
  invite: boolean;
}

/**
 * The page's actions for someone in `role`.
 * @example
 * teamActions('reviewer'); // → { edit: false, remove: false, invite: false }
 */
export function teamActions(role: Role): TeamActions {
  const owner = role === 'owner';
  return { edit: owner, remove: owner, invite: owner };
}

/** What may be done to one member, by someone in `role`. */
export interface MemberActions {
  /** The roles the member may be given (their own included); empty when the role cannot be changed. */
  roles: Role[];
  handle: boolean;
  remove: boolean;
}

/**
 * The actions on `member`'s row: an owner may change anyone, but the review's only owner keeps that role and stays.
 * @example
 * const members = [{ id: 'u1', role: 'owner' }, { id: 'u2', role: 'viewer' }] as const;
 * memberActions('owner', members[0], members); // → { roles: ['owner'], handle: true, remove: false }
 */
export function memberActions(
  role: Role,
  member: { id: string; role: Role },
  members: readonly { id: string; role: Role }[],
): MemberActions {
  const { edit, remove } = teamActions(role);
  if (!edit) return { roles: [], handle: false, remove: false };
  const lastOwner = member.role === 'owner' && members.filter((m) => m.role === 'owner').length <= 1;
  return { roles: lastOwner ? ['owner'] : [...ROLES], handle: true, remove: remove && !lastOwner };
}
