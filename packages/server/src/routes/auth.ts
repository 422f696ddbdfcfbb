/**
 * Signing up, in and out. Signup is open to the first user of a server (who then sets up reviews) and otherwise only
 * through an invitation for that email. A failed sign-in says the same whether the email or the password was wrong,
 * takes about as long either way, and counts against both the email and the client's address.
 */
import {
  countUsers,
  createSession,
  createUser,
  deleteExpiredSessions,
  deleteSession,
  findInvitation,
  findUserByEmail,
  normaliseEmail,
} from '@evidens/store';
import type { Context, Hono } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { z } from 'zod';
import { requireUser } from '../access.js';
import { hashPassword, verifyPassword } from '../auth/password.js';
import { clientAddress, FailureLimiter } from '../auth/rate-limit.js';
import { hashToken, SESSION_COOKIE } from '../auth/session.js';
import { forgetSession } from '../auth/session-cache.js';
import { teamOnly } from '../auth/team-only.js';
import { type Env, LOCAL_USER, type User } from '../env.js';
import { ApiError, errorResponse } from '../errors.js';
import { api } from '../openapi.js';

const MIN_PASSWORD = 10;

const Credentials = z.object({
  email: z.email().max(320),
  password: z.string().max(1024),
});

const Signup = Credentials.extend({
  name: z.string().trim().min(1).max(200),
  password: z.string().min(MIN_PASSWORD, `must be at least ${MIN_PASSWORD} characters`).max(1024),
  invitation: z.string().min(1).max(200).optional(),
});

// Hashed once, lazily: an unknown email is checked against it so that it costs as much time as a wrong password.
let dummyHash: Promise<string> | undefined;

export function authRoutes(app: Hono<Env>): void {
  // One limiter per app: each server (and each test's app) counts its own failures.
  const limiter = new FailureLimiter();

  api(
    app,
    {
      method: 'post',
      path: '/api/auth/signup',
      summary: 'Create an account: the first user of the server, or with an invitation for that email',
      tag: 'auth',
      body: Signup,
      auth: false,
      responses: { 201: 'Signed up and signed in: {user, csrfToken}' },
    },
    async (c, body) => {
      teamOnly(c);
      const { store, now } = c.get('options');
      if (body.invitation) await checkInvitation(c, body.invitation, body.email);
      else if ((await countUsers(store)) > 0)
        throw new ApiError(403, 'forbidden', 'signup is closed: ask the owner of a review to invite you');
      const passwordHash = await hashPassword(body.password);
      const user = await createUser(
        store,
        { email: body.email, name: body.name, passwordHash },
        { invitation: body.invitation, at: now() },
      );
      return c.json({ user, csrfToken: await signIn(c, user) }, 201);
    },
  );

  api(
    app,
    {
      method: 'post',
      path: '/api/auth/login',
      summary: 'Sign in with email and password',
      tag: 'auth',
      body: Credentials,
      auth: false,
      responses: { 200: 'Signed in: {user, csrfToken}; the session cookie is set' },
    },
    async (c, body) => {
      teamOnly(c);
      const { store, now } = c.get('options');
      const at = now().getTime();
      const keys = [`email:${normaliseEmail(body.email)}`, `address:${clientAddress(c)}`];
      const wait = Math.max(...keys.map((key) => limiter.retryAfter(key, at)));
      if (wait > 0) {
        const message = `too many failed sign-ins; try again in ${Math.ceil(wait / 60)} minute(s)`;
        const { status, body: error } = errorResponse(new ApiError(429, 'too_many_requests', message));
        return c.json(error, status, { 'Retry-After': String(wait) });
      }
      const found = await findUserByEmail(store, body.email);
      dummyHash ??= hashPassword('not anyone’s password');
      const ok = await verifyPassword(body.password, found?.passwordHash ?? (await dummyHash));
      if (!found || !ok) {
        for (const key of keys) limiter.fail(key, at);
        throw new ApiError(401, 'unauthenticated', 'wrong email or password');
      }
      limiter.clear(keys[0]);
      // Sweeping expired sessions at each sign-in keeps the table small without a timer.
      await deleteExpiredSessions(store, now());
      const user = { id: found.id, email: found.email, name: found.name };
      return c.json({ user, csrfToken: await signIn(c, user) });
    },
  );

  api(
    app,
    {
      method: 'post',
      path: '/api/auth/logout',
      summary: 'Sign out: ends the session and clears its cookie',
      tag: 'auth',
      auth: false,
      responses: { 204: 'Signed out' },
    },
    async (c) => {
      teamOnly(c);
      // By the cookie rather than the loaded session, so that an expired session's row goes too.
      const token = getCookie(c, SESSION_COOKIE);
      if (token) {
        const { store } = c.get('options');
        forgetSession(store, hashToken(token));
        await deleteSession(store, token);
      }
      deleteCookie(c, SESSION_COOKIE, cookieFlags(c));
      return c.body(null, 204);
    },
  );

  api(
    app,
    {
      method: 'get',
      path: '/api/auth/me',
      summary: 'Who is signed in: {user, csrfToken, mode}',
      tag: 'auth',
      responses: { 200: '{user, csrfToken, mode}; csrfToken is null in single-user mode' },
    },
    (c) => {
      const { mode } = c.get('options');
      if (mode === 'single') return c.json({ user: LOCAL_USER, csrfToken: null, mode });
      const user = requireUser(c);
      return c.json({ user, csrfToken: c.get('session')?.csrfToken ?? null, mode });
    },
  );
}

/** Refuses (403) an invitation that cannot make this email a member: unknown, used, expired or someone else's. */
async function checkInvitation(c: Context<Env>, token: string, email: string): Promise<void> {
  const { store, now } = c.get('options');
  const invitation = await findInvitation(store, token, now());
  let problem: string | undefined;
  if (!invitation) problem = 'there is no such invitation';
  else if (invitation.status === 'used') problem = 'this invitation has been used';
  else if (invitation.status === 'expired') problem = 'this invitation has expired; ask for a new one';
  else if (invitation.email !== normaliseEmail(email)) problem = 'this invitation is for another email address';
  if (problem) throw new ApiError(403, 'forbidden', problem);
}

/** Opens a session, sets its cookie and returns its CSRF token. */
async function signIn(c: Context<Env>, user: User): Promise<string> {
  const { store, now, sessionSeconds } = c.get('options');
  const session = await createSession(store, user.id, sessionSeconds, now());
  setCookie(c, SESSION_COOKIE, session.token, { ...cookieFlags(c), maxAge: sessionSeconds });
  return session.csrf;
}

function cookieFlags(c: Context<Env>) {
  const { secureCookies } = c.get('options');
  return { httpOnly: true, sameSite: 'Lax', path: '/', secure: secureCookies } as const;
}
