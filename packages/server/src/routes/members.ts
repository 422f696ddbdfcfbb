/**
 * A review's people: its members (anyone in the review may see them; the owner changes roles and handles and removes
 * members) and invitations (the owner invites an email in a role; the person with that email accepts while signed
 * in). A member's handle is what their screening decisions are signed with.
 */
import {
  acceptInvitation,
  changeMember,
  createInvitation,
  findInvitation,
  listMembers,
  removeMember,
} from '@evidens/store';
import type { Context, Hono } from 'hono';
import { z } from 'zod';
import { access, requireUser } from '../access.js';
import { forgetReviewAccess } from '../auth/access-cache.js';
import { teamOnly } from '../auth/team-only.js';
import { type Env, ROLES, type Role } from '../env.js';
import { ApiError } from '../errors.js';
import { api } from '../openapi.js';

const RoleSchema = z.enum(ROLES as [Role, ...Role[]]);

const MemberChange = z
  .object({ role: RoleSchema.optional(), handle: z.string().min(1).max(24).optional() })
  .refine((change) => change.role !== undefined || change.handle !== undefined, 'give a role or a handle');

const InvitationInput = z.object({ email: z.email().max(320), role: RoleSchema });

export function memberRoutes(app: Hono<Env>): void {
  api(
    app,
    {
      method: 'get',
      path: '/api/reviews/:reviewId/members',
      summary: "The review's members with their roles and handles",
      tag: 'members',
      responses: { 200: '{members: [{id, email, name, role, handle, joinedAt}]}' },
    },
    async (c) => {
      teamOnly(c);
      const reviewId = param(c, 'reviewId');
      await access(c, reviewId, 'viewer');
      return c.json({ members: await listMembers(c.get('options').store, reviewId) });
    },
  );

  api(
    app,
    {
      method: 'patch',
      path: '/api/reviews/:reviewId/members/:userId',
      summary: "Change a member's role or screening handle (owner)",
      tag: 'members',
      body: MemberChange,
      responses: { 200: '{member}' },
    },
    async (c, body) => {
      const { reviewId, userId, actor } = await asOwner(c);
      const member = await changeMember(c.get('options').store, reviewId, userId, body, actor);
      forgetReviewAccess(c.get('options').store, reviewId);
      return c.json({ member });
    },
  );

  api(
    app,
    {
      method: 'delete',
      path: '/api/reviews/:reviewId/members/:userId',
      summary: 'Remove a member from the review (owner); the last owner stays',
      tag: 'members',
      responses: { 204: 'Removed' },
    },
    async (c) => {
      const { reviewId, userId, actor } = await asOwner(c);
      await removeMember(c.get('options').store, reviewId, userId, actor);
      forgetReviewAccess(c.get('options').store, reviewId);
      return c.body(null, 204);
    },
  );

  api(
    app,
    {
      method: 'post',
      path: '/api/reviews/:reviewId/invitations',
      summary: 'Invite an email address into the review in a role (owner); valid for 7 days',
      tag: 'members',
      body: InvitationInput,
      responses: { 201: '{token, expiresAt}: the token is shown once, for the invitation link' },
    },
    async (c, body) => {
      teamOnly(c);
      const reviewId = param(c, 'reviewId');
      const { user } = await access(c, reviewId, 'owner');
      const { store, now } = c.get('options');
      const invitation = await createInvitation(store, { reviewId, ...body }, user.id, now());
      return c.json(invitation, 201);
    },
  );

  api(
    app,
    {
      method: 'post',
      path: '/api/invitations/:token/accept',
      summary: 'Accept an invitation as the signed-in user whose email it was sent to',
      tag: 'members',
      responses: { 200: '{reviewId, role}' },
    },
    async (c) => {
      teamOnly(c);
      const user = requireUser(c);
      const { store, now } = c.get('options');
      const token = param(c, 'token');
      const invitation = await findInvitation(store, token, now());
      if (!invitation) throw new ApiError(404, 'not_found', 'there is no such invitation');
      if (invitation.email !== user.email.toLowerCase())
        throw new ApiError(403, 'forbidden', 'this invitation is for another email address');
      // Used and expired invitations are refused by the store (422 invalid), inside the transaction that accepts.
      return c.json(await acceptInvitation(store, token, user, now()));
    },
  );
}

/** The owner's access to a member route, with the path's ids. */
async function asOwner(c: Context<Env>): Promise<{ reviewId: string; userId: string; actor: string }> {
  teamOnly(c);
  const reviewId = param(c, 'reviewId');
  const userId = param(c, 'userId');
  const { user } = await access(c, reviewId, 'owner');
  return { reviewId, userId, actor: user.id };
}

/** A path parameter; the route's path always has it, so a missing one is no such thing. */
function param(c: Context<Env>, name: string): string {
  const value = c.req.param(name);
  if (!value) throw new ApiError(404, 'not_found', `there is no route ${c.req.method} ${c.req.path}`);
  return value;
}
