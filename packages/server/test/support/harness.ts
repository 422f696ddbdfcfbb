/**
 * An app in-process over a real store, for route tests: `call()` sends a request as a given user (with their session
 * cookie and CSRF token unless told otherwise) and returns status, parsed body and headers.
 */
import { CSRF_HEADER, createApp, hashPassword, hashToken, type Mode, newToken, SESSION_COOKIE } from '@evidens/server';
import { DEFAULT_SETTINGS, newId, now, type Store } from '@evidens/store';
import type { TestDatabase } from '../../../../test-support/databases.js';

export interface TestUser {
  id: string;
  email: string;
  name: string;
  password: string;
  /** The raw session token (cookie value). */
  token: string;
  csrf: string;
}

export interface CallOptions {
  body?: unknown;
  /** Raw body (uploads); sent as is with `contentType`. */
  raw?: string | Uint8Array;
  contentType?: string;
  /** Who is calling; none for an anonymous request. */
  as?: TestUser;
  /** false: leave the CSRF header out; a string: send that instead. */
  csrf?: boolean | string;
  headers?: Record<string, string>;
}

export interface Reply {
  status: number;
  // Route tests read whatever the route answered.
  // biome-ignore lint/suspicious/noExplicitAny: the body is whatever JSON the route answered
  body: any;
  headers: Headers;
  text: string;
}

export interface Harness {
  store: Store;
  mode: Mode;
  app: ReturnType<typeof createApp>;
  /** Moves the app's clock (session expiry tests). */
  setNow(date: Date): void;
  call(method: string, path: string, options?: CallOptions): Promise<Reply>;
  /** A user with a live session, made directly in the store. */
  user(name: string): Promise<TestUser>;
  /** A review made directly in the store, with `owner` (team mode) as its owner. */
  review(title: string, owner?: TestUser): Promise<string>;
  member(reviewId: string, user: TestUser, role: 'owner' | 'reviewer' | 'viewer', handle?: string): Promise<void>;
  close(): Promise<void>;
}

export async function harness(database: TestDatabase, mode: Mode): Promise<Harness> {
  const store = await database.open();
  let clock: Date | undefined;
  const app = createApp({ store, mode, now: () => clock ?? new Date() });
  const h: Harness = {
    store,
    mode,
    app,
    setNow: (date) => {
      clock = date;
    },
    async call(method, path, options = {}) {
      const headers: Record<string, string> = { ...options.headers };
      let body: string | Uint8Array | undefined;
      if (options.raw !== undefined) {
        body = options.raw;
        if (options.contentType) headers['content-type'] = options.contentType;
      } else if (options.body !== undefined) {
        body = JSON.stringify(options.body);
        headers['content-type'] = 'application/json';
      }
      if (options.as) {
        headers.cookie = `${SESSION_COOKIE}=${options.as.token}`;
        if (options.csrf !== false)
          headers[CSRF_HEADER] = typeof options.csrf === 'string' ? options.csrf : options.as.csrf;
      }
      const response = await app.request(path, { method, headers, body });
      const text = await response.text();
      let parsed: unknown = text;
      if ((response.headers.get('content-type') ?? '').includes('json')) parsed = text ? JSON.parse(text) : undefined;
      return { status: response.status, body: parsed, headers: response.headers, text };
    },
    async user(name) {
      const password = `pw-${name}-secret`;
      const user = { id: newId(), email: `${name.toLowerCase()}@example.org`, name };
      await store.db
        .insertInto('users')
        .values({ ...user, password_hash: await hashPassword(password), created_at: now() })
        .execute();
      const token = newToken();
      const csrf = newToken();
      const expires = new Date(Date.now() + 3600_000).toISOString();
      await store.db
        .insertInto('sessions')
        .values({ id: hashToken(token), user_id: user.id, csrf_token: csrf, created_at: now(), expires_at: expires })
        .execute();
      return { ...user, password, token, csrf };
    },
    async review(title, owner) {
      const id = newId();
      const at = now();
      await store.db
        .insertInto('reviews')
        .values({
          id,
          title,
          protocol: JSON.stringify({ title, language: 'en' }),
          settings: JSON.stringify(DEFAULT_SETTINGS),
          extras: '{}',
          version: 1,
          created_at: at,
          updated_at: at,
        })
        .execute();
      if (owner) await h.member(id, owner, 'owner');
      return id;
    },
    async member(reviewId, user, role, handle) {
      await store.db
        .insertInto('memberships')
        .values({ review_id: reviewId, user_id: user.id, role, handle: handle ?? user.name, created_at: now() })
        .execute();
    },
    close: () => database.close(store),
  };
  return h;
}

/** The cast most route tests need: an owner with a review, a viewer of it, and a stranger to it. */
export interface TeamReview {
  owner: TestUser;
  viewer: TestUser;
  stranger: TestUser;
  reviewId: string;
}

export async function teamReview(h: Harness, title: string): Promise<TeamReview> {
  const owner = await h.user('Owner');
  const viewer = await h.user('Viewer');
  const stranger = await h.user('Stranger');
  const reviewId = await h.review(title, owner);
  await h.member(reviewId, viewer, 'viewer');
  return { owner, viewer, stranger, reviewId };
}
