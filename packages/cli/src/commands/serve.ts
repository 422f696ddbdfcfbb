/**
 * `evidens serve`: the workbench's API on a port. Single-user mode (the default) has no accounts, so it listens on the
 * loopback address only and keeps its SQLite database under .evidens/; on its first start it loads the magnesium
 * example so that there is something to look at. Team mode needs PostgreSQL and accounts. Either runs until SIGINT or
 * SIGTERM, then stops listening and closes the database before it returns.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { jobsSettled, type RunningServer, startServer } from '@evidens/server';
import {
  countUsers,
  failInterruptedJobs,
  importFolder,
  isStoreError,
  openStore,
  type Store,
  safeUrl,
} from '@evidens/store';
import { integerOption, parseOptions } from '../args.js';
import { CliError, EXIT_OK } from '../errors.js';
import type { Io } from '../io.js';
import type { Command } from './command.js';

const OPTIONS = {
  team: { type: 'boolean' },
  database: { type: 'string' },
  host: { type: 'string' },
  port: { type: 'string' },
  data: { type: 'string' },
  'secure-cookies': { type: 'boolean' },
  email: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

const LOOPBACK = '127.0.0.1';
const DEFAULT_PORT = 8787;

const HELP = `Usage: evidens serve [--team --database postgres://…] [--host ${LOOPBACK}] [--port ${DEFAULT_PORT}] [--data .evidens]

Runs the workbench's API until stopped with Ctrl-C (SIGINT) or SIGTERM.

Single-user mode (the default): no accounts, you are the owner of every review. It listens on ${LOOPBACK} only and
keeps its database in DATA/evidens.db; on the first start it loads the example review magnesium-leg-cramps.

Team mode (--team): accounts, roles and invitations, on PostgreSQL. The first person to sign up creates the first
account; everyone after needs an invitation from a review's owner.

Options:
  --team             team mode (needs --database postgres://…)
  --database URL     postgres://user@host/db, or a SQLite file (default in single-user mode: DATA/evidens.db)
  --host H           address to listen on (default ${LOOPBACK}; another needs --team)
  --port P           port (default ${DEFAULT_PORT}; 0 picks a free one)
  --data DIR         folder for the single-user database (default .evidens)
  --secure-cookies   mark the session cookie Secure (team mode behind HTTPS)
  --email ADDRESS    the contact address sent to PubMed with each search (NCBI asks for one; default: the signed-in
                     user's, or EVIDENS_EMAIL); NCBI_API_KEY in the environment raises the limit to 10 requests/s
  -h, --help         show this help
`;

/** The example loaded on a first start; beside the package in the repository, absent from an installed package. */
const EXAMPLE = fileURLToPath(new URL('../../../../examples/magnesium-leg-cramps', import.meta.url));
/** The built workbench page (npm run build), served at / when it is there. */
const WEB_ROOT = fileURLToPath(new URL('../../../web/dist', import.meta.url));

interface Settings {
  team: boolean;
  location: string;
  host: string;
  port: number;
  secureCookies: boolean;
  email: string | undefined;
}

function settingsOf(values: ReturnType<typeof parseOptions<typeof OPTIONS>>['values'], io: Io): Settings {
  const team = values.team === true;
  const host = values.host ?? LOOPBACK;
  if (!team && host !== LOOPBACK)
    throw new CliError(
      `single-user mode has no accounts, so it listens on ${LOOPBACK} only (got --host ${host}); to serve others use --team --database postgres://…`,
    );
  if (team && !/^postgres(ql)?:\/\//.test(values.database ?? ''))
    throw new CliError('team mode needs a PostgreSQL database: give --database postgres://user@host/db');
  if (values['secure-cookies'] && !team) throw new CliError('--secure-cookies is for team mode (--team)');
  const port = values.port === undefined ? DEFAULT_PORT : integerOption('port', values.port, 0, 65535);
  const location = values.database ?? join(resolve(io.cwd, values.data ?? '.evidens'), 'evidens.db');
  const email = values.email ?? process.env.EVIDENS_EMAIL;
  return { team, location, host, port, secureCookies: values['secure-cookies'] === true, email };
}

/** Loads the example review into an empty single-user store; a problem with it is a warning, not a failure. */
async function firstStart(store: Store, io: Io): Promise<void> {
  const row = await store.db
    .selectFrom('reviews')
    .select((eb) => eb.fn.countAll().as('n'))
    .executeTakeFirstOrThrow();
  if (Number(row.n) > 0 || !existsSync(EXAMPLE)) return;
  try {
    await importFolder(store, EXAMPLE, { actor: 'local' });
    io.stderr.write('Loaded the example review magnesium-leg-cramps.\n');
  } catch (error) {
    io.stderr.write(`warning: the example review was not loaded: ${(error as Error).message}\n`);
  }
}

/** When to stop: `stopped` resolves; `release` is called once the server has stopped. */
export interface StopSignal {
  stopped: Promise<unknown>;
  release(): void;
}

/** Resolves on the first SIGINT or SIGTERM; `release` stops listening for them. */
function stopSignal(): StopSignal {
  let stop: (signal: string) => void = () => {};
  const stopped = new Promise<string>((done) => {
    stop = done;
  });
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  return {
    stopped,
    release: () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
    },
  };
}

async function open(location: string): Promise<Store> {
  try {
    return await openStore(location);
  } catch (error) {
    if (isStoreError(error)) throw new CliError(error.message);
    throw error;
  }
}

async function listen(store: Store, settings: Settings): Promise<RunningServer> {
  const { team, host, port, secureCookies, email } = settings;
  const apiKey = process.env.NCBI_API_KEY;
  const pubmed = { ...(email ? { email } : {}), ...(apiKey ? { apiKey } : {}) };
  const webRoot = existsSync(join(WEB_ROOT, 'index.html')) ? WEB_ROOT : undefined;
  try {
    return await startServer({ store, mode: team ? 'team' : 'single', host, port, secureCookies, pubmed, webRoot });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') throw new CliError(`port ${port} is in use; choose another with --port`);
    if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND')
      throw new CliError(`cannot listen on ${host}: no such address`);
    if (code === 'EACCES') throw new CliError(`not allowed to listen on port ${port}; choose one above 1023`);
    throw error;
  }
}

async function run(argv: string[], io: Io): Promise<number> {
  // Listen for the stop signals before anything slow, so that Ctrl-C during start-up still closes the store.
  return serveUntil(argv, io, stopSignal());
}

/**
 * `evidens serve` with its stop given: it runs until `stop.stopped` resolves (the command passes SIGINT and SIGTERM;
 * tests pass a promise of their own), then closes the server and the store and calls `stop.release()`.
 */
export async function serveUntil(argv: string[], io: Io, stop: StopSignal): Promise<number> {
  let store: Store | undefined;
  let server: RunningServer | undefined;
  try {
    const { values, positionals } = parseOptions('serve', argv, OPTIONS);
    if (values.help) {
      io.stdout.write(HELP);
      return EXIT_OK;
    }
    if (positionals.length > 0) throw new CliError('evidens serve takes no arguments (see evidens serve --help)');
    const settings = settingsOf(values, io);
    store = await open(settings.location);
    const interrupted = await failInterruptedJobs(store);
    if (interrupted > 0)
      io.stderr.write(
        `${interrupted} job${interrupted === 1 ? ' was' : 's were'} cut short by the last stop; run again.\n`,
      );
    if (!settings.team) await firstStart(store, io);
    server = await listen(store, settings);
    io.stdout.write(`Evidens is running at ${server.url}\n`);
    if (settings.team) {
      const first = (await countUsers(store)) === 0;
      io.stdout.write(`Team mode on ${safeUrl(settings.location)}; `);
      io.stdout.write(first ? 'signup of the first user is open.\n' : 'signup is by invitation only.\n');
    }
    await stop.stopped;
    io.stderr.write('Stopping.\n');
    return EXIT_OK;
  } finally {
    stop.release();
    await server?.close();
    // Work already started (an import, a search) finishes and commits before the database closes.
    await jobsSettled();
    await store?.close();
  }
}

export const serve: Command = {
  name: 'serve',
  summary: 'run the workbench API (single-user on 127.0.0.1, or --team on PostgreSQL)',
  help: HELP,
  run,
};
