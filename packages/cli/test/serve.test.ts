/**
 * `evidens serve`: in-process with a stop of the test's own (single-user on SQLite, team on PostgreSQL), the option
 * errors, and once as its own process stopped by a real SIGTERM.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { after, describe, test } from 'node:test';
import { openStore } from '@evidens/store';
import pg from 'pg';
import { DATABASE_URL } from '../../../test-support/databases.js';
import { serveUntil } from '../src/commands/serve.js';
import { assertUserError } from './support/run.js';

const temp = await mkdtemp(join(tmpdir(), 'evidens-serve-'));
after(() => rm(temp, { recursive: true, force: true }));

/** Starts serve in-process; `stop()` ends it and resolves with its exit code and output. */
function start(argv: string[]) {
  let stdout = '';
  let stderr = '';
  let stop: (value?: unknown) => void = () => {};
  const stopped = new Promise((done) => {
    stop = done;
  });
  const io = {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    stdin: Readable.from([]),
    cwd: temp,
  };
  const finished = serveUntil(argv, io, { stopped, release: () => {} });
  return {
    /** The URL, once the server listens. */
    async url(): Promise<string> {
      for (let i = 0; i < 300 && !stdout.includes('\n'); i++) await new Promise((r) => setTimeout(r, 20));
      const url = /^Evidens is running at (http:\/\/127\.0\.0\.1:\d+)$/m.exec(stdout)?.[1];
      assert.ok(url, `no URL printed; stdout: ${stdout} stderr: ${stderr}`);
      return url;
    },
    async stop() {
      stop();
      const code = await finished;
      return { code, stdout, stderr };
    },
  };
}

describe('evidens serve, single-user', () => {
  test('listens on 127.0.0.1, loads the example on the first start only, and closes cleanly', async () => {
    const data = join(temp, 'single');
    for (const round of [1, 2]) {
      const server = start(['--port', '0', '--data', data]);
      const url = await server.url();
      const health = await fetch(`${url}/api/health`);
      assert.deepEqual(await health.json(), {
        ok: true,
        mode: 'single',
        database: 'sqlite',
        roles: ['viewer', 'reviewer', 'owner'],
      });
      const me = (await (await fetch(`${url}/api/auth/me`)).json()) as { mode: string };
      assert.equal(me.mode, 'single');
      const { code, stdout, stderr } = await server.stop();
      assert.equal(code, 0);
      assert.equal(stdout, `Evidens is running at ${url}\n`);
      const loaded = 'Loaded the example review magnesium-leg-cramps.\n';
      assert.equal(stderr, round === 1 ? `${loaded}Stopping.\n` : 'Stopping.\n', `round ${round}`);
    }
    const store = await openStore(join(data, 'evidens.db'));
    const reviews = await store.db.selectFrom('reviews').select('title').execute();
    await store.close();
    assert.equal(reviews.length, 1, 'the example, once');
  });

  test('refuses another host, a team without PostgreSQL, and a bad port, with one error line', async () => {
    await assertUserError(
      ['serve', '--host', '0.0.0.0'],
      ['single-user mode has no accounts, so it listens on 127.0.0.1 only (got --host 0.0.0.0)', '--team'],
    );
    await assertUserError(
      ['serve', '--team'],
      ['team mode needs a PostgreSQL database: give --database postgres://user@host/db'],
    );
    await assertUserError(['serve', '--team', '--database', 'team.db'], ['team mode needs a PostgreSQL database']);
    await assertUserError(['serve', '--port', '70000'], ['option --port must be a whole number from 0 to 65535']);
    await assertUserError(['serve', 'extra'], ['evidens serve takes no arguments']);
  });

  test('a port in use is an error that names it', async () => {
    const first = start(['--port', '0', '--data', join(temp, 'busy')]);
    const port = new URL(await first.url()).port;
    const second = start(['--port', port, '--data', join(temp, 'busy2')]);
    await assert.rejects(second.stop(), {
      name: 'CliError',
      message: `port ${port} is in use; choose another with --port`,
    });
    assert.equal((await first.stop()).code, 0);
  });

  test('as its own process, SIGTERM stops it with exit code 0', async () => {
    const main = new URL('../src/main.ts', import.meta.url).href;
    const script = `import { main } from '${main}'; process.exitCode = await main(process.argv.slice(1));`;
    const args = ['--conditions=source', '--import', 'tsx', '--input-type=module', '-e', script];
    const child = spawn(process.execPath, [...args, 'serve', '--port', '0', '--data', join(temp, 'proc')], {
      // tsx is found from the package, not from the temporary folder.
      cwd: new URL('..', import.meta.url),
    });
    let stdout = '';
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
      if (stdout.includes('\n')) child.kill('SIGTERM');
    });
    let stderr = '';
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    const code = await new Promise((done) => child.on('exit', done));
    assert.equal(code, 0, stderr);
    assert.match(stdout, /^Evidens is running at http:\/\/127\.0\.0\.1:\d+\n$/);
    assert.equal(stderr, 'Loaded the example review magnesium-leg-cramps.\nStopping.\n');
  });
});

const pgDown = await new pg.Client({ connectionString: DATABASE_URL, connectionTimeoutMillis: 3000 })
  .connect()
  .then((client) => client.end().then(() => undefined))
  .catch((error: Error) => `PostgreSQL is not reachable at ${DATABASE_URL} (${error.message})`);

describe('evidens serve --team', { skip: pgDown }, () => {
  test('serves PostgreSQL and says that signup of the first user is open', async () => {
    const schema = `evidens_serve_${process.pid}`;
    const admin = new pg.Client({ connectionString: DATABASE_URL });
    await admin.connect();
    await admin.query(`create schema ${schema}`);
    try {
      const url = new URL(DATABASE_URL);
      url.searchParams.set('options', `-c search_path=${schema}`);
      const server = start(['--team', '--database', url.href, '--port', '0']);
      const at = await server.url();
      const health = (await (await fetch(`${at}/api/health`)).json()) as { mode: string; database: string };
      assert.deepEqual([health.mode, health.database], ['team', 'postgres']);
      const { code, stdout } = await server.stop();
      assert.equal(code, 0);
      assert.equal(stdout.split('\n')[1], `Team mode on ${url.href}; signup of the first user is open.`);
    } finally {
      await admin.query(`drop schema ${schema} cascade`);
      await admin.end();
    }
  });
});
