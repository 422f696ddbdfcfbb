/**
 * Sessions. Single-user mode: every request is the local user. Team mode: the `evidens_session` cookie holds a random
 * token whose SHA-256 is the session's id in the database; an expired or unknown token is no user. Every
 * state-changing request of a signed-in user must carry the session's CSRF token in `x-csrf-token`.
 */
import { hashToken } from '@evidens/store';
import type { Context, MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import { type Env, LOCAL_USER } from '../env.js';
import { ApiError } from '../errors.js';
import { cachedSession, rememberSession } from './session-cache.js';

export const SESSION_COOKIE = 'evidens_session';
export const CSRF_HEADER = 'x-csrf-token';

// One definition of tokens and their hashes, shared with the store that keeps the hashes.
export { hashToken, newToken } from '@evidens/store';

/**
 * Requests that came with a session cookie whose session has expired, so that a protected route can say "your
 * session has expired" rather than "sign in first". Keyed by the request so nothing outlives it; kept here rather
 * than in the context's variables because it concerns only the messages of requireUser.
 */
const expired = new WeakSet<Request>();

/** Whether this request carried the cookie of a session that has expired. */
export const sessionExpired = (c: Context<Env>): boolean => expired.has(c.req.raw);

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export const sessionMiddleware: MiddlewareHandler<Env> = async (c, next) => {
  const { mode } = c.get('options');
  if (mode === 'single') {
    c.set('user', LOCAL_USER);
    c.set('session', null);
    return next();
  }
  await loadSession(c);
  const session = c.get('session');
  if (session && !SAFE_METHODS.has(c.req.method) && c.req.header(CSRF_HEADER) !== session.csrfToken)
    throw new ApiError(403, 'csrf', `a state-changing request needs the session's CSRF token in ${CSRF_HEADER}`);
  return next();
};

async function loadSession(c: Context<Env>): Promise<void> {
  c.set('user', null);
  c.set('session', null);
  const token = getCookie(c, SESSION_COOKIE);
  if (!token) return;
  const { store, now } = c.get('options');
  const id = hashToken(token);
  const at = now();
  const cached = cachedSession(store, id, at.getTime());
  if (cached) {
    if (cached.session.expiresAt <= at.toISOString()) {
      expired.add(c.req.raw);
      return;
    }
    c.set('user', cached.user);
    c.set('session', cached.session);
    return;
  }
  const row = await store.db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .select([
      'sessions.id',
      'sessions.csrf_token',
      'sessions.expires_at',
      'users.id as user_id',
      'users.email',
      'users.name',
    ])
    .where('sessions.id', '=', id)
    .executeTakeFirst();
  if (!row) return;
  if (row.expires_at <= at.toISOString()) {
    expired.add(c.req.raw);
    return;
  }
  const user = { id: row.user_id, email: row.email, name: row.name };
  const session = { id: row.id, csrfToken: row.csrf_token, expiresAt: row.expires_at };
  rememberSession(store, user, session, at.getTime());
  c.set('user', user);
  c.set('session', session);
}
