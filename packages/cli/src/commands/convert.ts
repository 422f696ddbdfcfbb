/**
 * `evidens convert FILE --to ris|csv|bibtex|csljson|jsonl`: reads any supported export and writes it in another
 * format, to standard output or --out. Problems found while reading are listed on stderr; the records read are written.
 */
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import {
  type BibRecord,
  FORMATS,
  type Format,
  readAll,
  writeBibtex,
  writeCslJson,
  writeCsv,
  writeJsonl,
  writeRis,
} from '@evidens/biblio';
import { choice, parseOptions } from '../args.js';
import { CliError, EXIT_OK } from '../errors.js';
import type { Command } from './command.js';
import { where } from './import.js';

const WRITERS = {
  ris: (r: BibRecord[]) => writeRis(r),
  csv: (r: BibRecord[]) => writeCsv(r),
  bibtex: (r: BibRecord[]) => writeBibtex(r),
  csljson: (r: BibRecord[]) => writeCslJson(r),
  jsonl: (r: BibRecord[]) => writeJsonl(r),
} as const;
const TARGETS = Object.keys(WRITERS) as (keyof typeof WRITERS)[];

const OPTIONS = {
  to: { type: 'string' },
  format: { type: 'string' },
  out: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

const HELP = `Usage: evidens convert FILE --to ${TARGETS.join('|')} [--out FILE] [--format auto]

Reads a bibliographic export (any format evidens import reads) and writes it in another format.

Options:
  --to F        ${TARGETS.join(', ')} (required)
  --format F    the input format: auto (default, detected from the content) or one of ${FORMATS.join(', ')}
  --out FILE    write to FILE instead of standard output
  -h, --help    show this help
`;

export const convert: Command = {
  name: 'convert',
  summary: 'convert a bibliographic export to RIS, CSV, BibTeX, CSL-JSON or JSON Lines',
  help: HELP,
  async run(argv, io) {
    const { values, positionals } = parseOptions('convert', argv, OPTIONS);
    if (values.help) {
      io.stdout.write(HELP);
      return EXIT_OK;
    }
    if (positionals.length !== 1) throw new CliError('give one file to convert (see evidens convert --help)');
    if (!values.to) throw new CliError(`give --to, one of ${TARGETS.join(', ')}`);
    const to = choice('to', values.to, TARGETS);
    const format = choice('format', values.format ?? 'auto', ['auto', ...FORMATS] as const) as Format | 'auto';
    const file = positionals[0];
    let result: Awaited<ReturnType<typeof readAll>>;
    try {
      result = await readAll({ path: resolve(io.cwd, file) }, { format });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') throw new CliError(`cannot read ${file}: no such file`);
      if (code === 'EISDIR') throw new CliError(`cannot read ${file}: it is a directory`);
      throw error;
    }
    const unknown = result.issues.find((i) => i.code === 'unknown_format');
    if (unknown) throw new CliError(unknown.message);
    for (const i of result.issues) {
      const at = where(i);
      io.stderr.write(`${i.severity}: ${file}${at ? ` ${at}` : ''}: ${i.message}\n`);
    }
    const text = WRITERS[to](result.records);
    if (values.out) {
      await writeFile(resolve(io.cwd, values.out), text);
      io.stderr.write(`${result.records.length} records written to ${values.out}\n`);
    } else io.stdout.write(text);
    return EXIT_OK;
  },
};
