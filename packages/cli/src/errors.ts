/**
 * The command line's error handling. A `CliError` is a mistake of the user's (an unknown option, an unreadable file,
 * a bad value in the data) and so is a `MetaError` from the engine: both print one line `error: <message>` and exit
 * with 1. Anything else is a fault of ours: `error: internal error: <message>` and exit code 2, never a stack trace.
 */
import { PubmedError } from '@evidens/biblio';
import { MetaError } from '@evidens/meta';
import type { Io } from './io.js';

export class CliError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CliError';
  }
}

/** Exit codes: 0 success, 1 a user mistake, 2 an internal error. */
export const EXIT_OK = 0;
export const EXIT_USER = 1;
export const EXIT_INTERNAL = 2;

/** Prints `error` as one line on stderr and returns the exit code. */
export function reportError(error: unknown, io: Io): number {
  if (error instanceof CliError || error instanceof MetaError || error instanceof PubmedError) {
    io.stderr.write(`error: ${oneLine(error.message)}\n`);
    return EXIT_USER;
  }
  const message = error instanceof Error ? error.message : String(error);
  io.stderr.write(`error: internal error: ${oneLine(message)}\n`);
  if (process.env.EVIDENS_DEBUG && error instanceof Error && error.stack) io.stderr.write(`${error.stack}\n`);
  return EXIT_INTERNAL;
}

function oneLine(message: string): string {
  return message.replace(/\s*\n\s*/g, ' ').trim();
}
