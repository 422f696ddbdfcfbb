/**
 * A team-mode server in a process of its own, for tests and benchmarks that must kill it (kill -9) or load it from
 * outside. It opens the store at EVIDENS_STORE (a SQLite file or a postgres:// URL; EVIDENS_SCHEMA for PostgreSQL's
 * schema, EVIDENS_POOL for its pool size), listens on 127.0.0.1 at a free port and prints `listening <url>` on stdout.
 *
 *   EVIDENS_STORE=/tmp/x.db node --conditions=source --import tsx packages/server/test/support/child-server.ts
 */
import { spawn } from 'node:child_process';
import { emptyRecord } from '@evidens/biblio';
import { CSRF_HEADER, hashToken, newToken, SESSION_COOKIE, startServer } from '@evidens/server';
import { DEFAULT_SETTINGS, importRecords, newId, now, openStore, type Store } from '@evidens/store';

export const CHILD_SERVER = import.meta.filename;

export interface ChildServer {
  url: string;
  pid: number;
  /** Resolves with the exit code or signal when the process ends. */
  exited: Promise<string>;
  /** Kills it at once, as a power cut would: no shutdown, no flush. */
  kill9(): void;
}

/**
 * Starts the child (`nodeArgs` before the script: --cpu-prof for a profile) and resolves when it prints its URL;
 * rejects if it exits first or takes over 30 s.
 */
export function spawnServer(
  location: { url: string; schema?: string },
  extra: Record<string, string> = {},
  nodeArgs: string[] = [],
) {
  const child = spawn(process.execPath, [...nodeArgs, '--conditions=source', '--import', 'tsx', CHILD_SERVER], {
    env: {
      ...process.env,
      EVIDENS_STORE: location.url,
      ...(location.schema ? { EVIDENS_SCHEMA: location.schema } : {}),
      ...extra,
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise<string>((resolve) => child.on('exit', (code, signal) => resolve(signal ?? String(code))));
  return new Promise<ChildServer>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the child server did not start within 30 s')), 30_000);
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /listening (\S+)/.exec(out);
      if (!match) return;
      clearTimeout(timer);
      resolve({ url: match[1], pid: child.pid as number, exited, kill9: () => child.kill('SIGKILL') });
    });
    exited.then((how) => reject(new Error(`the child server ended (${how}) before it listened`)));
  });
}

/** A reviewer made directly in the store, and the headers that make a request theirs. */
export interface SeededReviewer {
  userId: string;
  handle: string;
  headers: Record<string, string>;
}

/**
 * A review with `records` records (r00000, r00001, …, titled so that they are told apart) and `reviewers` reviewers
 * (handles R001, …), each a user with a live session, written straight into the store. Password hashes are dummies:
 * nobody signs in with them.
 */
export async function seedScreening(store: Store, reviewers: number, records: number) {
  const at = now();
  const reviewId = newId();
  const settings = JSON.stringify(DEFAULT_SETTINGS);
  await store.db
    .insertInto('reviews')
    .values({
      id: reviewId,
      title: 'Load',
      protocol: '{}',
      settings,
      extras: '{}',
      version: 1,
      created_at: at,
      updated_at: at,
    })
    .execute();
  const team: SeededReviewer[] = [];
  for (let i = 0; i < reviewers; i++) {
    const userId = newId();
    const token = newToken();
    const csrf = newToken();
    const handle = `R${String(i + 1).padStart(3, '0')}`;
    const expires = new Date(Date.now() + 24 * 3600_000).toISOString();
    await store.db
      .insertInto('users')
      .values({
        id: userId,
        email: `${handle.toLowerCase()}@example.org`,
        name: handle,
        password_hash: 'x',
        created_at: at,
      })
      .execute();
    await store.db
      .insertInto('sessions')
      .values({ id: hashToken(token), user_id: userId, csrf_token: csrf, created_at: at, expires_at: expires })
      .execute();
    await store.db
      .insertInto('memberships')
      .values({ review_id: reviewId, user_id: userId, role: 'reviewer', handle, created_at: at })
      .execute();
    const headers = { cookie: `${SESSION_COOKIE}=${token}`, [CSRF_HEADER]: csrf, 'content-type': 'application/json' };
    team.push({ userId, handle, headers });
  }
  const ids = Array.from({ length: records }, (_, i) => `r${String(i).padStart(5, '0')}`);
  const items = ids.map((id, position) => {
    const record = { ...emptyRecord(id, { file: 'load.jsonl', format: 'jsonl' as const, record: position + 1 }) };
    return { id, position, record: { ...record, title: `Trial ${position} of magnesium for cramps` } };
  });
  await importRecords(store, reviewId, items, { actor: 'system' });
  return { reviewId, reviewers: team, recordIds: ids };
}

if (process.argv[1] === CHILD_SERVER) {
  const location = process.env.EVIDENS_STORE;
  if (!location) throw new Error('EVIDENS_STORE must name the store');
  const store = await openStore(location, {
    schema: process.env.EVIDENS_SCHEMA,
    poolSize: process.env.EVIDENS_POOL ? Number(process.env.EVIDENS_POOL) : undefined,
  });
  const server = await startServer({ store, mode: 'team', host: '127.0.0.1', port: 0 });
  process.stdout.write(`listening ${server.url}\n`);
  const stop = async () => {
    await server.close();
    await store.close();
    process.exit(0);
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}
