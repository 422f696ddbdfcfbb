import type { Io } from '../io.js';

/** A command noun of `evidens`: its one-line summary for the program help, its own help, and what it does. */
export interface Command {
  name: string;
  summary: string;
  help: string;
  /** Runs with the arguments after the noun; returns the exit code. Throws CliError for user mistakes. */
  run(argv: string[], io: Io): Promise<number>;
}
