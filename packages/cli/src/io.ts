/**
 * Where the command line reads and writes. `main` takes an `Io` so that tests can run commands in-process and look at
 * what they print; the bin passes the process's own streams.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { PubmedClientOptions } from '@evidens/biblio';
import { CliError } from './errors.js';

export interface Output {
  write(text: string): unknown;
}

export type Input = AsyncIterable<string | Uint8Array> & { isTTY?: boolean };

export interface Io {
  stdout: Output;
  stderr: Output;
  stdin: Input;
  /** Directory that relative file names are resolved against. */
  cwd: string;
  /** How PubMed is reached (default: the platform's fetch, NCBI's retry policy); tests pass recorded answers. */
  pubmed?: Pick<PubmedClientOptions, 'transport' | 'clock' | 'retries' | 'backoffMs'>;
  /** Environment variables (EVIDENS_EMAIL, NCBI_API_KEY); default process.env. */
  env?: Record<string, string | undefined>;
}

export function processIo(): Io {
  return { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, cwd: invocationDirectory() };
}

/**
 * The directory the user typed the command in. `npx evidens` (npm exec) runs the bin in the nearest folder with a
 * package.json and keeps the user's directory in INIT_CWD, so that file names relative to it would not be found.
 */
function invocationDirectory(): string {
  const { npm_command, INIT_CWD } = process.env;
  return npm_command === 'exec' && INIT_CWD ? INIT_CWD : process.cwd();
}

/** A text read from a file or standard input, with the name to use in messages. */
export interface InputText {
  name: string;
  text: string;
}

const FS_REASONS: Record<string, string> = {
  ENOENT: 'no such file',
  EISDIR: 'it is a directory',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
};

/** Reads `path` as UTF-8, or standard input when `path` is "-". */
export async function readInput(path: string, io: Io): Promise<InputText> {
  if (path === '-') {
    if (io.stdin.isTTY) throw new CliError('no input: give a CSV file name, or pipe the data into standard input');
    const chunks: Buffer[] = [];
    for await (const chunk of io.stdin) chunks.push(Buffer.from(chunk));
    return { name: 'stdin', text: Buffer.concat(chunks).toString('utf8') };
  }
  try {
    return { name: path, text: await readFile(resolve(io.cwd, path), 'utf8') };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    const reason = FS_REASONS[code];
    if (reason) throw new CliError(`cannot read ${path}: ${reason}`);
    throw error;
  }
}
