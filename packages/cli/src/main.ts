/**
 * The `evidens` command line: dispatches to the command nouns under commands/ and is the one place errors are turned
 * into a message and an exit code (errors.ts). `main(argv)` is what the bin runs; tests pass their own `io`.
 */
import { readFileSync } from 'node:fs';
import { bench } from './commands/bench.js';
import type { Command } from './commands/command.js';
import { convert } from './commands/convert.js';
import { dedupe } from './commands/dedupe.js';
import { importCommand } from './commands/import.js';
import { meta } from './commands/meta.js';
import { report } from './commands/report.js';
import { screen } from './commands/screen.js';
import { search } from './commands/search.js';
import { serve } from './commands/serve.js';
import { snowball } from './commands/snowball.js';
import { CliError, EXIT_OK, reportError } from './errors.js';
import { type Io, processIo } from './io.js';

const COMMANDS: readonly Command[] = [
  meta,
  importCommand,
  convert,
  dedupe,
  screen,
  search,
  snowball,
  report,
  serve,
  bench,
];

function version(): string {
  // src/ and dist/ both sit beside package.json
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

function programHelp(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return `Usage: evidens <command> [options]

Commands:
${COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`).join('\n')}

Options:
  -h, --help     show this help (evidens <command> --help for a command's)
  -v, --version  show the version

Exit codes: 0 success, 1 a problem with the input or the options (one "error:" line on stderr),
2 an internal error (set EVIDENS_DEBUG=1 to see its stack trace).
`;
}

/** Runs the command line with `argv` (the arguments after the program name) and returns the exit code. */
export async function main(argv: string[], io: Io = processIo()): Promise<number> {
  try {
    const [first, ...rest] = argv;
    if (first === undefined || first === '--help' || first === '-h') {
      io.stdout.write(programHelp());
      return EXIT_OK;
    }
    if (first === '--version' || first === '-v') {
      io.stdout.write(`${version()}\n`);
      return EXIT_OK;
    }
    if (first === 'help') {
      const command = COMMANDS.find((c) => c.name === rest[0]);
      io.stdout.write(command ? command.help : programHelp());
      return EXIT_OK;
    }
    const command = COMMANDS.find((c) => c.name === first);
    if (!command) {
      const what = first.startsWith('-') ? `unknown option ${first}` : `unknown command ${first}`;
      throw new CliError(`${what} (commands: ${COMMANDS.map((c) => c.name).join(', ')}; see evidens --help)`);
    }
    return await command.run(rest, io);
  } catch (error) {
    return reportError(error, io);
  }
}
